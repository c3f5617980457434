//! One step in a hazard's life, written the same way whatever the step:
//! the state table decides, the row is saved against the version it was
//! read at, the step becomes a `hazard_events` row, and the audit log gets
//! before and after — all in the caller's transaction.
use crate::audit::{self, AuditEntry};
use crate::authz::Authorized;
use crate::error::AppResult;
use crate::hazards::lifecycle::{self, HazardAction, HazardState};
use crate::versioned;
use chrono::{DateTime, NaiveDate, Utc};
use entity::{hazard, hazard_event};
use sea_orm::{ActiveModelTrait, ConnectionTrait, IntoActiveModel, Set};
use uuid::Uuid;

/// Who takes a step: an account, or the server itself (overdue escalation).
#[derive(Clone, Copy)]
pub struct Actor<'a> {
    pub account_id: Option<Uuid>,
    pub request_id: &'a str,
    pub now: DateTime<Utc>,
}

pub struct Step {
    pub action: HazardAction,
    pub note: Option<String>,
    pub deadline: Option<NaiveDate>,
    /// New handling node (id, code, level) for escalations.
    pub handling: Option<(Uuid, i64, i16)>,
}

impl Step {
    pub fn new(action: HazardAction) -> Self {
        Self {
            action,
            note: None,
            deadline: None,
            handling: None,
        }
    }
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }
}

/// Applies `step` to `hazard` (as read at its version), with `change`
/// setting the step's own fields. Returns the saved hazard and the event.
pub async fn apply(
    txn: &impl ConnectionTrait,
    actor: Actor<'_>,
    hazard: Authorized<hazard::Model>,
    step: Step,
    change: impl FnOnce(&mut hazard::ActiveModel),
) -> AppResult<(hazard::Model, hazard_event::Model)> {
    let hazard = hazard.into_inner();
    let from = hazard.state;
    let to = lifecycle::step(from, step.action)?;
    let before = hazard.clone();
    let mut active = hazard.clone().into_active_model();
    active.state = Set(to);
    if let Some((id, code, level)) = step.handling {
        active.handling_node_id = Set(id);
        active.handling_code = Set(code);
        active.handling_level = Set(level);
        active.last_escalated_on = Set(Some(
            actor.now.with_timezone(&crate::clock::china()).date_naive(),
        ));
    }
    if lifecycle::is_closed(to) {
        active.closed_at = Set(Some(actor.now));
    }
    change(&mut active);
    let saved = versioned::save(
        txn,
        active,
        hazard::Column::Version,
        hazard::Column::UpdatedAt,
        hazard.version,
        actor.now,
    )
    .await?;
    let event = insert_event(txn, actor, &saved, Some(from), &step, before.handling_code).await?;
    audit::record(
        txn,
        AuditEntry::system(
            actor.request_id,
            actor.now,
            actor.account_id,
            action_name(step.action),
            "hazard",
            saved.id.to_string(),
        )
        .at_node(saved.node_code)
        .before(&before)
        .after(&saved),
    )
    .await?;
    Ok((saved, event))
}

/// The first event of a hazard (its report), with no state before it.
pub async fn record_report(
    txn: &impl ConnectionTrait,
    actor: Actor<'_>,
    saved: &hazard::Model,
) -> AppResult<hazard_event::Model> {
    let step = Step::new(HazardAction::Report);
    let event = insert_event(txn, actor, saved, None, &step, saved.handling_code).await?;
    audit::record(
        txn,
        AuditEntry::system(
            actor.request_id,
            actor.now,
            actor.account_id,
            "hazard.report",
            "hazard",
            saved.id.to_string(),
        )
        .at_node(saved.node_code)
        .after(saved),
    )
    .await?;
    Ok(event)
}

async fn insert_event(
    txn: &impl ConnectionTrait,
    actor: Actor<'_>,
    saved: &hazard::Model,
    from: Option<HazardState>,
    step: &Step,
    from_handling: i64,
) -> AppResult<hazard_event::Model> {
    Ok(hazard_event::ActiveModel {
        id: Set(Uuid::new_v4()),
        hazard_id: Set(saved.id),
        node_code: Set(saved.node_code),
        action: Set(step.action),
        from_state: Set(from),
        to_state: Set(saved.state),
        from_handling_code: Set(from.map(|_| from_handling)),
        to_handling_code: Set(saved.handling_code),
        actor_id: Set(actor.account_id),
        note: Set(step.note.clone()),
        deadline: Set(step.deadline),
        created_at: Set(actor.now),
    }
    .insert(txn)
    .await?)
}

fn action_name(action: HazardAction) -> &'static str {
    match action {
        HazardAction::Report => "hazard.report",
        HazardAction::FixOnSpot => "hazard.fix_on_spot",
        HazardAction::PlanRectification => "hazard.plan_rectification",
        HazardAction::Rectify => "hazard.rectify",
        HazardAction::VerifyPassed => "hazard.verify_passed",
        HazardAction::VerifyFailed => "hazard.verify_failed",
        HazardAction::Reopen => "hazard.reopen",
        HazardAction::Escalate => "hazard.escalate",
        HazardAction::AutoEscalate => "hazard.auto_escalate",
        HazardAction::Edit => "hazard.edit",
    }
}
