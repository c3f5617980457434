//! Reading the liaison records: one by id (NOT_FOUND outside the subtree),
//! or a page of a subtree's in a period, newest first. One function for
//! every kind; each kind names its grid-code and day columns and adds its
//! own filters as a condition.
use crate::authz::{self, Authorized, Guarded};
use crate::error::{AppError, AppResult};
use crate::grid::service as grid;
use crate::pagination::{self, Key, Page, Window};
use crate::scope::Scope;
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, PrimaryKeyTrait, QueryFilter};
use uuid::Uuid;

/// Days from `from` to `to`, both inclusive, either open.
#[derive(Clone, Copy, Debug, Default)]
pub struct Period {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Period {
    pub fn new(from: Option<NaiveDate>, to: Option<NaiveDate>) -> AppResult<Period> {
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                return Err(AppError::bad_input(
                    "to",
                    "结束日期早于开始日期 (to is before from)",
                ));
            }
        }
        Ok(Period { from, to })
    }

    fn condition(self, day: impl ColumnTrait) -> Condition {
        let mut c = Condition::all();
        if let Some(f) = self.from {
            c = c.add(day.gte(f));
        }
        if let Some(t) = self.to {
            c = c.add(day.lte(t));
        }
        c
    }
}

pub async fn find<E>(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
    code: E::Column,
) -> AppResult<Authorized<E::Model>>
where
    E: EntityTrait,
    E::PrimaryKey: PrimaryKeyTrait<ValueType = Uuid>,
    E::Model: Guarded,
{
    authz::find::<E>(db, scope, id, code).await
}

/// What a list asks of one kind's table.
pub struct Listing<E: EntityTrait> {
    pub code: E::Column,
    pub day: E::Column,
    pub id: E::Column,
    pub extra: Condition,
}

pub async fn list<E>(
    db: &impl ConnectionTrait,
    scope: &Scope,
    under: Option<Uuid>,
    period: Period,
    listing: Listing<E>,
    page: Page,
) -> AppResult<(Vec<Authorized<E::Model>>, Window)>
where
    E: EntityTrait,
    E::Model: Guarded + Send + Sync,
{
    let range = grid::range_under(db, scope, under).await?;
    let q = E::find()
        .filter(listing.code.between(range.lo, range.hi))
        .filter(period.condition(listing.day))
        .filter(listing.extra);
    let order = [Key::desc(listing.day), Key::desc(listing.id)];
    let (rows, window) = pagination::fetch(db, q, &order, page).await?;
    Ok((authz::visible(scope, rows), window))
}
