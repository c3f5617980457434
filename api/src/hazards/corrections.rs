//! Reopening a finished hazard, and correcting an open one's description.
//! A closed hazard is never edited: it can only be reopened, with a reason,
//! and both the old and the new text stay in the history and audit log.
use crate::authz::Action;
use crate::error::AppResult;
use crate::hazards::access;
use crate::hazards::lifecycle::{HazardAction, HazardSeverity};
use crate::hazards::steps::{self, Step};
use crate::inspections::sectors;
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use entity::hazard;
use sea_orm::Set;
use uuid::Uuid;

pub async fn reopen(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    reason: &str,
) -> AppResult<hazard::Model> {
    let reason = validate::text("reason", reason, 1000)?;
    let h = access::begin(state, scope, id, Action::Reopen).await?;
    let actor = access::actor(state, req, scope);
    let (saved, _) = steps::apply(
        &h.txn,
        actor,
        h.hazard,
        Step::new(HazardAction::Reopen).note(reason),
        |h| {
            // Reopened work starts over: a new plan, a new fix, a new check.
            h.closed_at = Set(None);
            h.deadline = Set(None);
            h.rectified_by = Set(None);
            h.rectified_by_person_id = Set(None);
            h.rectified_at = Set(None);
            h.last_escalated_on = Set(None);
        },
    )
    .await?;
    h.txn.commit().await?;
    Ok(saved)
}

pub struct HazardEdit {
    pub version: i32,
    pub title: Option<String>,
    pub description: Option<String>,
    pub severity: Option<HazardSeverity>,
    pub category: Option<String>,
    pub reason: String,
}

pub async fn edit(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    edit: HazardEdit,
) -> AppResult<hazard::Model> {
    let reason = validate::text("reason", &edit.reason, 1000)?;
    let title = edit
        .title
        .map(|t| validate::name("title", &t, 100))
        .transpose()?;
    let description = edit
        .description
        .map(|d| validate::text("description", &d, 2000))
        .transpose()?;
    let h = access::begin(state, scope, id, Action::EditHazard).await?;
    if let Some(category) = &edit.category {
        sectors::check_active(&h.txn, "category", category).await?;
    }
    let hazard = h.hazard.expecting_version(edit.version);
    let actor = access::actor(state, req, scope);
    let (saved, _) = steps::apply(
        &h.txn,
        actor,
        hazard,
        Step::new(HazardAction::Edit).note(reason),
        |h| {
            if let Some(t) = title {
                h.title = Set(t);
            }
            if let Some(d) = description {
                h.description = Set(d);
            }
            if let Some(s) = edit.severity {
                h.severity = Set(s);
            }
            if let Some(c) = edit.category {
                h.category = Set(c);
            }
        },
    )
    .await?;
    h.txn.commit().await?;
    Ok(saved)
}
