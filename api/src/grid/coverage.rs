//! Coverage (覆盖): every village needs a current village safety officer,
//! every villager group a current group safety liaison. Counts and gap lists
//! for a subtree, each one indexed query with a correlated EXISTS.
use crate::error::AppResult;
use crate::grid::code::{CodeRange, Level};
use crate::pagination::{self, Key, Page};
use crate::people::appointment_role::AppointmentRole;
use chrono::NaiveDate;
use entity::{appointment, grid_node};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// Which post covers a node of this level, if any.
pub fn post_for(level: Level) -> Option<AppointmentRole> {
    match level {
        Level::Village => Some(AppointmentRole::VillageOfficer),
        Level::Group => Some(AppointmentRole::GroupLiaison),
        _ => None,
    }
}

/// "Current on `day`": started, and not yet ended.
pub fn current_on(day: NaiveDate) -> Condition {
    Condition::all()
        .add(appointment::Column::StartDate.lte(day))
        .add(
            Condition::any()
                .add(appointment::Column::EndDate.is_null())
                .add(appointment::Column::EndDate.gt(day)),
        )
}

fn has_post(level: Level, day: NaiveDate) -> Option<sea_orm::sea_query::SimpleExpr> {
    let role = post_for(level)?;
    let sub = Query::select()
        .expr(Expr::val(1))
        .from(appointment::Entity)
        .and_where(
            Expr::col((appointment::Entity, appointment::Column::NodeId))
                .equals((grid_node::Entity, grid_node::Column::Id)),
        )
        .and_where(Expr::col((appointment::Entity, appointment::Column::Role)).eq(role.as_str()))
        .cond_where(current_on(day))
        .to_owned();
    Some(Expr::exists(sub))
}

fn level_in(range: CodeRange, level: Level) -> Condition {
    Condition::all()
        .add(grid_node::Column::Code.between(range.lo, range.hi))
        .add(grid_node::Column::Level.eq(level.number()))
}

pub struct Counts {
    pub total: u64,
    pub covered: u64,
}

pub async fn counts(
    db: &impl ConnectionTrait,
    range: CodeRange,
    level: Level,
    day: NaiveDate,
) -> AppResult<Counts> {
    let total = grid_node::Entity::find()
        .filter(level_in(range, level))
        .count(db)
        .await?;
    let covered = match has_post(level, day) {
        Some(exists) => {
            grid_node::Entity::find()
                .filter(level_in(range, level))
                .filter(exists)
                .count(db)
                .await?
        }
        None => 0,
    };
    Ok(Counts { total, covered })
}

/// Nodes of `level` in the range with nobody in post on `day`.
pub async fn gaps(
    db: &impl ConnectionTrait,
    range: CodeRange,
    level: Level,
    day: NaiveDate,
    page: Page,
) -> AppResult<(Vec<grid_node::Model>, pagination::Window)> {
    let Some(exists) = has_post(level, day) else {
        return Ok((vec![], pagination::Window::empty()));
    };
    let query = grid_node::Entity::find()
        .filter(level_in(range, level))
        .filter(exists.not());
    let order = [Key::asc(grid_node::Column::Code)];
    pagination::fetch(db, query, &order, page).await
}
