//! Assigning a leader their villages: the list given replaces the current
//! one from `since`. Villages no longer on it end that day; new ones start;
//! the rows are never deleted, so "who answered for this village in May"
//! keeps its answer.
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::grid::code::Level;
use crate::grid::service as grid;
use crate::people::appointments::{self, is_current};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use chrono::NaiveDate;
use entity::{appointment, grid_node, village_assignment};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use std::collections::BTreeSet;
use uuid::Uuid;

/// At most this many villages per leader (a township has a few dozen).
pub const MAX_VILLAGES: usize = 60;

/// Assignments in force on `day` (started, not yet ended).
pub fn in_force_on(day: NaiveDate) -> Condition {
    Condition::all()
        .add(village_assignment::Column::Since.lte(day))
        .add(
            Condition::any()
                .add(village_assignment::Column::Until.is_null())
                .add(village_assignment::Column::Until.gt(day)),
        )
}

pub fn holds_on(a: &village_assignment::Model, day: NaiveDate) -> bool {
    a.since <= day && a.until.is_none_or(|u| u > day)
}

pub async fn assign(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    appointment_id: Uuid,
    village_ids: Vec<Uuid>,
    since: NaiveDate,
) -> AppResult<appointment::Model> {
    validate::work_date("since", since, req.today())?;
    let wanted: BTreeSet<Uuid> = village_ids.into_iter().collect();
    if wanted.len() > MAX_VILLAGES {
        return Err(
            AppError::input("villageIds", Key::LeaderTooManyVillages).with("max", MAX_VILLAGES)
        );
    }
    let (_w, txn) = state.begin_write().await?;
    let leader = appointments::find(&txn, scope, appointment_id).await?;
    authz::check(scope, Action::AssignVillages, &leader)?;
    if !is_current(&leader, since) {
        return Err(AppError::input("since", Key::LeaderNotInPost));
    }
    let township = grid::find(&txn, scope, leader.node_id).await?;
    let township_range = grid::grid_code(&township)?.subtree();
    let villages = villages_of(&txn, scope, &wanted).await?;
    if villages
        .iter()
        .any(|v| v.level != Level::Village.number() || !township_range.contains(v.code))
    {
        return Err(AppError::input("villageIds", Key::LeaderVillageOutside));
    }
    let before = current(&txn, leader.id, since).await?;
    let now = req.now();
    for old in before.iter().filter(|a| !wanted.contains(&a.village_id)) {
        let mut active: village_assignment::ActiveModel = old.clone().into();
        active.until = Set(Some(since.max(old.since)));
        active.update(&txn).await?;
    }
    let kept: BTreeSet<Uuid> = before.iter().map(|a| a.village_id).collect();
    for v in villages.iter().filter(|v| !kept.contains(&v.id)) {
        village_assignment::ActiveModel {
            id: Set(Uuid::new_v4()),
            appointment_id: Set(leader.id),
            village_id: Set(v.id),
            village_code: Set(v.code),
            township_code: Set(township.code),
            since: Set(since),
            until: Set(None),
            created_by: Set(scope.account_id()),
            created_at: Set(now),
        }
        .insert(&txn)
        .await?;
    }
    let after = current(&txn, leader.id, since).await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "assign_villages",
            "appointment",
            leader.id.to_string(),
        )
        .at_node(leader.node_code)
        .before(&before)
        .after(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(leader)
}

/// The villages asked for, each one the caller can see (NOT_FOUND, like a
/// missing id, for any other).
async fn villages_of(
    db: &impl ConnectionTrait,
    scope: &Scope,
    ids: &BTreeSet<Uuid>,
) -> AppResult<Vec<grid_node::Model>> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    let found = grid_node::Entity::find()
        .filter(grid_node::Column::Id.is_in(ids.iter().copied()))
        .filter(authz::subtree(scope, grid_node::Column::Code))
        .order_by_asc(grid_node::Column::Code)
        .all(db)
        .await?;
    if found.len() != ids.len() {
        return Err(AppError::NotFound);
    }
    Ok(found)
}

/// The leader's assignments in force on `day`, in grid order.
async fn current(
    db: &impl ConnectionTrait,
    appointment_id: Uuid,
    day: NaiveDate,
) -> AppResult<Vec<village_assignment::Model>> {
    Ok(village_assignment::Entity::find()
        .filter(village_assignment::Column::AppointmentId.eq(appointment_id))
        .filter(in_force_on(day))
        .order_by_asc(village_assignment::Column::VillageCode)
        .all(db)
        .await?)
}
