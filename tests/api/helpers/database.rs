//! A fresh database for every test: a SQLite file in its own temporary
//! directory by default, or a uniquely named PostgreSQL database when
//! `SAFEGRID_TEST_BACKEND=postgres` (server from `TEST_DATABASE_URL`).
//! Both are removed when the test ends, even when it fails.
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DbBackend, Statement};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use super::app::DEMO_PASSWORD;

pub const DEFAULT_POSTGRES: &str = "postgres://postgres@127.0.0.1:5432";
/// Every database a test creates starts with this; the process id follows,
/// so a later run can tell the leftovers of a dead run from a live one.
const PREFIX: &str = "safegrid_test_";

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub fn backend() -> Backend {
    match std::env::var("SAFEGRID_TEST_BACKEND").as_deref() {
        Ok("postgres") | Ok("postgresql") | Ok("pg") => Backend::Postgres,
        _ => Backend::Sqlite,
    }
}

fn postgres_base() -> String {
    std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| DEFAULT_POSTGRES.to_string())
        .trim_end_matches('/')
        .to_string()
}

pub struct TestDatabase {
    pub url: String,
    /// The temporary data directory (SQLite file, JWT key, uploads).
    pub data_dir: PathBuf,
    postgres_name: Option<String>,
}

impl TestDatabase {
    /// An empty database; with `demo`, on PostgreSQL, a clone of a
    /// database that already holds the demo grid (made once per test run:
    /// loading it takes seconds there, cloning a tenth of one).
    pub async fn create(demo: bool) -> TestDatabase {
        let id = uuid::Uuid::new_v4().simple().to_string();
        let data_dir = std::env::temp_dir().join(format!("safegrid-test-{id}"));
        std::fs::create_dir_all(&data_dir).expect("create the test's data directory");
        match backend() {
            Backend::Sqlite => TestDatabase {
                url: format!(
                    "sqlite://{}?mode=rwc",
                    data_dir.join("safegrid.db").display()
                ),
                data_dir,
                postgres_name: None,
            },
            Backend::Postgres => {
                let name = format!("{PREFIX}{}_{}", std::process::id(), &id[..16]);
                let admin = maintenance_connection().await;
                drop_stale_databases_once(&admin).await;
                let template = if demo {
                    format!(" TEMPLATE \"{}\"", demo_template())
                } else {
                    String::new()
                };
                admin
                    .execute_unprepared(&format!("CREATE DATABASE \"{name}\"{template}"))
                    .await
                    .expect("create the test database");
                TestDatabase {
                    url: format!("{}/{name}", postgres_base()),
                    data_dir,
                    postgres_name: Some(name),
                }
            }
        }
    }
}

async fn maintenance_connection() -> DatabaseConnection {
    let url = format!("{}/postgres", postgres_base());
    let mut opts = sea_orm::ConnectOptions::new(url.clone());
    opts.max_connections(1).sqlx_logging(false);
    Database::connect(opts).await.unwrap_or_else(|e| {
        panic!("PostgreSQL at {url} does not answer ({e}); set TEST_DATABASE_URL")
    })
}

/// Builds the demo template once per process, in a thread with its own
/// runtime so that no connection outlives it (a template must be idle to be
/// cloned).
fn demo_template() -> String {
    static TEMPLATE: Mutex<Option<String>> = Mutex::new(None);
    let mut guard = TEMPLATE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(name) = guard.as_ref() {
        return name.clone();
    }
    let name = format!("{PREFIX}{}_demo_template", std::process::id());
    let building = name.clone();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        rt.block_on(async {
            let admin = maintenance_connection().await;
            admin
                .execute_unprepared(&format!(
                    "DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)"
                ))
                .await
                .expect("drop an old template");
            admin
                .execute_unprepared(&format!("CREATE DATABASE \"{building}\""))
                .await
                .expect("create the demo template");
            let db = api::db::connect(&format!("{}/{building}", postgres_base()))
                .await
                .expect("connect");
            api::db::migrate(&db)
                .await
                .expect("migrate the demo template");
            api::demo::load(&db, DEMO_PASSWORD)
                .await
                .expect("load the demo grid");
            db.close().await.expect("close the template's connections");
        })
    })
    .join()
    .expect("build the demo template");
    *guard = Some(name.clone());
    name
}

/// Databases left by runs that were killed before they could clean up.
async fn drop_stale_databases_once(admin: &DatabaseConnection) {
    static DONE: AtomicBool = AtomicBool::new(false);
    if DONE.swap(true, Ordering::SeqCst) {
        return;
    }
    let rows = admin
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            format!("SELECT datname FROM pg_database WHERE datname LIKE '{PREFIX}%'"),
        ))
        .await
        .expect("list test databases");
    for row in rows {
        let Ok(name) = row.try_get::<String>("", "datname") else {
            continue;
        };
        if owner_is_alive(&name) {
            continue;
        }
        let _ = admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
            .await;
    }
}

/// `safegrid_test_<pid>_<random>`: alive if that process still runs.
fn owner_is_alive(name: &str) -> bool {
    let pid = name
        .strip_prefix(PREFIX)
        .and_then(|rest| rest.split('_').next())
        .and_then(|pid| pid.parse::<u32>().ok());
    match pid {
        Some(pid) => Path::new(&format!("/proc/{pid}")).exists(),
        None => false,
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.data_dir);
        let Some(name) = self.postgres_name.take() else {
            return;
        };
        // Drop runs inside the test's runtime, which cannot block on async
        // work: a short-lived thread with its own runtime does it.
        let dropped = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            rt.block_on(async {
                let admin = maintenance_connection().await;
                admin
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                    .await
                    .ok()
            })
        })
        .join();
        if !matches!(dropped, Ok(Some(_))) {
            eprintln!("warning: could not drop a test database; the next run drops it");
        }
    }
}
