//! A node's month at a glance, one row per child: quota work done and
//! expected, leader visits, hazards open/overdue/closed. A fixed number of
//! statements whatever the number of children: every count is grouped by
//! the child's part of the grid code (`node_code / 10^k`), never queried
//! child by child.
use crate::error::AppResult;
use crate::grid::code::{CodeRange, GridCode};
use crate::hazards::lifecycle;
use crate::inspections::Month;
use crate::overview::posts::{self, PostQuota};
use crate::state::AppState;
use chrono::NaiveDate;
use entity::{grid_node, hazard};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

pub struct ChildMonth {
    pub node: grid_node::Model,
    pub inspections_done: u32,
    pub inspections_counted: u32,
    pub inspections_expected: u32,
    pub completeness_rate: f64,
    pub leader_visits_done: u32,
    pub hazards_open: u32,
    pub hazards_overdue: u32,
    pub hazards_closed: u32,
}

const KEY: &str = "child_key";

/// Rows for each child of `node` (already checked to be in scope).
pub async fn rows(
    state: &AppState,
    node: GridCode,
    node_id: uuid::Uuid,
    month: Month,
) -> AppResult<Vec<ChildMonth>> {
    let db = &state.db;
    let Some(child_level) = node.level.child() else {
        return Ok(vec![]);
    };
    // A child's code is its subtree's codes rounded down to this unit.
    let unit = 10_i64.pow(15 - child_level.digits());
    let range = node.subtree();
    let children = grid_node::Entity::find()
        .filter(grid_node::Column::ParentId.eq(node_id))
        .filter(grid_node::Column::Code.between(range.lo, range.hi))
        .order_by_asc(grid_node::Column::Code)
        .all(db)
        .await?;
    let posts = posts::load(db, range, month, &state.settings.field).await?;
    let visits = leader_visits(db, range, month, unit).await?;
    let hazards = hazard_counts(db, range, month, unit, state.today()).await?;

    let mut by_child: HashMap<i64, Vec<&PostQuota>> = HashMap::new();
    for p in &posts {
        by_child
            .entry(p.appointment.node_code / unit)
            .or_default()
            .push(p);
    }
    Ok(children
        .into_iter()
        .map(|child| {
            let key = child.code / unit;
            let own = by_child.remove(&key).unwrap_or_default();
            let h = hazards.get(&key).copied().unwrap_or_default();
            ChildMonth {
                inspections_done: own.iter().map(|p| p.done).sum(),
                inspections_counted: posts::counted(own.iter().copied()),
                inspections_expected: own.iter().map(|p| p.expected).sum(),
                completeness_rate: posts::completeness(own.iter().copied()),
                leader_visits_done: visits.get(&key).copied().unwrap_or(0),
                hazards_open: h.open,
                hazards_overdue: h.overdue,
                hazards_closed: h.closed,
                node: child,
            }
        })
        .collect())
}

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Counted leader visits (at an assigned village) by child.
async fn leader_visits(
    db: &impl ConnectionTrait,
    range: CodeRange,
    month: Month,
    unit: i64,
) -> AppResult<HashMap<i64, u32>> {
    let mut out: HashMap<i64, u32> = HashMap::new();
    for v in crate::leaders::visits::counted(db, range, month).await? {
        *out.entry(v.village_code / unit).or_default() += 1;
    }
    Ok(out)
}

#[derive(Copy, Clone, Default)]
struct HazardCounts {
    open: u32,
    overdue: u32,
    closed: u32,
}

/// Hazards by where they were found: open now, open past their deadline,
/// and closed (or fixed on the spot) during the month. One statement.
async fn hazard_counts(
    db: &impl ConnectionTrait,
    range: CodeRange,
    month: Month,
    unit: i64,
    today: NaiveDate,
) -> AppResult<HashMap<i64, HazardCounts>> {
    let open = || hazard::Column::State.is_in(lifecycle::OPEN_STATES);
    let (start, end) = month.instants();
    // COUNT of a CASE without ELSE counts the rows where it holds; unlike
    // SUM it is a 64-bit integer on both databases.
    let when = |cond: sea_orm::sea_query::SimpleExpr| Func::count(Expr::case(cond, 1));
    let rows: Vec<(i64, i64, i64, i64)> = hazard::Entity::find()
        .select_only()
        .expr_as(Expr::col(hazard::Column::NodeCode).div(unit), KEY)
        .expr_as(when(open()), "open")
        .expr_as(
            when(crate::hazards::queries::overdue_expr(today)),
            "overdue",
        )
        .expr_as(
            when(
                hazard::Column::State
                    .is_in(lifecycle::CLOSED_STATES)
                    .and(hazard::Column::ClosedAt.gte(start))
                    .and(hazard::Column::ClosedAt.lt(end)),
            ),
            "closed",
        )
        .filter(hazard::Column::NodeCode.between(range.lo, range.hi))
        .group_by(Expr::col(Alias::new(KEY)))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(k, open, overdue, closed)| {
            (
                k,
                HazardCounts {
                    open: count(open),
                    overdue: count(overdue),
                    closed: count(closed),
                },
            )
        })
        .collect())
}
