//! Dismissing a signal (不予处理): the county office looked into it and
//! found an explanation (two posts of one person in a handover week, a
//! family sharing a phone). The reason is required and kept with who and
//! when; the signal stays, DISMISSED, and a later scan that finds the same
//! thing leaves it so.
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::{validate, versioned};
use entity::integrity_signal::{self, IntegritySignalStatus};
use sea_orm::Set;
use uuid::Uuid;

pub const MAX_REASON: usize = 500;

pub async fn dismiss(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    reason: &str,
) -> AppResult<integrity_signal::Model> {
    if reason.trim().is_empty() {
        return Err(AppError::input(
            "reason",
            Key::IntegritySignalReasonRequired,
        ));
    }
    let reason = validate::text("reason", reason, MAX_REASON)?;
    let (_writer, txn) = state.begin_write().await?;
    let seen = authz::find::<integrity_signal::Entity>(
        &txn,
        scope,
        id,
        integrity_signal::Column::NodeCode,
    )
    .await?;
    let proof = authz::authorize(scope, Action::DismissIntegritySignal, seen.into_inner())?;
    let now = state.now();
    let mut active: integrity_signal::ActiveModel = (*proof).clone().into();
    active.status = Set(IntegritySignalStatus::Dismissed);
    active.dismissed_by = Set(Some(scope.account_id()));
    active.dismissed_at = Set(Some(now));
    active.dismiss_reason = Set(Some(reason));
    let after = versioned::save(
        &txn,
        active,
        integrity_signal::Column::Version,
        integrity_signal::Column::UpdatedAt,
        proof.version,
        now,
    )
    .await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "dismiss",
            "integrity_signal",
            after.id.to_string(),
        )
        .at_node(after.node_code)
        .before(&proof)
        .after(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
