//! Recording and correcting drills.
use crate::error::{AppError, AppResult, Key};
use crate::programme::{self, correct, NewRecord, Opened, RecordKind};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use chrono::NaiveDate;
use entity::drill;
use sea_orm::Set;
use uuid::Uuid;

pub const MAX_TITLE: usize = 200;
pub const MAX_TEXT: usize = 4000;
pub const MAX_COUNT: i32 = 10_000;

/// A head count: at least one, at most [`MAX_COUNT`].
pub fn count(field: &'static str, n: i32) -> AppResult<i32> {
    if !(1..=MAX_COUNT).contains(&n) {
        return Err(AppError::input(field, Key::RecordCountRange)
            .with("min", 1)
            .with("max", MAX_COUNT));
    }
    Ok(n)
}

/// Free text that may be left out (empty when it is).
pub fn optional_text(field: &'static str, text: Option<String>) -> AppResult<String> {
    Ok(text
        .filter(|t| !t.trim().is_empty())
        .map(|t| validate::text(field, &t, MAX_TEXT))
        .transpose()?
        .unwrap_or_default())
}

pub struct NewDrill {
    pub node_id: Uuid,
    pub held_on: NaiveDate,
    pub scenario: String,
    pub participant_count: i32,
    pub notes: Option<String>,
    pub photo_ids: Vec<Uuid>,
    pub document_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

pub async fn record(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewDrill,
) -> AppResult<drill::Model> {
    let scenario = validate::text("scenario", &new.scenario, MAX_TITLE)?;
    let participants = count("participantCount", new.participant_count)?;
    let notes = optional_text("notes", new.notes)?;
    let draft = match programme::open::<drill::Entity>(
        state,
        req,
        scope,
        NewRecord {
            kind: RecordKind::Drill,
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
    draft
        .finish::<drill::Entity>(drill::ActiveModel {
            scenario: Set(scenario),
            participant_count: Set(participants),
            notes: Set(notes),
            ..Default::default()
        })
        .await
}

#[allow(clippy::too_many_arguments)]
pub async fn correct(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    version: i32,
    reason: &str,
    scenario: Option<String>,
    participant_count: Option<i32>,
    notes: Option<String>,
) -> AppResult<drill::Model> {
    let scenario = scenario
        .map(|t| validate::text("scenario", &t, MAX_TITLE))
        .transpose()?;
    let participants = participant_count
        .map(|n| count("participantCount", n))
        .transpose()?;
    let notes = notes
        .map(|t| validate::text("notes", &t, MAX_TEXT))
        .transpose()?;
    correct::correct::<drill::Entity>(state, req, scope, id, version, reason, move |m| {
        if let Some(t) = scenario {
            m.scenario = Set(t);
        }
        if let Some(n) = participants {
            m.participant_count = Set(n);
        }
        if let Some(t) = notes {
            m.notes = Set(t);
        }
        Ok(())
    })
    .await
}
