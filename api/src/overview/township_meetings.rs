//! The township column of the month: each township in the subtree and its
//! monthly safety meeting (安全生产例会, a `TOWNSHIP_MONTHLY` meeting held in
//! the month), and whether the grid work was on its agenda. Two statements
//! for any subtree.
use crate::error::AppResult;
use crate::grid::code::{CodeRange, Level};
use crate::inspections::Month;
use crate::programme::meetings::MeetingKind;
use entity::{grid_node, meeting};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

pub struct TownshipMeeting {
    pub township: grid_node::Model,
    /// The month's meeting: one that covered the grid work if any did,
    /// else the first held.
    pub meeting: Option<meeting::Model>,
}

pub async fn load(
    db: &impl ConnectionTrait,
    range: CodeRange,
    month: Month,
) -> AppResult<Vec<TownshipMeeting>> {
    let townships = grid_node::Entity::find()
        .filter(grid_node::Column::Code.between(range.lo, range.hi))
        .filter(grid_node::Column::Level.eq(Level::Township.number()))
        .order_by_asc(grid_node::Column::Code)
        .all(db)
        .await?;
    if townships.is_empty() {
        return Ok(vec![]);
    }
    let mut held: HashMap<Uuid, meeting::Model> = HashMap::new();
    for m in meeting::Entity::find()
        .filter(meeting::Column::NodeCode.between(range.lo, range.hi))
        .filter(meeting::Column::Kind.eq(MeetingKind::TownshipMonthly))
        .filter(meeting::Column::HeldOn.between(month.first_day(), month.last_day()))
        .order_by_asc(meeting::Column::HeldOn)
        .all(db)
        .await?
    {
        let better = held
            .get(&m.node_id)
            .is_none_or(|kept| !kept.covers_grid_work && m.covers_grid_work);
        if better {
            held.insert(m.node_id, m);
        }
    }
    Ok(townships
        .into_iter()
        .map(|t| TownshipMeeting {
            meeting: held.remove(&t.id),
            township: t,
        })
        .collect())
}
