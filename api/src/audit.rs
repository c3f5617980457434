//! Append-only, hash-chained audit log. Each row is written in the same
//! transaction as the change it records; each row's hash covers its content
//! and the previous row's hash, so editing or deleting any row is detected
//! by `verify_chain`.
use crate::error::AppResult;
use crate::state::RequestContext;
use chrono::Utc;
use entity::audit_log;
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, NotSet, QueryOrder, QuerySelect};
use sha2::{Digest, Sha256};
use uuid::Uuid;

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

pub struct AuditEntry {
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
        Self::system(&req.request_id, actor_id, action, entity, entity_id)
    }

    /// For changes made outside a request (CLI, demo loader).
    pub fn system(
        request_id: &str,
        actor_id: Option<Uuid>,
        action: &'static str,
        entity: &'static str,
        entity_id: String,
    ) -> Self {
        Self {
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

/// Appends one row. Call inside the change's transaction, holding the
/// state's writer lock, so the chain never forks.
pub async fn record(db: &impl ConnectionTrait, entry: AuditEntry) -> AppResult<()> {
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
        at: chrono::DateTime::from_timestamp(Utc::now().timestamp(), 0).unwrap_or_default(),
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
