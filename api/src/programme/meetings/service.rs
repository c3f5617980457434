//! Recording and correcting meetings.
use super::MeetingKind;
use crate::error::{AppError, AppResult, Key};
use crate::programme::{self, correct, NewRecord, Opened};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use chrono::NaiveDate;
use entity::{meeting, person};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

pub const MAX_TEXT: usize = 4000;
pub const MAX_ATTENDEES: usize = 200;

pub struct NewMeeting {
    pub node_id: Uuid,
    pub kind: MeetingKind,
    pub held_on: NaiveDate,
    pub topics: String,
    pub covers_grid_work: bool,
    pub attendee_ids: Vec<Uuid>,
    pub attendee_count: Option<i32>,
    pub minutes: String,
    pub photo_ids: Vec<Uuid>,
    pub document_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

/// Named attendees are persons the caller can see, each once.
pub async fn attendees(
    db: &impl ConnectionTrait,
    scope: &Scope,
    ids: &[Uuid],
) -> AppResult<Vec<Uuid>> {
    let mut unique = ids.to_vec();
    unique.sort();
    unique.dedup();
    if unique.len() > MAX_ATTENDEES {
        return Err(
            AppError::input("attendeeIds", Key::MeetingTooManyAttendees).with("max", MAX_ATTENDEES)
        );
    }
    if unique.is_empty() {
        return Ok(unique);
    }
    let found = person::Entity::find()
        .filter(person::Column::Id.is_in(unique.clone()))
        .filter(crate::authz::subtree(scope, person::Column::NodeCode))
        .count(db)
        .await?;
    if found != unique.len() as u64 {
        return Err(AppError::input("attendeeIds", Key::MeetingAttendeeUnknown));
    }
    Ok(unique)
}

/// Everyone present: at least the named attendees.
pub fn headcount(count: Option<i32>, named: usize) -> AppResult<i32> {
    let named = i32::try_from(named).unwrap_or(i32::MAX);
    let count = count.unwrap_or(named);
    if count < named || count > 10_000 {
        return Err(AppError::input(
            "attendeeCount",
            Key::MeetingCountBelowNamed,
        ));
    }
    Ok(count)
}

pub async fn record(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewMeeting,
) -> AppResult<meeting::Model> {
    let topics = validate::text("topics", &new.topics, MAX_TEXT)?;
    let minutes = validate::text("minutes", &new.minutes, MAX_TEXT)?;
    let draft = match programme::open::<meeting::Entity>(
        state,
        req,
        scope,
        NewRecord {
            kind: super::record_kind(new.kind),
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
    let named = attendees(draft.txn(), scope, &new.attendee_ids).await?;
    let count = headcount(new.attendee_count, named.len())?;
    draft
        .finish::<meeting::Entity>(meeting::ActiveModel {
            kind: Set(new.kind),
            topics: Set(topics),
            covers_grid_work: Set(new.covers_grid_work),
            attendee_ids: Set(encode_ids(&named)),
            attendee_count: Set(count),
            minutes: Set(minutes),
            ..Default::default()
        })
        .await
}

pub struct MeetingCorrection {
    pub topics: Option<String>,
    pub covers_grid_work: Option<bool>,
    pub attendee_count: Option<i32>,
    pub minutes: Option<String>,
}

pub async fn correct(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    version: i32,
    reason: &str,
    c: MeetingCorrection,
) -> AppResult<meeting::Model> {
    let topics = c
        .topics
        .map(|t| validate::text("topics", &t, MAX_TEXT))
        .transpose()?;
    let minutes = c
        .minutes
        .map(|t| validate::text("minutes", &t, MAX_TEXT))
        .transpose()?;
    let count = c
        .attendee_count
        .map(|n| headcount(Some(n), 0))
        .transpose()?;
    correct::correct::<meeting::Entity>(state, req, scope, id, version, reason, move |m| {
        if let Some(t) = topics {
            m.topics = Set(t);
        }
        if let Some(g) = c.covers_grid_work {
            m.covers_grid_work = Set(g);
        }
        if let Some(n) = count {
            m.attendee_count = Set(n);
        }
        if let Some(t) = minutes {
            m.minutes = Set(t);
        }
        Ok(())
    })
    .await
}

/// Stored as a JSON array of ids.
pub fn encode_ids(ids: &[Uuid]) -> String {
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())
}

pub fn decode_ids(stored: &str) -> Vec<Uuid> {
    serde_json::from_str(stored).unwrap_or_default()
}
