//! Reading cards: one township's, a county's ranking, a card by its id.
//! Every read goes through the caller's scope: a township outside it is
//! NOT_FOUND like a missing id, and a card comes back only as a read proof.
use super::card::{self, Card};
use crate::authz::{self, Action, Authorized};
use crate::error::{AppError, AppResult, Key};
use crate::grid::code::{CodeRange, GridCode, Level};
use crate::grid::service as grid;
use crate::scope::Scope;
use crate::subsidies::standards::{check_year, county_of};
use chrono::{Datelike, NaiveDate};
use entity::{grid_node, scorecard};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// The township a card is asked for, as the caller may see it.
async fn township(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<(grid_node::Model, GridCode)> {
    let node = grid::find(db, scope, id).await?.into_inner();
    let code = grid::grid_code(&node)?;
    if code.level != Level::Township {
        return Err(AppError::input("townshipId", Key::ScorecardTownshipOnly));
    }
    let county = county_of(code).ok_or(AppError::NotFound)?;
    Ok((node, county))
}

/// One township's card for a year.
pub async fn card_of(
    db: &impl ConnectionTrait,
    scope: &Scope,
    township_id: Uuid,
    year: i32,
    today: NaiveDate,
) -> AppResult<Authorized<Card>> {
    let year = check_year(year)?;
    let (node, county) = township(db, scope, township_id).await?;
    let range = grid::grid_code(&node)?.subtree();
    let cards = card::compute(db, county.code, range, vec![node], year, today).await?;
    let card = cards.into_iter().next().ok_or(AppError::NotFound)?;
    authz::authorize(scope, Action::Read, card)
}

/// The county the caller asks about, which it must be able to see.
pub async fn county(
    db: &impl ConnectionTrait,
    scope: &Scope,
    county_id: Uuid,
) -> AppResult<Authorized<grid_node::Model>> {
    let node = grid::find(db, scope, county_id).await?;
    if node.level != Level::County.number() {
        return Err(AppError::input("countyId", Key::ScorecardAtCounty));
    }
    Ok(node)
}

/// The townships of `county` the caller may see, in code order.
async fn townships_in(
    db: &impl ConnectionTrait,
    range: CodeRange,
) -> AppResult<Vec<grid_node::Model>> {
    Ok(grid_node::Entity::find()
        .filter(grid_node::Column::Code.between(range.lo, range.hi))
        .filter(grid_node::Column::Level.eq(Level::Township.number()))
        .order_by_asc(grid_node::Column::Code)
        .all(db)
        .await?)
}

/// Every township's card in the county for a year, best first (equal
/// totals share a rank; before the lock the rank is the standing so far).
pub async fn ranking(
    db: &impl ConnectionTrait,
    scope: &Scope,
    county_id: Uuid,
    year: i32,
    today: NaiveDate,
) -> AppResult<Vec<(i32, Authorized<Card>)>> {
    let year = check_year(year)?;
    let county = county(db, scope, county_id).await?;
    let code = grid::grid_code(&county)?;
    let range = scope.narrow(Some(code))?;
    let townships = townships_in(db, range).await?;
    let cards = card::compute(db, code.code, range, townships, year, today).await?;
    Ok(ranked(authz::visible(scope, cards)))
}

/// The cards with their ranks, best first (code order among equals).
pub fn ranked<T: std::ops::Deref<Target = Card>>(cards: Vec<T>) -> Vec<(i32, T)> {
    let totals: Vec<i32> = cards.iter().map(|c| c.total).collect();
    let ranks = card::ranks(&totals);
    let mut out: Vec<(i32, T)> = ranks.into_iter().zip(cards).collect();
    out.sort_by_key(|(rank, c)| (*rank, c.township.code));
    out
}

/// A card by its id: a locked one is stored; an open one's id is made from
/// its township and year, so it is matched against the townships the
/// caller may see, for the years a card can be asked for.
pub async fn find(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
    today: NaiveDate,
) -> AppResult<Authorized<Card>> {
    let stored = authz::scoped::<scorecard::Entity>(scope.range(), scorecard::Column::TownshipCode)
        .filter(scorecard::Column::Id.eq(id))
        .one(db)
        .await?;
    if let Some(s) = stored {
        return card_of(db, scope, s.township_id, s.year, today).await;
    }
    let townships = townships_in(db, scope.range()).await?;
    for year in 2000..=today.year() + 1 {
        if let Some(t) = townships.iter().find(|t| card::card_id(t.id, year) == id) {
            return card_of(db, scope, t.id, year, today).await;
        }
    }
    Err(AppError::NotFound)
}
