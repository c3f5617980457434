//! The month's posts and what each has done: every village-officer and
//! group-liaison appointment current at any time in the month, with the
//! inspections counted toward it. Two statements for any subtree.
use crate::error::AppResult;
use crate::field_rules::FieldRules;
use crate::grid::code::CodeRange;
use crate::inspections::Month;
use crate::people::appointment_role::AppointmentRole;
use chrono::NaiveDate;
use entity::{appointment, inspection};
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;
use uuid::Uuid;

/// Whether a quota was met, can still be, or was missed.
#[derive(async_graphql::Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum QuotaStatus {
    /// The quota is met.
    Met,
    /// Not yet met, and the month is still running.
    Behind,
    /// The month is over and the quota was not met.
    Missed,
}

pub fn status(done: u32, expected: u32, month: Month, today: NaiveDate) -> QuotaStatus {
    if done >= expected {
        QuotaStatus::Met
    } else if month.running(today) {
        QuotaStatus::Behind
    } else {
        QuotaStatus::Missed
    }
}

pub struct PostQuota {
    pub appointment: appointment::Model,
    pub expected: u32,
    pub done: u32,
}

/// Σ min(done, expected): the records that count toward the quotas
/// (overshooting one post does not make up for another's shortfall).
pub fn counted<'a>(posts: impl IntoIterator<Item = &'a PostQuota>) -> u32 {
    posts.into_iter().map(|p| p.done.min(p.expected)).sum()
}

/// Σ min(done, expected) / Σ expected, so the rate is always the counted
/// records over the expected ones. 1.0 when nothing is expected.
pub fn completeness<'a>(posts: impl IntoIterator<Item = &'a PostQuota> + Clone) -> f64 {
    let expected: u64 = posts
        .clone()
        .into_iter()
        .map(|p| u64::from(p.expected))
        .sum();
    if expected == 0 {
        1.0
    } else {
        f64::from(counted(posts)) / expected as f64
    }
}

pub fn expected_for(role: AppointmentRole, rules: &FieldRules) -> u32 {
    match role {
        AppointmentRole::VillageOfficer => rules.quota_village_officer,
        AppointmentRole::GroupLiaison => rules.quota_group_liaison,
        AppointmentRole::TownshipLeader => rules.quota_leader_visit,
    }
}

/// In post on some day of the month (an appointment's end date is its
/// first day out of post).
fn current_during(month: Month) -> Condition {
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
    rules: &FieldRules,
) -> AppResult<Vec<PostQuota>> {
    let appointments = appointment::Entity::find()
        .filter(appointment::Column::NodeCode.between(range.lo, range.hi))
        .filter(appointment::Column::Role.is_in([
            AppointmentRole::VillageOfficer,
            AppointmentRole::GroupLiaison,
        ]))
        .filter(current_during(month))
        .order_by_asc(appointment::Column::NodeCode)
        .order_by_asc(appointment::Column::Role)
        .order_by_asc(appointment::Column::StartDate)
        .order_by_asc(appointment::Column::Id)
        .all(db)
        .await?;
    let done = done_by_appointment(db, range, month).await?;
    Ok(appointments
        .into_iter()
        .map(|a| PostQuota {
            expected: expected_for(a.role, rules),
            done: done.get(&a.id).copied().unwrap_or(0),
            appointment: a,
        })
        .collect())
}

/// Records of the month counted toward each appointment, one grouped count.
async fn done_by_appointment(
    db: &impl ConnectionTrait,
    range: CodeRange,
    month: Month,
) -> AppResult<HashMap<Uuid, u32>> {
    let rows: Vec<(Uuid, i64)> = inspection::Entity::find()
        .select_only()
        .column(inspection::Column::AppointmentId)
        .expr_as(Func::count(Expr::col(inspection::Column::Id)), "done")
        .filter(inspection::Column::NodeCode.between(range.lo, range.hi))
        .filter(inspection::Column::OccurredOn.between(month.first_day(), month.last_day()))
        .filter(inspection::Column::AppointmentId.is_not_null())
        .group_by(inspection::Column::AppointmentId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, n)| (id, u32::try_from(n).unwrap_or(u32::MAX)))
        .collect())
}
