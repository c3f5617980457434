//! Seasonal warnings the group liaison gives (附件3): firewood and straw
//! before the dry season, unsafe swimming in summer, wild mushrooms in the
//! rains, wasp nests in autumn, road traffic and fire all year.
use super::kinds::WarningTopic;
use super::write::{self, once_per_key, MAX_NOTES};
use crate::authz::Action;
use crate::error::AppResult;
use crate::photos::{self, PhotoOwner};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use chrono::{DateTime, Utc};
use entity::seasonal_warning;
use sea_orm::{ConnectionTrait, Set};
use uuid::Uuid;

/// A villager group has tens of households; the bound stops typos.
pub const MAX_HOUSEHOLDS: i32 = 2000;

pub struct NewWarning {
    pub node_id: Uuid,
    pub topic: WarningTopic,
    pub given_at: DateTime<Utc>,
    pub households: i32,
    pub notes: String,
    pub photo_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

pub async fn record(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewWarning,
) -> AppResult<seasonal_warning::Model> {
    once_per_key!(
        state,
        scope,
        seasonal_warning::Entity,
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
    new: NewWarning,
) -> AppResult<Option<seasonal_warning::Model>> {
    let (at, day) = write::done_at(state, "givenAt", new.given_at)?;
    let households = write::count("households", new.households, MAX_HOUSEHOLDS)?;
    let notes = crate::validate::text("notes", &new.notes, MAX_NOTES)?;
    let node = write::at_node(txn, scope, new.node_id, Action::RecordSeasonalWarning).await?;
    let now = state.now();
    let id = Uuid::new_v4();
    let Some(model) = crate::idempotency::insert(
        txn,
        seasonal_warning::ActiveModel {
            id: Set(id),
            node_id: Set(node.id),
            node_code: Set(node.code),
            topic: Set(new.topic.into()),
            given_at: Set(at),
            given_on: Set(day),
            households: Set(households),
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
            PhotoOwner::SeasonalWarning(id),
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
        "seasonal_warning",
        id,
        model.node_code,
        None::<&()>,
        &model,
    )
    .await?;
    Ok(Some(model))
}
