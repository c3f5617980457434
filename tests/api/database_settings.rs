//! Connection settings. SECURITY.md 29: every SQLite connection the server uses runs with WAL,
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

/// SECURITY.md 20: on PostgreSQL every pooled session has a statement
/// timeout, so one runaway query cannot hold a connection for ever.
#[tokio::test]
async fn every_pooled_postgres_session_has_a_statement_timeout() {
    if backend() != Backend::Postgres {
        return; // SQLite has no statement timeout; the request timeout covers it.
    }
    let app = spawn_demo_app().await;
    let mut open = Vec::new();
    for _ in 0..3 {
        open.push(app.state.db.begin().await.unwrap());
    }
    for txn in &open {
        let row = txn
            .query_one_raw(Statement::from_string(
                DbBackend::Postgres,
                "SHOW statement_timeout".to_string(),
            ))
            .await
            .unwrap()
            .unwrap();
        let value: String = row.try_get_by_index(0).unwrap();
        assert_eq!(value, api::db::STATEMENT_TIMEOUT);
    }
}
