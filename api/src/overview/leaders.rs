//! Leader visits (包村领导走访): each township leader visits the assigned
//! village at least `quota_leader_visit` times a month. Leaders hold no
//! appointment, so visits are counted per account: LEADER accounts at a
//! township inside the subtree, and the LEADER_VISIT records they wrote.
use crate::error::AppResult;
use crate::grid::code::{CodeRange, Level};
use crate::inspections::{InspectionKind, Month};
use entity::{account, grid_node, inspection, person};
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;
use uuid::Uuid;

pub struct LeaderVisits {
    pub name: String,
    pub node: grid_node::Model,
    pub done: u32,
}

pub async fn load(
    db: &impl ConnectionTrait,
    range: CodeRange,
    month: Month,
) -> AppResult<Vec<LeaderVisits>> {
    let leaders = account::Entity::find()
        .filter(account::Column::NodeCode.between(range.lo, range.hi))
        .filter(account::Column::Role.eq(crate::auth::role::Role::Leader))
        .filter(account::Column::Disabled.eq(false))
        .order_by_asc(account::Column::NodeCode)
        .order_by_asc(account::Column::Username)
        .all(db)
        .await?;
    if leaders.is_empty() {
        return Ok(vec![]);
    }
    let townships: HashMap<Uuid, grid_node::Model> = grid_node::Entity::find()
        .filter(grid_node::Column::Id.is_in(leaders.iter().map(|a| a.node_id)))
        .filter(grid_node::Column::Level.eq(Level::Township.number()))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n))
        .collect();
    let leaders: Vec<account::Model> = leaders
        .into_iter()
        .filter(|a| townships.contains_key(&a.node_id))
        .collect();
    let done: HashMap<Uuid, i64> = inspection::Entity::find()
        .select_only()
        .column(inspection::Column::AuthorId)
        .expr_as(Func::count(Expr::col(inspection::Column::Id)), "done")
        .filter(inspection::Column::Kind.eq(InspectionKind::LeaderVisit.as_str()))
        .filter(inspection::Column::AuthorId.is_in(leaders.iter().map(|a| a.id)))
        .filter(inspection::Column::OccurredOn.between(month.first_day(), month.last_day()))
        .group_by(inspection::Column::AuthorId)
        .into_tuple::<(Uuid, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let names: HashMap<Uuid, String> = person::Entity::find()
        .filter(person::Column::Id.is_in(leaders.iter().filter_map(|a| a.person_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    Ok(leaders
        .into_iter()
        .filter_map(|a| {
            Some(LeaderVisits {
                name: a
                    .person_id
                    .and_then(|p| names.get(&p).cloned())
                    .unwrap_or_else(|| a.username.clone()),
                node: townships.get(&a.node_id)?.clone(),
                done: u32::try_from(done.get(&a.id).copied().unwrap_or(0)).unwrap_or(u32::MAX),
            })
        })
        .collect())
}
