//! Reading what the scan looks at, for one subtree, in a fixed number of
//! statements whatever its size (persons are read by the ids the posts and
//! records name, in chunks). Payrolls count once approved: approved is as
//! good as paid, and a draft may still change. Field records and payrolls are read from the
//! start of last year: last year's payrolls are the ones paid now, and
//! older records have been assessed already.
use super::scan::{PaidLine, Records};
use crate::error::AppResult;
use crate::grid::code::CodeRange;
use chrono::{Datelike, NaiveDate};
use entity::appointment::{self, AppointmentRole};
use entity::payroll::PayrollStatus;
use entity::payroll_line::PayrollLineKind;
use entity::{inspection, payroll, payroll_line, person, photo};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::{BTreeSet, HashMap};
use uuid::Uuid;

/// Ids per `IN (…)` list: well under SQLite's and PostgreSQL's limits.
const CHUNK: usize = 500;

/// The first day the scan reads records from.
pub fn scan_from(today: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(today.year() - 1, 1, 1).unwrap_or(today)
}

pub async fn records(
    db: &impl ConnectionTrait,
    range: CodeRange,
    today: NaiveDate,
) -> AppResult<Records> {
    let from = scan_from(today);
    let appointments = appointment::Entity::find()
        .filter(appointment::Column::NodeCode.between(range.lo, range.hi))
        .filter(appointment::Column::Role.is_in([
            AppointmentRole::VillageOfficer,
            AppointmentRole::GroupLiaison,
        ]))
        .all(db)
        .await?;
    let inspections = inspection::Entity::find()
        .filter(inspection::Column::NodeCode.between(range.lo, range.hi))
        .filter(inspection::Column::OccurredOn.gte(from))
        .all(db)
        .await?;
    let inspection_ids: BTreeSet<Uuid> = inspections.iter().map(|i| i.id).collect();
    let photos = photo::Entity::find()
        .filter(photo::Column::NodeCode.between(range.lo, range.hi))
        .filter(photo::Column::OwnerKind.eq("inspection"))
        .all(db)
        .await?
        .into_iter()
        .filter(|p| p.owner_id.is_some_and(|o| inspection_ids.contains(&o)))
        .collect();
    let years: HashMap<Uuid, i32> = payroll::Entity::find()
        .filter(payroll::Column::PayerCode.between(range.lo, range.hi))
        .filter(payroll::Column::Year.gte(from.year()))
        // Approved is as good as paid; a draft may still change.
        .filter(payroll::Column::Status.is_in([PayrollStatus::Approved, PayrollStatus::Paid]))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.year))
        .collect();
    let payroll_lines = payroll_line::Entity::find()
        .filter(payroll_line::Column::PayerCode.between(range.lo, range.hi))
        .filter(payroll_line::Column::Kind.eq(PayrollLineKind::Ledger))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|line| {
            let year = *years.get(&line.payroll_id)?;
            Some(PaidLine { line, year })
        })
        .collect();
    let person_ids: BTreeSet<Uuid> = appointments
        .iter()
        .map(|a| a.person_id)
        .chain(inspections.iter().filter_map(|i| i.person_id))
        .collect();
    let person_ids: Vec<Uuid> = person_ids.into_iter().collect();
    let mut persons = Vec::new();
    for chunk in person_ids.chunks(CHUNK) {
        persons.extend(
            person::Entity::find()
                .filter(person::Column::Id.is_in(chunk.iter().copied()))
                .all(db)
                .await?,
        );
    }
    Ok(Records {
        persons,
        appointments,
        inspections,
        photos,
        payroll_lines,
        today: Some(today),
    })
}
