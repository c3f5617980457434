//! Recording and correcting publicity sessions.
use crate::error::AppResult;
use crate::programme::drills::service::{count, optional_text, MAX_TEXT, MAX_TITLE};
use crate::programme::{self, correct, NewRecord, Opened, RecordKind};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use chrono::NaiveDate;
use entity::publicity;
use sea_orm::Set;
use uuid::Uuid;

pub struct NewPublicity {
    pub node_id: Uuid,
    pub held_on: NaiveDate,
    pub topic: String,
    pub audience_count: i32,
    pub notes: Option<String>,
    pub photo_ids: Vec<Uuid>,
    pub document_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

pub async fn record(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewPublicity,
) -> AppResult<publicity::Model> {
    let topic = validate::text("topic", &new.topic, MAX_TITLE)?;
    let audience = count("audienceCount", new.audience_count)?;
    let notes = optional_text("notes", new.notes)?;
    let draft = match programme::open::<publicity::Entity>(
        state,
        req,
        scope,
        NewRecord {
            kind: RecordKind::Publicity,
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
        .finish::<publicity::Entity>(publicity::ActiveModel {
            topic: Set(topic),
            audience_count: Set(audience),
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
    topic: Option<String>,
    audience_count: Option<i32>,
    notes: Option<String>,
) -> AppResult<publicity::Model> {
    let topic = topic
        .map(|t| validate::text("topic", &t, MAX_TITLE))
        .transpose()?;
    let audience = audience_count
        .map(|n| count("audienceCount", n))
        .transpose()?;
    let notes = notes
        .map(|t| validate::text("notes", &t, MAX_TEXT))
        .transpose()?;
    correct::correct::<publicity::Entity>(state, req, scope, id, version, reason, move |m| {
        if let Some(t) = topic {
            m.topic = Set(t);
        }
        if let Some(n) = audience {
            m.audience_count = Set(n);
        }
        if let Some(t) = notes {
            m.notes = Set(t);
        }
        Ok(())
    })
    .await
}
