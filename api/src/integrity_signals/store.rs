//! Keeping what a scan found: a new finding becomes an OPEN signal; one
//! found before (same fingerprint) keeps its row and its status, so a
//! dismissed signal stays dismissed, and takes the newer evidence when
//! records joined it. Nothing is deleted; every insert and change writes
//! its audit row in the scan's transaction.
use super::place::common_code;
use super::scan::Finding;
use crate::audit::{self, AuditEntry};
use crate::error::AppResult;
use chrono::{DateTime, Utc};
use entity::grid_node;
use entity::integrity_signal::{self, IntegritySignalStatus};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use std::collections::HashMap;
use uuid::Uuid;

const CHUNK: usize = 500;

/// Who runs the scan: a request's caller, or the server's own round.
pub struct Scanner<'a> {
    pub request_id: &'a str,
    pub actor: Option<Uuid>,
    pub now: DateTime<Utc>,
}

/// What a scan did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Findings the scan made (each a signal, new or not).
    pub found: usize,
    /// Of those, signals made now.
    pub new: usize,
}

async fn nodes_by_code(
    db: &impl ConnectionTrait,
    codes: Vec<i64>,
) -> AppResult<HashMap<i64, grid_node::Model>> {
    let mut out = HashMap::new();
    for chunk in codes.chunks(CHUNK) {
        let rows = grid_node::Entity::find()
            .filter(grid_node::Column::Code.is_in(chunk.iter().copied()))
            .all(db)
            .await?;
        out.extend(rows.into_iter().map(|n| (n.code, n)));
    }
    Ok(out)
}

async fn existing(
    db: &impl ConnectionTrait,
    fingerprints: &[String],
) -> AppResult<HashMap<String, integrity_signal::Model>> {
    let mut out = HashMap::new();
    for chunk in fingerprints.chunks(CHUNK) {
        let rows = integrity_signal::Entity::find()
            .filter(integrity_signal::Column::Fingerprint.is_in(chunk.iter().cloned()))
            .all(db)
            .await?;
        out.extend(rows.into_iter().map(|s| (s.fingerprint.clone(), s)));
    }
    Ok(out)
}

/// Stores `findings` inside `txn` (a write transaction the caller began).
pub async fn store(
    txn: &impl ConnectionTrait,
    by: &Scanner<'_>,
    findings: Vec<Finding>,
) -> AppResult<Outcome> {
    let mut keyed: Vec<(String, Finding)> = Vec::new();
    for f in findings {
        let key = f.fingerprint();
        if !keyed.iter().any(|(k, _)| *k == key) {
            keyed.push((key, f));
        }
    }
    let places: Vec<Option<i64>> = keyed.iter().map(|(_, f)| common_code(&f.codes)).collect();
    let mut codes: Vec<i64> = places.iter().flatten().copied().collect();
    codes.sort_unstable();
    codes.dedup();
    let nodes = nodes_by_code(txn, codes).await?;
    let fingerprints: Vec<String> = keyed.iter().map(|(k, _)| k.clone()).collect();
    let before = existing(txn, &fingerprints).await?;
    let mut outcome = Outcome::default();
    for ((key, finding), place) in keyed.into_iter().zip(places) {
        let Some(node) = place.and_then(|c| nodes.get(&c)) else {
            continue;
        };
        outcome.found += 1;
        let facts =
            serde_json::to_string(&finding.facts).map_err(crate::error::AppError::internal)?;
        let evidence =
            serde_json::to_string(&finding.evidence).map_err(crate::error::AppError::internal)?;
        match before.get(&key) {
            Some(old) if old.evidence == evidence && old.facts == facts => {}
            Some(old) => {
                let mut active: integrity_signal::ActiveModel = old.clone().into();
                active.facts = Set(facts);
                active.evidence = Set(evidence);
                active.last_detected_at = Set(by.now);
                active.version = Set(old.version + 1);
                active.updated_at = Set(by.now);
                let after = active.update(txn).await?;
                audited(txn, by, "redetect", Some(old), &after).await?;
            }
            None => {
                let row = integrity_signal::Model {
                    id: Uuid::new_v4(),
                    fingerprint: key,
                    kind: finding.kind,
                    status: IntegritySignalStatus::Open,
                    node_id: node.id,
                    node_code: node.code,
                    facts,
                    evidence,
                    detected_at: by.now,
                    last_detected_at: by.now,
                    dismissed_by: None,
                    dismissed_at: None,
                    dismiss_reason: None,
                    version: 1,
                    created_at: by.now,
                    updated_at: by.now,
                };
                let active: integrity_signal::ActiveModel = row.into();
                let after = active.insert(txn).await?;
                audited(txn, by, "detect", None, &after).await?;
                outcome.new += 1;
            }
        }
    }
    Ok(outcome)
}

async fn audited(
    txn: &impl ConnectionTrait,
    by: &Scanner<'_>,
    action: &'static str,
    before: Option<&integrity_signal::Model>,
    after: &integrity_signal::Model,
) -> AppResult<()> {
    let mut entry = AuditEntry::system(
        by.request_id,
        by.now,
        by.actor,
        action,
        "integrity_signal",
        after.id.to_string(),
    )
    .at_node(after.node_code)
    .after(after);
    if let Some(b) = before {
        entry = entry.before(b);
    }
    audit::record(txn, entry).await
}
