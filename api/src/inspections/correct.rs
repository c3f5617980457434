//! Correcting a record's sectors or notes. Evidence is never overwritten
//! silently: the edit names the version it read, the audit row keeps before
//! and after, and once the month is closed the edit must say why.
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::inspections::month::Month;
use crate::inspections::{input, read, sectors};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::versioned;
use entity::inspection;
use sea_orm::Set;
use uuid::Uuid;

pub struct Correction {
    pub id: Uuid,
    pub version: i32,
    pub sectors: Option<Vec<String>>,
    pub notes: Option<String>,
    pub reason: Option<String>,
}

pub async fn correct(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    c: Correction,
) -> AppResult<inspection::Model> {
    let notes = c
        .notes
        .as_deref()
        .map(|n| crate::validate::text("notes", n, input::MAX_NOTES))
        .transpose()?;
    let reason = c
        .reason
        .as_deref()
        .filter(|r| !r.trim().is_empty())
        .map(|r| crate::validate::text("reason", r, input::MAX_REASON))
        .transpose()?;
    let (_w, txn) = state.begin_write().await?;
    let before = read::find(&txn, scope, c.id).await?.into_inner();
    authz::check(scope, Action::CorrectInspection, &before)?;
    if c.sectors.is_none() && notes.is_none() {
        return Err(AppError::input("sectors", Key::InspectionNothingToCorrect));
    }
    let locked =
        Month::of(before.occurred_on).locked(state.today(), state.settings.field.month_close_day);
    if locked && reason.is_none() {
        return Err(AppError::input("reason", Key::InspectionReasonRequired));
    }
    let mut active: inspection::ActiveModel = before.clone().into();
    if let Some(codes) = &c.sectors {
        let codes = input::sectors(codes, &sectors::active_codes(&txn).await?)?;
        active.sectors = Set(sectors::encode(&codes));
    }
    if let Some(n) = notes {
        active.notes = Set(n);
    }
    let after = versioned::save(
        &txn,
        active,
        inspection::Column::Version,
        inspection::Column::UpdatedAt,
        c.version,
        state.now(),
    )
    .await?;
    let mut recorded = serde_json::to_value(&after).unwrap_or_default();
    if let (Some(r), Some(obj)) = (&reason, recorded.as_object_mut()) {
        obj.insert("correctionReason".into(), r.clone().into());
    }
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "correct",
            "inspection",
            after.id.to_string(),
        )
        .at_node(after.node_code)
        .before(&before)
        .after(&recorded),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
