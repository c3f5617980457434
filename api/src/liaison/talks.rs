//! Persuasion talks (劝导) with drivers: drink-driving, no helmet,
//! passengers on a cargo vehicle, …; about a vehicle of the group's
//! register when it is one. The day is the China-time day of `talkedAt`.
use super::{notes, MAX_NAME};
use crate::error::{AppError, AppResult, Key};
use crate::inspections::month::china_day;
use crate::programme::{self, correct, NewRecord, Opened, RecordKind};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use chrono::{DateTime, Duration, Utc};
use entity::persuasion::{self, PersuasionReason};
use entity::vehicle;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

pub struct NewTalk {
    pub node_id: Uuid,
    pub vehicle_id: Option<Uuid>,
    pub driver_name: String,
    pub talked_at: DateTime<Utc>,
    pub reason: PersuasionReason,
    pub notes: Option<String>,
    pub photo_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

/// A moment from the phone: at most a few minutes ahead of the server.
pub fn not_ahead(field: &'static str, at: DateTime<Utc>, now: DateTime<Utc>) -> AppResult<()> {
    if at > now + Duration::minutes(10) {
        return Err(AppError::input(field, Key::RecordDayInFuture));
    }
    Ok(())
}

pub async fn record(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewTalk,
) -> AppResult<persuasion::Model> {
    let driver = validate::name("driverName", &new.driver_name, MAX_NAME)?;
    let notes = notes("notes", new.notes.as_deref())?;
    not_ahead("talkedAt", new.talked_at, state.now())?;
    let draft = match programme::open::<persuasion::Entity>(
        state,
        req,
        scope,
        NewRecord {
            kind: RecordKind::Persuasion,
            node_id: new.node_id,
            on: china_day(new.talked_at),
            on_field: "talkedAt",
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
    if let Some(vid) = new.vehicle_id {
        let in_group = vehicle::Entity::find()
            .filter(vehicle::Column::Id.eq(vid))
            .filter(vehicle::Column::NodeCode.eq(draft.node().code))
            .count(draft.txn())
            .await?;
        if in_group == 0 {
            return Err(AppError::input("vehicleId", Key::PersuasionVehicleUnknown));
        }
    }
    draft
        .finish::<persuasion::Entity>(persuasion::ActiveModel {
            vehicle_id: Set(new.vehicle_id),
            driver_name: Set(driver),
            talked_at: Set(new.talked_at),
            reason: Set(new.reason),
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
    why: &str,
    reason: Option<PersuasionReason>,
    driver_name: Option<String>,
    new_notes: Option<String>,
) -> AppResult<persuasion::Model> {
    let driver = driver_name
        .map(|d| validate::name("driverName", &d, MAX_NAME))
        .transpose()?;
    let notes = new_notes.map(|n| notes("notes", Some(&n))).transpose()?;
    correct::correct::<persuasion::Entity>(state, req, scope, id, version, why, move |m| {
        if let Some(r) = reason {
            m.reason = Set(r);
        }
        if let Some(d) = driver {
            m.driver_name = Set(d);
        }
        if let Some(n) = notes {
            m.notes = Set(n);
        }
        Ok(())
    })
    .await
}
