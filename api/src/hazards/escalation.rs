//! 上报: passing a hazard one level up — group → village → township →
//! county — by hand when the level cannot fix it, or by the server when it
//! is still open past its deadline. The county is the top: a county office
//! does not pass its hazards on through this system.
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::grid::code::Level;
use crate::hazards::access;
use crate::hazards::lifecycle::HazardAction;
use crate::hazards::queries;
use crate::hazards::steps::{self, Actor, Step};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use entity::{grid_node, hazard};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::sync::Arc;
use std::time::Duration;
use uuid::Uuid;

/// The node above the handling node, unless the hazard already sits at
/// county level (or above, where a township hangs directly off a city).
async fn next_level_up(
    db: &impl ConnectionTrait,
    h: &hazard::Model,
) -> AppResult<Option<grid_node::Model>> {
    if h.handling_level <= Level::County.number() {
        return Ok(None);
    }
    let handling = grid_node::Entity::find_by_id(h.handling_node_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("handling node of {} gone", h.id)))?;
    match handling.parent_id {
        None => Ok(None),
        Some(pid) => Ok(grid_node::Entity::find_by_id(pid).one(db).await?),
    }
}

/// By hand: the handling level says it cannot fix this one.
pub async fn escalate(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    reason: &str,
) -> AppResult<hazard::Model> {
    let reason = validate::text("reason", reason, 1000)?;
    let h = access::begin(state, scope, id, Action::Escalate).await?;
    let up = next_level_up(&h.txn, &h.hazard)
        .await?
        .ok_or_else(|| AppError::input("id", Key::HazardAlreadyAtCounty))?;
    let actor = access::actor(state, req, scope);
    let mut step = Step::new(HazardAction::Escalate).note(reason);
    step.handling = Some((up.id, up.code, up.level));
    let (saved, _) = steps::apply(&h.txn, actor, h.hazard, step, |_| {}).await?;
    h.txn.commit().await?;
    Ok(saved)
}

/// What one round did: how many hazards moved up, how many could not be
/// moved (each logged with its id and cause).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Round {
    pub moved: u64,
    pub failed: u64,
}

/// Raises every hazard overdue today (by the configured clock, which also
/// stamps the steps) by one level, unless it was
/// escalated within the last `interval_days` (so it climbs one level per
/// interval, not all the way in one night). Returns how many moved.
pub async fn escalate_overdue(state: &AppState) -> AppResult<u64> {
    Ok(round(state).await?.moved)
}

/// The round itself. Each hazard is its own transaction: one that fails is
/// logged and counted, and the round goes on with the others.
pub async fn round(state: &AppState) -> AppResult<Round> {
    let today = state.today();
    let interval = state.settings.field.escalation_interval_days;
    let quiet_since = today - chrono::Duration::days(interval);
    let due = hazard::Entity::find()
        .filter(queries::overdue_condition(today))
        .filter(hazard::Column::HandlingLevel.gt(Level::County.number()))
        .filter(
            sea_orm::Condition::any()
                .add(hazard::Column::LastEscalatedOn.is_null())
                .add(hazard::Column::LastEscalatedOn.lte(quiet_since)),
        )
        .order_by_asc(hazard::Column::Deadline)
        .all(&state.db)
        .await?;
    let mut done = Round::default();
    for candidate in due {
        match escalate_one(state, &candidate, today).await {
            Ok(true) => done.moved += 1,
            Ok(false) => {}
            Err(err) => {
                done.failed += 1;
                tracing::error!(hazard = %candidate.id, error = ?err, "could not escalate an overdue hazard; going on with the others");
            }
        }
    }
    if done.moved > 0 || done.failed > 0 {
        tracing::info!(moved = done.moved, failed = done.failed, %today, "overdue hazards escalated");
    }
    Ok(done)
}

/// One overdue hazard up one level, in its own transaction; false when it
/// no longer needs it (someone acted since the round read it).
async fn escalate_one(
    state: &AppState,
    candidate: &hazard::Model,
    today: chrono::NaiveDate,
) -> AppResult<bool> {
    let (_w, txn) = state.begin_write().await?;
    // Read again inside the write transaction (which holds the database's
    // writer lock): another server or a cron run may have acted since.
    let Some(h) = hazard::Entity::find_by_id(candidate.id).one(&txn).await? else {
        return Ok(false);
    };
    if !queries::is_overdue(&h, today) || h.version != candidate.version {
        return Ok(false);
    }
    let Some(up) = next_level_up(&txn, &h).await? else {
        return Ok(false);
    };
    let actor = Actor {
        account_id: None,
        request_id: "escalate-overdue",
        now: state.now(),
    };
    let deadline = h.deadline;
    let mut step = Step::new(HazardAction::AutoEscalate).note(format!(
        "逾期未整改，自动上报 (overdue since {})",
        deadline.map(|d| d.to_string()).unwrap_or_default()
    ));
    step.handling = Some((up.id, up.code, up.level));
    steps::apply(
        &txn,
        actor,
        authz::server_round(h, Action::Escalate),
        step,
        |_| {},
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// The server's own escalation round, every `every` (first shortly after
/// start). Uses the configured clock, so a fixed clock in tests means a
/// fixed "today".
pub fn spawn_background(state: Arc<AppState>, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(every);
        loop {
            ticker.tick().await;
            if let Err(err) = escalate_overdue(&state).await {
                tracing::error!(error = ?err, "overdue escalation round failed");
            }
        }
    })
}
