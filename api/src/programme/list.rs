//! Reading programme records: one by id (NOT_FOUND outside the subtree,
//! like a missing id), or a page of a subtree's in a period, newest first.
use super::entity::{Col, RecordEntity};
use crate::authz::{self, Authorized};
use crate::error::{self, AppError, AppResult};
use crate::grid::service as grid;
use crate::pagination::{self, Key, Page, Window};
use crate::scope::Scope;
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, QueryFilter, Select};
use uuid::Uuid;

/// A period of days, both ends included; either may be open.
#[derive(Copy, Clone, Debug, Default)]
pub struct Period {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Period {
    pub fn new(from: Option<NaiveDate>, to: Option<NaiveDate>) -> AppResult<Period> {
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                return Err(AppError::input("from", error::Key::PeriodFromAfterTo));
            }
        }
        Ok(Period { from, to })
    }

    /// A calendar year.
    pub fn year(year: i32) -> Period {
        Period {
            from: NaiveDate::from_ymd_opt(year, 1, 1),
            to: NaiveDate::from_ymd_opt(year, 12, 31),
        }
    }
}

pub async fn find<E: RecordEntity>(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<Authorized<E::Model>> {
    authz::find::<E>(db, scope, id, E::col(Col::NodeCode)).await
}

/// A page of `query` (the kind's own filters already on it) under `under`
/// (default: the caller's node) in `period`.
pub async fn list<E: RecordEntity>(
    db: &impl ConnectionTrait,
    scope: &Scope,
    under: Option<Uuid>,
    period: Period,
    query: Select<E>,
    page: Page,
) -> AppResult<(Vec<Authorized<E::Model>>, Window)> {
    let range = grid::range_under(db, scope, under).await?;
    let mut q = query.filter(E::col(Col::NodeCode).between(range.lo, range.hi));
    if let Some(from) = period.from {
        q = q.filter(E::col(Col::On).gte(from));
    }
    if let Some(to) = period.to {
        q = q.filter(E::col(Col::On).lte(to));
    }
    let order = [Key::desc(E::col(Col::On)), Key::desc(E::col(Col::Id))];
    let (rows, window) = pagination::fetch(db, q, &order, page).await?;
    Ok((authz::visible(scope, rows), window))
}
