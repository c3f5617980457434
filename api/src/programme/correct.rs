//! Correcting a programme record: never in place without trace. The row as
//! it was is kept whole in `record_versions` with the reason, the version
//! named must be the one stored (else CONFLICT), and the audit row keeps
//! before and after. Only the kind's own fields change (`change`).
use super::entity::{Col, RecordEntity};
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::versioned;
use entity::record_version;
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
use uuid::Uuid;

pub const MAX_REASON: usize = 500;

pub async fn correct<E: RecordEntity>(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    version: i32,
    reason: &str,
    change: impl FnOnce(&mut E::ActiveModel) -> AppResult<()> + Send,
) -> AppResult<E::Model> {
    let reason = crate::validate::text("reason", reason, MAX_REASON)?;
    if reason.trim().is_empty() {
        return Err(AppError::input("reason", Key::RecordReasonRequired));
    }
    let (_writer, txn) = state.begin_write().await?;
    let before = authz::find::<E>(&txn, scope, id, E::col(Col::NodeCode))
        .await?
        .into_inner();
    authz::check(scope, Action::CorrectRecord, &before)?;
    let facts = E::facts(&before);
    if facts.version != version {
        return Err(AppError::Conflict);
    }
    let now = state.now();
    record_version::ActiveModel {
        id: Set(Uuid::new_v4()),
        record_kind: Set(facts.kind.entity().to_string()),
        record_id: Set(facts.id),
        node_code: Set(facts.node_code),
        version: Set(facts.version),
        snapshot: Set(serde_json::to_string(&before).map_err(AppError::internal)?),
        reason: Set(reason.clone()),
        corrected_by: Set(scope.account_id()),
        corrected_at: Set(now),
    }
    .insert(&txn)
    .await?;
    let mut active = before.clone().into_active_model();
    change(&mut active)?;
    let after = versioned::save(
        &txn,
        active,
        E::col(Col::Version),
        E::col(Col::UpdatedAt),
        version,
        now,
    )
    .await?;
    let mut recorded = serde_json::to_value(&after).unwrap_or_default();
    if let Some(obj) = recorded.as_object_mut() {
        obj.insert("correctionReason".into(), reason.into());
    }
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "correct",
            facts.kind.entity(),
            facts.id.to_string(),
        )
        .at_node(facts.node_code)
        .before(&before)
        .after(&recorded),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
