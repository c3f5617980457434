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
        .and_where(Expr::col((appointment::Entity, appointment::Column::Role)).eq(role))
        .cond_where(current_on(day))
        .to_owned();
    Some(Expr::exists(sub))
}

fn level_in(range: CodeRange, level: Level) -> Condition {
    Condition::all()
        .add(grid_node::Column::Code.between(range.lo, range.hi))
        .add(grid_node::Column::Level.eq(level.number()))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// `counts` for many subtrees at once (a page of child nodes), in two
/// grouped statements per level and subtree size, however many there are.
/// Subtrees are aligned code ranges (a node's code with its free digits
/// zero), so `code / size` names the subtree a row falls in.
pub async fn counts_for_subtrees(
    db: &impl ConnectionTrait,
    keys: &[crate::authz::loaders::CoverageOf],
    day: NaiveDate,
) -> AppResult<std::collections::HashMap<crate::authz::loaders::CoverageOf, Counts>> {
    use sea_orm::QuerySelect;
    use std::collections::HashMap;
    let mut groups: HashMap<(i16, i64), Vec<crate::authz::loaders::CoverageOf>> = HashMap::new();
    for k in keys {
        groups
            .entry((k.level, k.hi - k.lo + 1))
            .or_default()
            .push(*k);
    }
    let mut out = HashMap::new();
    for ((level_number, size), members) in groups {
        let Some(level) = Level::from_number(level_number) else {
            continue;
        };
        let span = CodeRange {
            lo: members.iter().map(|k| k.lo).min().unwrap_or(0),
            hi: members.iter().map(|k| k.hi).max().unwrap_or(-1),
        };
        let prefix = Expr::col(grid_node::Column::Code).div(size);
        let grouped = |covered: Option<sea_orm::sea_query::SimpleExpr>| {
            let mut q = grid_node::Entity::find()
                .select_only()
                .column_as(prefix.clone(), "p")
                .column_as(grid_node::Column::Id.count(), "n")
                .filter(level_in(span, level));
            if let Some(exists) = covered {
                q = q.filter(exists);
            }
            // By the output name: PostgreSQL does not see `code / $1` and
            // `code / $2` as one expression.
            q.group_by(Expr::col(sea_orm::sea_query::Alias::new("p")))
                .into_tuple::<(i64, i64)>()
        };
        let totals: HashMap<i64, i64> = grouped(None).all(db).await?.into_iter().collect();
        let covered: HashMap<i64, i64> = match has_post(level, day) {
            Some(exists) => grouped(Some(exists)).all(db).await?.into_iter().collect(),
            None => HashMap::new(),
        };
        for k in members {
            let p = k.lo / size;
            out.insert(
                k,
                Counts {
                    total: totals.get(&p).copied().unwrap_or(0) as u64,
                    covered: covered.get(&p).copied().unwrap_or(0) as u64,
                },
            );
        }
    }
    Ok(out)
}
