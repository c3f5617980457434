//! Seasonal warnings (季节性提醒) a liaison or village gave: firewood and
//! straw, unsafe swimming, wild mushrooms, wasp nests, road traffic, fire,
//! with how many households were reached. The day is the China-time day of
//! `givenAt`.
use super::notes;
use super::talks::not_ahead;
use crate::error::{AppError, AppResult, Key};
use crate::inspections::month::china_day;
use crate::programme::{self, correct, NewRecord, Opened, RecordKind};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use chrono::{DateTime, Utc};
use entity::seasonal_warning::{self, WarningTopic};
use sea_orm::Set;
use uuid::Uuid;

pub const MAX_HOUSEHOLDS: i32 = 2000;

pub struct NewWarning {
    pub node_id: Uuid,
    pub topic: WarningTopic,
    pub given_at: DateTime<Utc>,
    pub households: i32,
    pub notes: Option<String>,
    pub photo_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

pub fn households(n: i32) -> AppResult<i32> {
    if !(0..=MAX_HOUSEHOLDS).contains(&n) {
        return Err(
            AppError::input("households", Key::WarningHouseholdsOutOfRange)
                .with("max", MAX_HOUSEHOLDS),
        );
    }
    Ok(n)
}

pub async fn record(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewWarning,
) -> AppResult<seasonal_warning::Model> {
    let reached = households(new.households)?;
    let notes = notes("notes", new.notes.as_deref())?;
    not_ahead("givenAt", new.given_at, state.now())?;
    let draft = match programme::open::<seasonal_warning::Entity>(
        state,
        req,
        scope,
        NewRecord {
            kind: RecordKind::SeasonalWarning,
            node_id: new.node_id,
            on: china_day(new.given_at),
            on_field: "givenAt",
            photo_ids: new.photo_ids,
            document_ids: Vec::new(),
            idempotency_key: new.idempotency_key,
        },
    )
    .await?
    {
        Opened::Existing(m) => return Ok(m),
        Opened::New(d) => d,
    };
    draft
        .finish::<seasonal_warning::Entity>(seasonal_warning::ActiveModel {
            topic: Set(new.topic),
            given_at: Set(new.given_at),
            households: Set(reached),
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
    topic: Option<WarningTopic>,
    reached: Option<i32>,
    new_notes: Option<String>,
) -> AppResult<seasonal_warning::Model> {
    let reached = reached.map(households).transpose()?;
    let notes = new_notes.map(|n| notes("notes", Some(&n))).transpose()?;
    correct::correct::<seasonal_warning::Entity>(state, req, scope, id, version, reason, move |m| {
        if let Some(t) = topic {
            m.topic = Set(t);
        }
        if let Some(n) = reached {
            m.households = Set(n);
        }
        if let Some(n) = notes {
            m.notes = Set(n);
        }
        Ok(())
    })
    .await
}
