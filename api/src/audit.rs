//! Append-only, hash-chained audit log. Each row is written in the same
//! transaction as the change it records; each row's hash covers its content
//! and the previous row's hash, so editing or deleting any row is detected
//! by `verify_chain`.
//!
//! The chain has one head, and every process that writes (each server, the
//! `escalate-overdue` and `create-admin` commands) must take turns on it.
//! That turn is a lock inside the database, not in any one process: on
//! PostgreSQL a transaction-scoped advisory lock (`lock_head`), taken when a
//! write transaction begins (`begin_write`) and again, re-entrantly, before
//! the head is read; on SQLite the database's own write lock, which
//! `BEGIN IMMEDIATE` takes at the start. Either is held until the
//! transaction ends, so the next writer reads the head this one wrote.
use crate::error::AppResult;
use crate::state::RequestContext;
use chrono::{DateTime, Utc};
use entity::audit_log;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr,
    EntityTrait, NotSet, QueryOrder, QuerySelect, SqliteTransactionMode, TransactionOptions,
    TransactionTrait,
};
use sha2::{Digest, Sha256};
use uuid::Uuid;

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The PostgreSQL advisory lock that stands for the chain's head ("SFGAUDIT").
pub const CHAIN_HEAD_LOCK: i64 = 0x5346_4741_5544_4954;

/// Takes the chain's head for the rest of the transaction `db` is in
/// (PostgreSQL; a no-op on SQLite, whose write lock already serialises
/// writers). Re-entrant: taking it twice in one transaction is free.
pub async fn lock_head(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    if db.get_database_backend() == DbBackend::Postgres {
        db.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({CHAIN_HEAD_LOCK})"))
            .await?;
    }
    Ok(())
}

/// A transaction that may write, in any process: on SQLite it takes the
/// write lock at BEGIN (IMMEDIATE), so it waits its turn (busy timeout)
/// instead of failing "database is locked" when a read turns into a write;
/// on PostgreSQL it takes the chain's head at once, so writers from every
/// process queue in one line and a check made inside the transaction (an
/// idempotency key, a hazard's version) still holds when it commits.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    if db.get_database_backend() == DbBackend::Sqlite {
        db.begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await
    } else {
        let txn = db.begin().await?;
        lock_head(&txn).await?;
        Ok(txn)
    }
}

pub struct AuditEntry {
    at: DateTime<Utc>,
    actor_id: Option<Uuid>,
    action: &'static str,
    entity: &'static str,
    entity_id: String,
    node_code: Option<i64>,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
    request_id: String,
}

impl AuditEntry {
    pub fn new(
        req: &RequestContext,
        actor_id: Option<Uuid>,
        action: &'static str,
        entity: &'static str,
        entity_id: String,
    ) -> Self {
        Self::system(
            &req.request_id,
            req.clock.now(),
            actor_id,
            action,
            entity,
            entity_id,
        )
    }

    /// For changes made outside a request (CLI, demo loader, the server's
    /// own rounds); `at` comes from the configured clock.
    pub fn system(
        request_id: &str,
        at: DateTime<Utc>,
        actor_id: Option<Uuid>,
        action: &'static str,
        entity: &'static str,
        entity_id: String,
    ) -> Self {
        Self {
            at,
            actor_id,
            action,
            entity,
            entity_id,
            node_code: None,
            before: None,
            after: None,
            request_id: request_id.to_string(),
        }
    }

    pub fn at_node(mut self, code: i64) -> Self {
        self.node_code = Some(code);
        self
    }

    pub fn before(mut self, value: &impl serde::Serialize) -> Self {
        self.before = serde_json::to_value(value).ok();
        self
    }

    pub fn after(mut self, value: &impl serde::Serialize) -> Self {
        self.after = serde_json::to_value(value).ok();
        self
    }
}

fn row_hash(row: &audit_log::Model) -> String {
    let mut h = Sha256::new();
    for part in [
        row.prev_hash.as_str(),
        &row.at.to_rfc3339(),
        &row.actor_id.map(|a| a.to_string()).unwrap_or_default(),
        &row.action,
        &row.entity,
        &row.entity_id,
        &row.node_code.map(|c| c.to_string()).unwrap_or_default(),
        row.before.as_deref().unwrap_or(""),
        row.after.as_deref().unwrap_or(""),
        &row.request_id,
    ] {
        h.update(part.as_bytes());
        h.update([0x1f]);
    }
    hex::encode(h.finalize())
}

/// Appends one row. Call inside the change's transaction (best begun with
/// `begin_write`); the head is locked before it is read, so the chain never
/// forks, whichever process writes.
pub async fn record(db: &impl ConnectionTrait, entry: AuditEntry) -> AppResult<()> {
    lock_head(db).await?;
    let prev_hash = audit_log::Entity::find()
        .order_by_desc(audit_log::Column::Id)
        .limit(1)
        .one(db)
        .await?
        .map(|r| r.hash)
        .unwrap_or_else(|| GENESIS.to_string());
    let mut row = audit_log::Model {
        id: 0,
        // Second precision: the same value round-trips through both databases.
        at: DateTime::from_timestamp(entry.at.timestamp(), 0).unwrap_or_default(),
        actor_id: entry.actor_id,
        action: entry.action.to_string(),
        entity: entry.entity.to_string(),
        entity_id: entry.entity_id,
        node_code: entry.node_code,
        before: entry.before.map(|v| v.to_string()),
        after: entry.after.map(|v| v.to_string()),
        request_id: entry.request_id,
        prev_hash,
        hash: String::new(),
    };
    row.hash = row_hash(&row);
    let mut active: audit_log::ActiveModel = row.into();
    active.id = NotSet;
    active.insert(db).await?;
    Ok(())
}

/// Walks the chain in order; returns the id of the first row whose hash or
/// link does not match, or `None` when the chain is whole.
pub async fn verify_chain(db: &impl ConnectionTrait) -> AppResult<(u64, Option<i64>)> {
    let rows = audit_log::Entity::find()
        .order_by_asc(audit_log::Column::Id)
        .all(db)
        .await?;
    let mut prev = GENESIS.to_string();
    let mut count = 0;
    for row in rows {
        if row.prev_hash != prev || row_hash(&row) != row.hash {
            return Ok((count, Some(row.id)));
        }
        prev = row.hash.clone();
        count += 1;
    }
    Ok((count, None))
}
