//! The leader columns of the month: every township leader (a
//! `TOWNSHIP_LEADER` appointment in post during the month, at a township
//! in the subtree) with the visits that count (at an assigned village, see
//! `leaders::visits`), and the month's duty report: filed, and whether it
//! covers the grid work. A fixed number of statements for any subtree.
use crate::error::AppResult;
use crate::grid::code::CodeRange;
use crate::inspections::Month;
use crate::leaders::visits;
use crate::people::appointment_role::AppointmentRole;
use entity::{appointment, duty_report, grid_node, person};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

pub struct LeaderVisits {
    pub appointment: appointment::Model,
    pub name: String,
    /// The leader's township.
    pub node: grid_node::Model,
    pub done: u32,
    /// The month's duty report (the newest, if more than one was filed).
    pub duty_report: Option<duty_report::Model>,
}

fn in_post_during(month: Month) -> Condition {
    Condition::all()
        .add(appointment::Column::StartDate.lte(month.last_day()))
        .add(
            Condition::any()
                .add(appointment::Column::EndDate.is_null())
                .add(appointment::Column::EndDate.gt(month.first_day())),
        )
}

pub async fn load(
    db: &impl ConnectionTrait,
    range: CodeRange,
    month: Month,
) -> AppResult<Vec<LeaderVisits>> {
    let leaders = appointment::Entity::find()
        .filter(appointment::Column::NodeCode.between(range.lo, range.hi))
        .filter(appointment::Column::Role.eq(AppointmentRole::TownshipLeader))
        .filter(in_post_during(month))
        .order_by_asc(appointment::Column::NodeCode)
        .order_by_desc(appointment::Column::InChargeOfSafety)
        .order_by_asc(appointment::Column::StartDate)
        .order_by_asc(appointment::Column::Id)
        .all(db)
        .await?;
    if leaders.is_empty() {
        return Ok(vec![]);
    }
    let townships: HashMap<Uuid, grid_node::Model> = grid_node::Entity::find()
        .filter(grid_node::Column::Id.is_in(leaders.iter().map(|a| a.node_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n))
        .collect();
    let names: HashMap<Uuid, String> = person::Entity::find()
        .filter(person::Column::Id.is_in(leaders.iter().map(|a| a.person_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    let mut done: HashMap<Uuid, u32> = HashMap::new();
    for v in visits::counted(db, range, month).await? {
        *done.entry(v.appointment_id).or_default() += 1;
    }
    let mut reports: HashMap<Uuid, duty_report::Model> = HashMap::new();
    for r in duty_report::Entity::find()
        .filter(duty_report::Column::AppointmentId.is_in(leaders.iter().map(|a| a.id)))
        .filter(duty_report::Column::Month.eq(month.to_string()))
        .order_by_asc(duty_report::Column::CreatedAt)
        .all(db)
        .await?
    {
        reports.insert(r.appointment_id, r);
    }
    Ok(leaders
        .into_iter()
        .filter_map(|a| {
            Some(LeaderVisits {
                name: names.get(&a.person_id).cloned().unwrap_or_default(),
                node: townships.get(&a.node_id)?.clone(),
                done: done.get(&a.id).copied().unwrap_or(0),
                duty_report: reports.remove(&a.id),
                appointment: a,
            })
        })
        .collect())
}
