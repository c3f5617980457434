//! Which leader visits count (包村领导走访): a LEADER_VISIT counts for a
//! leader's appointment only when it was made by that appointment's person
//! at a village assigned to it on that day. Three statements for any
//! subtree and month: the visits, the assignments in force during the
//! month, and the leaders' appointments; matched here.
use crate::error::AppResult;
use crate::grid::code::CodeRange;
use crate::inspections::{InspectionKind, Month};
use crate::leaders::assignments::holds_on;
use entity::{appointment, inspection, village_assignment};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

/// A visit that counts, and the leader appointment it counts for.
pub struct CountedVisit {
    pub appointment_id: Uuid,
    pub village_code: i64,
}

/// Assignments of villages in `range` in force on some day of `month`.
pub async fn assignments_during(
    db: &impl ConnectionTrait,
    range: CodeRange,
    month: Month,
) -> AppResult<Vec<village_assignment::Model>> {
    Ok(village_assignment::Entity::find()
        .filter(village_assignment::Column::VillageCode.between(range.lo, range.hi))
        .filter(village_assignment::Column::Since.lte(month.last_day()))
        .filter(
            Condition::any()
                .add(village_assignment::Column::Until.is_null())
                .add(village_assignment::Column::Until.gt(month.first_day())),
        )
        .all(db)
        .await?)
}

/// Every counted visit at villages in `range` during `month`.
pub async fn counted(
    db: &impl ConnectionTrait,
    range: CodeRange,
    month: Month,
) -> AppResult<Vec<CountedVisit>> {
    let assignments = assignments_during(db, range, month).await?;
    if assignments.is_empty() {
        return Ok(vec![]);
    }
    let persons: HashMap<Uuid, Uuid> = appointment::Entity::find()
        .filter(appointment::Column::Id.is_in(assignments.iter().map(|a| a.appointment_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.person_id))
        .collect();
    let visits = inspection::Entity::find()
        .filter(inspection::Column::NodeCode.between(range.lo, range.hi))
        .filter(inspection::Column::OccurredOn.between(month.first_day(), month.last_day()))
        .filter(inspection::Column::Kind.eq(InspectionKind::LeaderVisit))
        .filter(inspection::Column::PersonId.is_not_null())
        .all(db)
        .await?;
    let mut by_village: HashMap<Uuid, Vec<&village_assignment::Model>> = HashMap::new();
    for a in &assignments {
        by_village.entry(a.village_id).or_default().push(a);
    }
    let mut out = Vec::new();
    for v in &visits {
        let Some(candidates) = by_village.get(&v.node_id) else {
            continue;
        };
        for a in candidates {
            let same_person = persons.get(&a.appointment_id).copied() == v.person_id;
            if same_person && holds_on(a, v.occurred_on) {
                out.push(CountedVisit {
                    appointment_id: a.appointment_id,
                    village_code: a.village_code,
                });
                // One visit counts once, even for a person holding two
                // leader posts that share the village.
                break;
            }
        }
    }
    Ok(out)
}
