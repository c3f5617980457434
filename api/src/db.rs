//! Connecting and migrating. Every pooled SQLite connection gets the
//! durability settings a ledger needs (WAL, synchronous=FULL, foreign keys,
//! a busy timeout); PostgreSQL sessions get a statement timeout so one bad
//! query cannot hold a connection for ever.
use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

pub const STATEMENT_TIMEOUT: &str = "15s";

pub async fn connect(url: &str) -> anyhow::Result<DatabaseConnection> {
    if let Some(path) = url.strip_prefix("sqlite://") {
        let file = path.split('?').next().unwrap_or("");
        if let Some(dir) = std::path::Path::new(file)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)?;
        }
    }
    let mut opts = ConnectOptions::new(url.to_string());
    opts.max_connections(if url.starts_with("sqlite") { 4 } else { 16 })
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(10))
        .connect_timeout(Duration::from_secs(10))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
        })
        .map_sqlx_postgres_opts(|o| o.options([("statement_timeout", STATEMENT_TIMEOUT)]));
    Ok(Database::connect(opts).await?)
}

pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    Migrator::up(db, None).await?;
    Ok(())
}

/// Counts every statement sent through `db` (its transactions included).
/// Always on, because it costs one atomic add per statement: it lets the
/// tests prove that an aggregate page (e.g. `monthOverview`) issues the
/// same number of statements however many rows it shows, i.e. no N+1.
pub fn count_statements(db: &mut DatabaseConnection) -> Arc<AtomicU64> {
    let counter = Arc::new(AtomicU64::new(0));
    let inner = counter.clone();
    db.set_metric_callback(move |_| {
        inner.fetch_add(1, Ordering::Relaxed);
    });
    counter
}
