//! Recording and correcting trainings.
use crate::error::{AppError, AppResult, Key};
use crate::programme::posts::{self, PostDate};
use crate::programme::{self, correct, NewRecord, Opened};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use chrono::NaiveDate;
use entity::training;
use sea_orm::Set;
use uuid::Uuid;

pub const MAX_TITLE: usize = 200;
pub const MAX_TEXT: usize = 4000;
/// A training is a day's work at most.
pub const MAX_HOURS: f64 = 24.0;

pub struct NewTraining {
    pub node_id: Uuid,
    pub held_on: NaiveDate,
    pub title: String,
    pub attendee_appointment_ids: Vec<Uuid>,
    pub topics: Option<String>,
    pub hours: Option<f64>,
    pub notes: Option<String>,
    pub photo_ids: Vec<Uuid>,
    pub document_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

/// Hours as whole minutes (stored so; a training is not timed finer).
pub fn minutes(hours: Option<f64>) -> AppResult<Option<i32>> {
    let Some(h) = hours else { return Ok(None) };
    if !h.is_finite() || h <= 0.0 || h > MAX_HOURS {
        return Err(AppError::input("hours", Key::TrainingHoursRange).with("max", MAX_HOURS));
    }
    Ok(Some((h * 60.0).round().max(1.0) as i32))
}

fn optional_text(field: &'static str, text: Option<String>) -> AppResult<Option<String>> {
    text.filter(|t| !t.trim().is_empty())
        .map(|t| validate::text(field, &t, MAX_TEXT))
        .transpose()
}

pub async fn record(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewTraining,
) -> AppResult<training::Model> {
    let title = validate::text("title", &new.title, MAX_TITLE)?;
    let topics = optional_text("topics", new.topics)?.unwrap_or_default();
    let notes = optional_text("notes", new.notes)?.unwrap_or_default();
    let duration = minutes(new.hours)?;
    posts::distinct("attendeeAppointmentIds", &new.attendee_appointment_ids)?;
    let draft = match programme::open::<training::Entity>(
        state,
        req,
        scope,
        NewRecord {
            kind: programme::RecordKind::Training,
            node_id: new.node_id,
            on: new.held_on,
            on_field: "heldOn",
            photo_ids: new.photo_ids,
            document_ids: new.document_ids,
            idempotency_key: new.idempotency_key,
        },
    )
    .await?
    {
        Opened::Existing(m) => return Ok(m),
        Opened::New(d) => d,
    };
    let attendees = posts::held_under(
        draft.txn(),
        "attendeeAppointmentIds",
        draft.node(),
        &new.attendee_appointment_ids,
        new.held_on,
    )
    .await?;
    let count = i32::try_from(attendees.len()).unwrap_or(i32::MAX);
    let mut ids: Vec<Uuid> = attendees.iter().map(|a| a.id).collect();
    ids.sort();
    posts::stamp(
        draft.txn(),
        req,
        scope,
        attendees,
        PostDate::Trained,
        new.held_on,
        state.now(),
    )
    .await?;
    draft
        .finish::<training::Entity>(training::ActiveModel {
            title: Set(title),
            attendee_appointment_ids: Set(programme::meetings::service::encode_ids(&ids)),
            attendee_count: Set(count),
            notes: Set(notes),
            topics: Set(topics),
            duration_minutes: Set(duration),
            ..Default::default()
        })
        .await
}

/// What a correction may change: the words and the length, not who
/// attended (their posts' training dates stand on the day as recorded).
pub struct TrainingCorrection {
    pub title: Option<String>,
    pub topics: Option<String>,
    pub hours: Option<f64>,
    pub notes: Option<String>,
}

pub async fn correct(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    version: i32,
    reason: &str,
    c: TrainingCorrection,
) -> AppResult<training::Model> {
    let title = c
        .title
        .map(|t| validate::text("title", &t, MAX_TITLE))
        .transpose()?;
    let topics = c
        .topics
        .map(|t| validate::text("topics", &t, MAX_TEXT))
        .transpose()?;
    let notes = c
        .notes
        .map(|t| validate::text("notes", &t, MAX_TEXT))
        .transpose()?;
    let duration = minutes(c.hours)?;
    correct::correct::<training::Entity>(state, req, scope, id, version, reason, move |m| {
        if let Some(t) = title {
            m.title = Set(t);
        }
        if let Some(t) = topics {
            m.topics = Set(t);
        }
        if let Some(t) = notes {
            m.notes = Set(t);
        }
        if duration.is_some() {
            m.duration_minutes = Set(duration);
        }
        Ok(())
    })
    .await
}
