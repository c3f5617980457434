//! `field_bench`: the generator and timer behind `tests/bench/field-records.sh`
//! (a benchmark, not a test). See that script for the whole procedure.
//!
//!   field_bench setup    --database-url URL
//!       migrations and the demo (凤冈县 with groups, people, demo accounts)
//!   field_bench generate --database-url URL --inspections N [--hazard-share 0.1]
//!       groups and people for villages that have none, logins, a year of records
//!   field_bench measure  --database-url URL --server http://127.0.0.1:PORT ...
//!       the township month and the overdue list, over HTTP and as bare SQL
//!   field_bench money    --database-url URL --server http://127.0.0.1:PORT ...
//!       the city's subsidy ledger and a county's scorecard ranking, over HTTP
mod calendar;
mod hazard;
mod measure;
mod money;
mod people;
mod records;
mod rng;
mod sql;
mod text;
mod world;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::time::Instant;

#[derive(Parser)]
struct Cli {
    #[arg(long, env = "SAFEGRID_DATABASE_URL")]
    database_url: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Setup,
    Generate {
        /// Inspections in the year (leader visits included).
        #[arg(long)]
        inspections: usize,
        /// Share of inspections that find a hazard.
        #[arg(long, default_value_t = 0.1)]
        hazard_share: f64,
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
    Measure(measure::Args),
    Money(money::Args),
}

#[tokio::main]
async fn main() -> Result<()> {
    let cli = Cli::parse();
    let db = api::db::connect(&cli.database_url).await?;
    match cli.command {
        Command::Setup => {
            api::db::migrate(&db).await?;
            api::demo::load(&db, api::demo::DEFAULT_PASSWORD).await?;
            println!("   demo grid and accounts loaded");
        }
        Command::Generate {
            inspections,
            hazard_share,
            seed,
        } => {
            let seed = rng::Rng::new(seed);
            let started = Instant::now();
            let added = people::complete(&db, &seed).await?;
            println!(
                "   added {} groups, {} persons in post, {} logins ({:.1} s)",
                added.groups,
                added.persons,
                added.accounts,
                started.elapsed().as_secs_f64()
            );
            let world = world::World::load(&db).await?;
            let started = Instant::now();
            let totals = records::generate(
                &db,
                &world,
                &seed,
                inspections,
                hazard_share,
                chrono::Utc::now(),
            )
            .await?;
            println!(
                "GENERATED inspections={} hazards={} hazard_events={} seconds={:.1}",
                totals.inspections,
                totals.hazards,
                totals.events,
                started.elapsed().as_secs_f64()
            );
        }
        Command::Measure(args) => measure::run(&db, args).await?,
        Command::Money(args) => money::run(&db, args).await?,
    }
    Ok(())
}
