//! Connecting and migrating. Every pooled SQLite connection gets the
//! durability settings a ledger needs (WAL, synchronous=FULL, foreign keys,
//! a busy timeout); PostgreSQL sessions get a statement timeout so one bad
//! query cannot hold a connection for ever. SQLite has no statement
//! timeout: there a statement is bounded by what runs it (every list is
//! LIMITed and indexed, the complexity limit and the per-request statement
//! budget below bound how many run, and the request timeout answers the
//! client), not interrupted.
//!
//! Waiting for a pooled connection is capped ([`ACQUIRE_TIMEOUT`]); a
//! request that waits longer is answered "busy, retry" (RATE_LIMITED), not
//! left hanging.
use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

pub const STATEMENT_TIMEOUT: &str = "15s";
/// How long a request waits for a pooled connection before "busy".
pub const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

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
        .acquire_timeout(ACQUIRE_TIMEOUT)
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
        let _ = REQUEST_STATEMENTS.try_with(|n| n.fetch_add(1, Ordering::Relaxed));
    });
    counter
}

tokio::task_local! {
    /// Statements sent by the request being executed on this task.
    static REQUEST_STATEMENTS: Arc<AtomicU64>;
}

/// Runs `work` (one GraphQL request) counting its statements into `counter`;
/// tasks it starts with [`spawn_counted`] (the DataLoader batches) count
/// into the same budget.
pub async fn counting_request<F: std::future::Future>(
    counter: Arc<AtomicU64>,
    work: F,
) -> F::Output {
    REQUEST_STATEMENTS.scope(counter, work).await
}

/// `tokio::spawn`, keeping the spawning request's statement counter.
pub fn spawn_counted<F>(work: F) -> tokio::task::JoinHandle<F::Output>
where
    F: std::future::Future + Send + 'static,
    F::Output: Send + 'static,
{
    match REQUEST_STATEMENTS.try_with(Arc::clone) {
        Ok(counter) => tokio::spawn(REQUEST_STATEMENTS.scope(counter, work)),
        Err(_) => tokio::spawn(work),
    }
}

/// Statements the current request has sent so far (0 outside a request).
pub fn request_statements() -> u64 {
    REQUEST_STATEMENTS
        .try_with(|n| n.load(Ordering::Relaxed))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use crate::error::AppError;

    #[test]
    fn waiting_too_long_for_a_connection_answers_busy_not_internal() {
        let err: AppError =
            sea_orm::DbErr::ConnectionAcquire(sea_orm::ConnAcquireErr::Timeout).into();
        assert_eq!(err.code(), "RATE_LIMITED");
        let message = err.describe(crate::error::Lang::En).message;
        assert!(message.contains("busy"), "{message}");
    }
}
