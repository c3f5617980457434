//! `safegrid`: the one binary. The work lives in the library.
use api::config::{Secret, Settings};
use api::startup::Application;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "safegrid",
    version,
    about = "安全网格 SafeGrid — 安全生产“六级六覆盖”网格化管理"
)]
struct Cli {
    /// Database URL (sqlite://FILE?mode=rwc or postgres://…).
    #[arg(long, global = true, env = "SAFEGRID_DATABASE_URL")]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate, then serve the API and the web app.
    Serve {
        #[arg(long, env = "SAFEGRID_BIND")]
        bind: Option<String>,
        /// Load the Fenggang County demo grid and accounts (into an empty database).
        #[arg(long)]
        demo: bool,
        #[arg(long, env = "SAFEGRID_DEMO_PASSWORD")]
        demo_password: Option<String>,
        /// Enable GraphiQL, introspection and field suggestions.
        #[arg(long)]
        dev: bool,
    },
    /// Apply database migrations.
    Migrate,
    /// Load the national division list (CSV files) into the grid.
    ImportDivisions {
        dir: PathBuf,
        /// Only this division code's subtree (2, 4, 6, 9 or 12 digits).
        #[arg(long)]
        under: Option<i64>,
    },
    /// Create the first administrator account at a node (by division code).
    CreateAdmin {
        #[arg(long)]
        username: String,
        /// Division code of the node, e.g. 520327 for 凤冈县.
        #[arg(long)]
        node_code: String,
        /// Read from SAFEGRID_ADMIN_PASSWORD if not given.
        #[arg(long, env = "SAFEGRID_ADMIN_PASSWORD")]
        password: String,
        /// The administrator's person: an existing one by id …
        #[arg(long)]
        person_id: Option<uuid::Uuid>,
        /// … or a new one (name defaults to the username).
        #[arg(long)]
        person_name: Option<String>,
        #[arg(long)]
        person_phone: Option<String>,
    },
    /// Print the GraphQL schema (SDL).
    PrintSchema,
    /// Check the audit log's hash chain; names the first broken row.
    VerifyAudit,
    /// Write a consistent backup of the database to a new file.
    Backup { file: PathBuf },
    /// Escalate hazards open past their deadline one level (for cron; the
    /// server also does this by itself every hour).
    EscalateOverdue {
        /// Run as if today were this day (YYYY-MM-DD, China time).
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
    },
    /// Scan a node's subtree for integrity signals (诚信预警) once (for cron).
    ScanIntegrity {
        /// The node's division code (e.g. 520327 for 凤冈县).
        #[arg(long)]
        under: String,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn".into()),
        )
        .init();
    let cli = Cli::parse();
    let mut settings = Settings::local_default();
    if let Some(url) = cli.database_url {
        settings.database_url = url;
    }
    match cli.command {
        Command::Serve {
            bind,
            demo,
            demo_password,
            dev,
        } => {
            if let Some(bind) = bind {
                settings.bind = bind;
            }
            settings.dev_mode |= dev;
            // Refused (before anything is opened) unless in development.
            settings.clock = api::clock::Clock::for_server(
                std::env::var("SAFEGRID_TODAY").ok().as_deref(),
                settings.dev_mode,
            )?;
            if demo {
                settings.demo_password = Some(Secret::new(
                    demo_password.unwrap_or_else(|| api::demo::DEFAULT_PASSWORD.to_string()),
                ));
                settings.demo_field_work = true;
            }
            let app = Application::build(settings.clone()).await?;
            tracing::info!(
                "SafeGrid 安全网格 listening on http://{}:{}",
                host_of(&settings.bind),
                app.port()
            );
            app.run_until_stopped().await?;
        }
        Command::Migrate => {
            let db = api::db::connect(&settings.database_url).await?;
            api::db::migrate(&db).await?;
            println!("migrations applied");
        }
        Command::ImportDivisions { dir, under } => {
            let db = api::db::connect(&settings.database_url).await?;
            api::db::migrate(&db).await?;
            let stats = api::divisions::import_divisions(&db, &dir, under).await?;
            println!("{stats}");
        }
        Command::CreateAdmin {
            username,
            node_code,
            password,
            person_id,
            person_name,
            person_phone,
        } => {
            let db = api::db::connect(&settings.database_url).await?;
            api::db::migrate(&db).await?;
            let person = api::accounts::cli::AdminPerson {
                id: person_id,
                name: person_name,
                phone: person_phone,
            };
            let account =
                api::accounts::cli::create_admin_for(&db, &username, &node_code, password, person)
                    .await?;
            println!(
                "created administrator {} at {}",
                account.username, node_code
            );
        }
        Command::PrintSchema => print!("{}", api::graphql::sdl()),
        Command::Backup { file } => {
            let db = api::db::connect(&settings.database_url).await?;
            api::backup::backup(&db, &settings.database_url, &file).await?;
            println!("backup written to {}", file.display());
        }
        Command::EscalateOverdue { today } => {
            if let Some(day) = today {
                // The whole run, timestamps included, happens "on" that day.
                let noon = day
                    .and_hms_opt(12, 0, 0)
                    .and_then(|t| t.and_local_timezone(api::clock::china()).single())
                    .ok_or_else(|| anyhow::anyhow!("invalid day {day}"))?;
                settings.clock = api::clock::Clock::Fixed(noon.to_utc());
            }
            let db = api::db::connect(&settings.database_url).await?;
            api::db::migrate(&db).await?;
            let state = api::startup::build_state(db, settings).await?;
            let round = api::hazards::escalation::round(&state)
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?;
            println!("{} overdue hazard(s) escalated", round.moved);
            if round.failed > 0 {
                // Each is in the log with its cause; cron should hear of it.
                eprintln!("{} overdue hazard(s) could not be escalated", round.failed);
                std::process::exit(1);
            }
        }
        Command::ScanIntegrity { under } => {
            let db = api::db::connect(&settings.database_url).await?;
            api::db::migrate(&db).await?;
            let outcome = api::integrity_signals::cli::scan(&db, &settings.clock, &under).await?;
            println!(
                "{} integrity signal(s) found, {} new",
                outcome.found, outcome.new
            );
        }
        Command::VerifyAudit => {
            let db = api::db::connect(&settings.database_url).await?;
            match api::audit::verify_chain(&db)
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?
            {
                (n, None) => println!("audit chain intact: {n} rows"),
                (n, Some(id)) => {
                    println!("audit chain broken at row id {id} (after {n} good rows)");
                    std::process::exit(2);
                }
            }
        }
    }
    Ok(())
}

fn host_of(bind: &str) -> &str {
    bind.rsplit_once(':').map(|(h, _)| h).unwrap_or(bind)
}
