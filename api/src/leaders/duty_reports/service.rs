//! Filing and correcting duty reports.
use crate::error::{AppError, AppResult, Key};
use crate::inspections::Month;
use crate::people::appointment_role::AppointmentRole;
use crate::people::appointments;
use crate::programme::{self, correct, NewRecord, Opened, RecordKind};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use entity::duty_report;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

pub const MAX_SUMMARY: usize = 4000;

pub struct NewDutyReport {
    pub appointment_id: Uuid,
    pub month: String,
    pub covers_grid_work: bool,
    pub summary: String,
    pub document_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

pub async fn record(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewDutyReport,
) -> AppResult<duty_report::Model> {
    let month = Month::parse("month", &new.month)?;
    let summary = validate::text("summary", &new.summary, MAX_SUMMARY)?;
    // Outside the caller's area the leader is NOT_FOUND, like a missing id,
    // before anything about the post is said.
    let leader = appointments::find(&state.db, scope, new.appointment_id).await?;
    if leader.role != AppointmentRole::TownshipLeader {
        return Err(AppError::input("appointmentId", Key::LeaderPostOnly));
    }
    // The report is about the month: the leader held the post in it.
    let in_post = leader.start_date <= month.last_day()
        && leader.end_date.is_none_or(|end| end > month.first_day());
    if !in_post {
        return Err(AppError::input("month", Key::LeaderNotInPost));
    }
    // The record's day is the month's first: a future month is refused,
    // and a closed month takes no late report.
    let draft = match programme::open::<duty_report::Entity>(
        state,
        req,
        scope,
        NewRecord {
            kind: RecordKind::DutyReport,
            node_id: leader.node_id,
            on: month.first_day(),
            on_field: "month",
            photo_ids: Vec::new(),
            document_ids: new.document_ids,
            idempotency_key: new.idempotency_key,
        },
    )
    .await?
    {
        Opened::Existing(m) => return Ok(m),
        Opened::New(d) => d,
    };
    // The writer queue is held: no other report lands between this look
    // and the insert.
    if let Some(filed) = duty_report::Entity::find()
        .filter(duty_report::Column::AppointmentId.eq(leader.id))
        .filter(duty_report::Column::Month.eq(month.to_string()))
        .one(draft.txn())
        .await?
    {
        return Err(AppError::conflict(Key::DutyReportExists)
            .with("month", month.to_string())
            .with("dutyReportId", filed.id.to_string()));
    }
    draft
        .finish::<duty_report::Entity>(duty_report::ActiveModel {
            appointment_id: Set(leader.id),
            person_id: Set(leader.person_id),
            month: Set(month.to_string()),
            covers_grid_work: Set(new.covers_grid_work),
            summary: Set(summary),
            ..Default::default()
        })
        .await
}

// A correction names the record, its version, the change and the reason.
#[allow(clippy::too_many_arguments)]
pub async fn correct(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    version: i32,
    reason: &str,
    covers_grid_work: Option<bool>,
    summary: Option<String>,
) -> AppResult<duty_report::Model> {
    let summary = summary
        .map(|t| validate::text("summary", &t, MAX_SUMMARY))
        .transpose()?;
    correct::correct::<duty_report::Entity>(state, req, scope, id, version, reason, move |m| {
        if let Some(c) = covers_grid_work {
            m.covers_grid_work = Set(c);
        }
        if let Some(t) = summary {
            m.summary = Set(t);
        }
        Ok(())
    })
    .await
}
