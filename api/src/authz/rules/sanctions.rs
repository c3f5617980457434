//! The rows for sanctions (issue 9). The notice has the county decide:
//! only an administrator at the county (or above) sets the year's rule and
//! records a warning interview of a township or an award disqualification
//! of an officer's or liaison's post. Everyone in the subtree reads.
use super::{need, Action, AppError, AppResult, Key, Level, Role, Scope, Subject};
use crate::people::appointment_role::AppointmentRole;

/// The row for a sanction action, or `None` when `action` is not one.
pub(super) fn decide(
    scope: &Scope,
    action: Action,
    subject: &Subject<'_>,
) -> Option<AppResult<()>> {
    use Action as A;
    Some(match (subject, action) {
        (Subject::Node(n), A::SetSanctionRules) => county_decides(scope).and_then(|()| {
            if n.level == Level::County.number() {
                Ok(())
            } else {
                Err(AppError::input("countyId", Key::SanctionRulesAtCounty))
            }
        }),
        (Subject::Node(n), A::RecordSanction) => county_decides(scope).and_then(|()| {
            if n.level == Level::Township.number() {
                Ok(())
            } else {
                Err(AppError::input("subjectId", Key::SanctionSubjectTownship))
            }
        }),
        (Subject::Appointment(a), A::RecordSanction) => county_decides(scope).and_then(|()| {
            if matches!(
                a.role,
                AppointmentRole::VillageOfficer | AppointmentRole::GroupLiaison
            ) {
                Ok(())
            } else {
                Err(AppError::input("subjectId", Key::SanctionSubjectPost))
            }
        }),
        _ => return None,
    })
}

fn county_decides(scope: &Scope) -> AppResult<()> {
    need(scope.role() == Role::Admin && scope.root().level.number() <= Level::County.number())
}
