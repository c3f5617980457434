//! The money pages of issue 9 on a benchmark dataset: the city's subsidy
//! ledger for the year (every post under the caller's node) and the
//! scorecard ranking of the county with the most townships, timed through
//! `POST /graphql` of the real server. API only: each answer is a fixed
//! handful of statements (counted by the tests), not one statement to run
//! bare. Prints one `MONEY|…` line per query.
use crate::measure::{summary, top, Api, Target};
use anyhow::{bail, Context, Result};
use api::grid::code::Level;
use chrono::Datelike;
use entity::{account, grid_node};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde_json::{json, Value};

/// The city's subsidy ledger and a county's scorecard ranking, over HTTP.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    target: Target,
    /// Default: this year (China time).
    #[arg(long)]
    year: Option<i32>,
    #[arg(long, default_value_t = 50)]
    reps: usize,
    #[arg(long, default_value_t = 5)]
    warmup: usize,
}

const LEDGER: &str = "query($id: ID!, $y: Int!) { subsidyLedger(nodeId: $id, year: $y) {
  rows { appointment { id } personName daysInPost standardFen proratedFen exempt fundingSource deductionFen netFen }
  totals { posts exemptPosts netFen countyBudgetFen povertyAlleviationFundFen } } }";
const RANKING: &str = "query($id: ID!, $y: Int!) { scorecardRanking(countyId: $id, year: $y) {
  rank total township { name } parts { key points maxPoints } } }";

pub async fn run(db: &DatabaseConnection, args: Args) -> Result<()> {
    let year = args.year.unwrap_or_else(|| {
        chrono::Utc::now()
            .with_timezone(&crate::calendar::china())
            .year()
    });
    let me = account::Entity::find()
        .filter(account::Column::Username.eq(args.target.username.as_str()))
        .one(db)
        .await?
        .context("no such account")?;
    let city = grid_node::Entity::find_by_id(me.node_id)
        .one(db)
        .await?
        .context("account without node")?;
    let county_code = top(
        db,
        format!(
            "SELECT code / 1000000000 * 1000000000 AS k, COUNT(*) AS n FROM grid_nodes \
             WHERE level = {} GROUP BY code / 1000000000 ORDER BY n DESC, k LIMIT 1",
            Level::Township.number()
        ),
    )
    .await?;
    let county = grid_node::Entity::find()
        .filter(grid_node::Column::Code.eq(county_code))
        .one(db)
        .await?
        .context("no county")?;
    println!("   year {year}; city {}; county {}", city.name, county.name);

    let mut api = Api::new(&args.target).await?;
    let cases = [
        ("city ledger", LEDGER, city.id, city.name.clone()),
        ("county ranking", RANKING, county.id, county.name.clone()),
    ];
    for (name, query, id, target) in cases {
        let vars = json!({ "id": id.to_string(), "y": year });
        let (_, probe) = api.time(query, &vars).await?;
        if let Some(errors) = probe.get("errors") {
            println!(
                "MONEY|{}|{name}|{target}|unavailable: {}",
                args.target.label, errors[0]["message"]
            );
            continue;
        }
        let answer = describe(name, &probe["data"]);
        let bytes = serde_json::to_vec(&probe)?.len();
        for _ in 0..args.warmup {
            api.time(query, &vars).await?;
        }
        let mut took = Vec::with_capacity(args.reps);
        for _ in 0..args.reps {
            let (t, v) = api.time(query, &vars).await?;
            if v.get("errors").is_some() {
                bail!("{name}: {v}");
            }
            took.push(t.as_secs_f64() * 1000.0);
        }
        let (p50, p95, mean) = summary(took);
        println!(
            "MONEY|{}|{name}|{target}|{p50:.1}|{p95:.1}|{mean:.1}|{} KB|{answer}",
            args.target.label,
            bytes / 1024
        );
    }
    Ok(())
}

fn describe(name: &str, data: &Value) -> String {
    if name == "city ledger" {
        let t = &data["subsidyLedger"]["totals"];
        let fen = t["netFen"].as_i64().unwrap_or(0);
        format!(
            "{} posts ({} exempt), net ¥{}.{:02}",
            t["posts"],
            t["exemptPosts"],
            fen / 100,
            fen % 100
        )
    } else {
        let rows = data["scorecardRanking"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let best = rows
            .first()
            .map(|r| r["total"].clone())
            .unwrap_or(Value::Null);
        format!("{} townships ranked, best total {best}", rows.len())
    }
}
