//! SECURITY.md 29: every SQLite connection the server uses runs with WAL,
//! synchronous=FULL, foreign keys on and a busy timeout. These are
//! per-connection settings (except WAL), so each pooled connection is asked.
use crate::helpers::database::{backend, Backend};
use crate::helpers::spawn_demo_app;
use sea_orm::{ConnectionTrait, DatabaseTransaction, DbBackend, Statement, TransactionTrait};

async fn pragma(txn: &DatabaseTransaction, name: &str) -> String {
    let row = txn
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            format!("PRAGMA {name}"),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index::<i64>(0)
        .map(|v| v.to_string())
        .or_else(|_| row.try_get_by_index::<String>(0))
        .unwrap()
}

#[tokio::test]
async fn every_pooled_sqlite_connection_is_durable_and_waits_for_locks() {
    if backend() != Backend::Sqlite {
        return; // PostgreSQL has no such per-connection settings.
    }
    let app = spawn_demo_app().await;
    // Open transactions hold their connections, so each one is a different
    // connection of the pool.
    let mut open = Vec::new();
    for _ in 0..4 {
        open.push(app.state.db.begin().await.unwrap());
    }
    let mut seen = Vec::new();
    for txn in &open {
        seen.push((
            pragma(txn, "journal_mode").await,
            pragma(txn, "synchronous").await,
            pragma(txn, "foreign_keys").await,
            pragma(txn, "busy_timeout").await.parse::<i64>().unwrap() >= 1000,
        ));
    }
    let wanted = ("wal".to_string(), "2".to_string(), "1".to_string(), true);
    assert!(
        seen.iter().all(|s| *s == wanted),
        "(journal_mode, synchronous (2 = FULL), foreign_keys, busy_timeout ≥ 1 s) per connection: {seen:?}"
    );
}
