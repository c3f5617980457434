//! "Assessments done by the rules" (考核情况): each township's village
//! officer posts held in the year, and those with an approved, current
//! assessment of the year (the township assesses its officers). Two
//! statements for all the townships of a range.
use super::facts::{township_of, Facts};
use crate::error::AppResult;
use crate::grid::code::CodeRange;
use crate::people::appointment_role::AppointmentRole;
use chrono::NaiveDate;
use entity::appointment;
use entity::assessment::{self, AssessmentStatus};
use entity::subsidy_standard::SubsidyRole;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::{HashMap, HashSet};

pub async fn read(
    db: &impl ConnectionTrait,
    range: CodeRange,
    year: i32,
    by: &mut HashMap<i64, Facts>,
) -> AppResult<()> {
    let (Some(opens), Some(closes)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return Ok(());
    };
    let posts = appointment::Entity::find()
        .filter(appointment::Column::NodeCode.between(range.lo, range.hi))
        .filter(appointment::Column::Role.eq(AppointmentRole::VillageOfficer))
        .filter(appointment::Column::StartDate.lte(closes))
        .filter(
            Condition::any()
                .add(appointment::Column::EndDate.is_null())
                .add(appointment::Column::EndDate.gt(opens)),
        )
        .all(db)
        .await?;
    let approved = assessment::Entity::find()
        .filter(assessment::Column::NodeCode.between(range.lo, range.hi))
        .filter(assessment::Column::Role.eq(SubsidyRole::VillageOfficer))
        .filter(assessment::Column::Year.eq(year))
        .filter(assessment::Column::Status.eq(AssessmentStatus::Approved))
        .filter(assessment::Column::Superseded.eq(false))
        .all(db)
        .await?;
    let assessed: HashSet<uuid::Uuid> = approved.iter().map(|a| a.appointment_id).collect();
    for p in posts {
        if let Some(f) = by.get_mut(&township_of(p.node_code)) {
            f.officer_posts += 1;
            if assessed.contains(&p.id) {
                f.officers_assessed += 1;
            }
        }
    }
    for a in approved {
        if let Some(f) = by.get_mut(&township_of(a.node_code)) {
            f.assessments.push(a.id);
        }
    }
    Ok(())
}
