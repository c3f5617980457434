//! A node's month against the quotas: each post's expected and done, the
//! subtree's completeness, leader visits, and whether the month is closed.
use crate::error::AppResult;
use crate::grid::code::CodeRange;
use crate::inspections::Month;
use crate::overview::leaders::{self, LeaderVisits};
use crate::overview::posts::{self, PostQuota};
use crate::overview::township_meetings::{self, TownshipMeeting};
use crate::state::AppState;
use entity::{grid_node, person};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

pub struct MonthQuota {
    pub month: Month,
    pub posts: Vec<PostQuota>,
    /// Names of the people and nodes of `posts`, loaded in one go.
    pub person_names: HashMap<Uuid, String>,
    pub nodes: HashMap<Uuid, grid_node::Model>,
    pub leaders: Vec<LeaderVisits>,
    pub township_meetings: Vec<TownshipMeeting>,
    pub completeness_rate: f64,
    pub locked: bool,
}

pub async fn month_quota(
    state: &AppState,
    range: CodeRange,
    month: Month,
) -> AppResult<MonthQuota> {
    let db = &state.db;
    let posts = posts::load(db, range, month, &state.settings.field).await?;
    let person_ids: Vec<Uuid> = posts.iter().map(|p| p.appointment.person_id).collect();
    let node_ids: Vec<Uuid> = posts.iter().map(|p| p.appointment.node_id).collect();
    let person_names = if person_ids.is_empty() {
        HashMap::new()
    } else {
        person::Entity::find()
            .filter(person::Column::Id.is_in(person_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|p| (p.id, p.name))
            .collect()
    };
    let nodes = if node_ids.is_empty() {
        HashMap::new()
    } else {
        grid_node::Entity::find()
            .filter(grid_node::Column::Id.is_in(node_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|n| (n.id, n))
            .collect()
    };
    Ok(MonthQuota {
        completeness_rate: posts::completeness(&posts),
        locked: month.locked(state.today(), state.settings.field.month_close_day),
        leaders: leaders::load(db, range, month).await?,
        township_meetings: township_meetings::load(db, range, month).await?,
        month,
        posts,
        person_names,
        nodes,
    })
}
