//! Locking a county's year: every township's card is frozen as it stands
//! (a `scorecards` row with its parts, total and rank), in one transaction
//! with its audit row. After that the template and the items of the year
//! no longer change, and the ranking is the published one.
use super::card::{self, Card};
use super::service;
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::grid::code::Level;
use crate::grid::service as grid;
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::subsidies::standards::check_year;
use entity::{grid_node, scorecard};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};
use uuid::Uuid;

/// Whether the county's cards of `year` are locked.
pub async fn is_locked(db: &impl ConnectionTrait, county: i64, year: i32) -> AppResult<bool> {
    Ok(scorecard::Entity::find()
        .filter(scorecard::Column::CountyCode.eq(county))
        .filter(scorecard::Column::Year.eq(year))
        .count(db)
        .await?
        > 0)
}

pub fn locked_error(year: i32) -> AppError {
    AppError::input("year", Key::ScorecardLocked).with("year", year)
}

pub async fn lock(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    county_id: Uuid,
    year: i32,
) -> AppResult<()> {
    let year = check_year(year)?;
    let county = service::county(&state.db, scope, county_id).await?;
    authz::check(scope, Action::LockScorecards, &*county)?;
    let code = grid::grid_code(&county)?;
    let (_writer, txn) = state.begin_write().await?;
    if is_locked(&txn, code.code, year).await? {
        return Err(locked_error(year));
    }
    // The whole county: the county office sees every township.
    let range = code.subtree();
    let townships = grid_node::Entity::find()
        .filter(grid_node::Column::Code.between(range.lo, range.hi))
        .filter(grid_node::Column::Level.eq(Level::Township.number()))
        .order_by_asc(grid_node::Column::Code)
        .all(&txn)
        .await?;
    let cards: Vec<Card> =
        card::compute(&txn, code.code, range, townships, year, state.today()).await?;
    let now = state.now();
    let mut published = Vec::new();
    for (rank, c) in service::ranked(cards.iter().collect::<Vec<&Card>>()) {
        let parts = serde_json::to_string(&c.parts).map_err(AppError::internal)?;
        scorecard::ActiveModel {
            id: Set(c.id),
            county_code: Set(code.code),
            township_id: Set(c.township.id),
            township_code: Set(c.township.code),
            year: Set(year),
            total: Set(c.total),
            rank: Set(rank),
            parts: Set(parts),
            locked_by: Set(scope.account_id()),
            locked_at: Set(now),
        }
        .insert(&txn)
        .await?;
        published.push(serde_json::json!({
            "township": c.township.name, "total": c.total, "rank": rank
        }));
    }
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "lock",
            "scorecards",
            format!("{}:{year}", county.id),
        )
        .at_node(code.code)
        .after(&serde_json::json!({ "year": year, "ranking": published })),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
