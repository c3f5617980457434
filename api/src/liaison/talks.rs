//! 劝导: a persuasion talk with a driver (drink-driving, no helmet, people
//! riding on a cargo vehicle, …), optionally naming a vehicle of the same
//! group's register.
use super::kinds::PersuasionReason;
use super::refusals;
use super::write::{self, once_per_key, MAX_NOTES};
use crate::authz::Action;
use crate::error::{AppError, AppResult};
use crate::photos::{self, PhotoOwner};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use chrono::{DateTime, Utc};
use entity::persuasion;
use sea_orm::{ConnectionTrait, Set};
use uuid::Uuid;

pub struct NewPersuasion {
    pub node_id: Uuid,
    pub vehicle_id: Option<Uuid>,
    pub driver_name: String,
    pub talked_at: DateTime<Utc>,
    pub reason: PersuasionReason,
    pub notes: String,
    pub photo_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

pub async fn record(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewPersuasion,
) -> AppResult<persuasion::Model> {
    once_per_key!(
        state,
        scope,
        persuasion::Entity,
        &new.idempotency_key,
        |txn, key| { insert(&txn, state, req, scope, key.into(), new).await? }
    )
}

async fn insert(
    txn: &impl ConnectionTrait,
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    key: String,
    new: NewPersuasion,
) -> AppResult<Option<persuasion::Model>> {
    let (at, day) = write::done_at(state, "talkedAt", new.talked_at)?;
    let driver_name = crate::validate::name("driverName", &new.driver_name, 40)?;
    let notes = crate::validate::text("notes", &new.notes, MAX_NOTES)?;
    let node = write::at_node(txn, scope, new.node_id, Action::RecordPersuasion).await?;
    if let Some(vid) = new.vehicle_id {
        // A vehicle the caller cannot see reads as one that is elsewhere.
        let v = super::vehicles::find(txn, scope, vid)
            .await
            .map_err(|e| match e {
                AppError::NotFound => refusals::vehicle_elsewhere(),
                other => other,
            })?;
        if v.node_id != node.id {
            return Err(refusals::vehicle_elsewhere());
        }
    }
    let now = state.now();
    let id = Uuid::new_v4();
    let Some(model) = crate::idempotency::insert(
        txn,
        persuasion::ActiveModel {
            id: Set(id),
            node_id: Set(node.id),
            node_code: Set(node.code),
            vehicle_id: Set(new.vehicle_id),
            driver_name: Set(driver_name),
            talked_at: Set(at),
            talked_on: Set(day),
            reason: Set(new.reason.into()),
            notes: Set(notes),
            author_id: Set(scope.account_id()),
            idempotency_key: Set(key),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        },
    )
    .await?
    else {
        return Ok(None);
    };
    if !new.photo_ids.is_empty() {
        let max = state.settings.field.max_photos_per_record;
        photos::attach(
            txn,
            scope,
            &new.photo_ids,
            PhotoOwner::Persuasion(id),
            model.node_code,
            max,
        )
        .await?;
    }
    write::audited(
        txn,
        req,
        scope,
        "record",
        "persuasion",
        id,
        model.node_code,
        None::<&()>,
        &model,
    )
    .await?;
    Ok(Some(model))
}
