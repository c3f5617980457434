//! Which appointment a record counts toward, fixed when it is recorded: the
//! person's appointment, current on the day of the inspection, in the post
//! the kind belongs to, at the node (a group patrol) or its village (a
//! village inspection made in one of its groups).
use crate::error::AppResult;
use crate::grid::code::{GridCode, Level};
use crate::grid::coverage::current_on;
use crate::inspections::kind::{InspectionKind, InspectionKindRules};
use chrono::NaiveDate;
use entity::appointment;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// The grid code where the kind's post sits for a record at `node`.
fn post_code(kind: InspectionKind, node: GridCode) -> Option<i64> {
    match (kind, node.level) {
        (InspectionKind::VillageInspection, Level::Group) => node
            .ancestors()
            .into_iter()
            .find(|a| a.level == Level::Village)
            .map(|a| a.code),
        (InspectionKind::LeaderVisit, _) => None,
        _ => Some(node.code),
    }
}

pub async fn resolve(
    db: &impl ConnectionTrait,
    kind: InspectionKind,
    node: GridCode,
    person_id: Uuid,
    day: NaiveDate,
) -> AppResult<Option<appointment::Model>> {
    let (Some(role), Some(code)) = (kind.post(), post_code(kind, node)) else {
        return Ok(None);
    };
    Ok(appointment::Entity::find()
        .filter(appointment::Column::NodeCode.eq(code))
        .filter(appointment::Column::Role.eq(role))
        .filter(appointment::Column::PersonId.eq(person_id))
        .filter(current_on(day))
        .order_by_desc(appointment::Column::StartDate)
        .one(db)
        .await?)
}
