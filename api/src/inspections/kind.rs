//! The kinds of inspection and which post each counts toward.
use crate::grid::code::Level;
use crate::people::appointment_role::AppointmentRole;

/// The stored value, defined once with its table (`entity`).
pub use entity::inspection::InspectionKind;

/// Where each kind may be recorded and whose quota it counts toward.
pub trait InspectionKindRules {
    /// Where a record of this kind may be made.
    fn allowed_at(self, level: Level) -> bool;
    /// The post whose monthly quota a record counts toward; leader visits
    /// are matched to the leader's assigned villages when counted instead
    /// (`leaders::visits`), so an assignment made later still counts.
    fn post(self) -> Option<AppointmentRole>;
}

impl InspectionKindRules for InspectionKind {
    fn allowed_at(self, level: Level) -> bool {
        match self {
            Self::VillageInspection => matches!(level, Level::Village | Level::Group),
            Self::GroupPatrol => level == Level::Group,
            Self::LeaderVisit => level == Level::Village,
        }
    }

    fn post(self) -> Option<AppointmentRole> {
        match self {
            Self::VillageInspection => Some(AppointmentRole::VillageOfficer),
            Self::GroupPatrol => Some(AppointmentRole::GroupLiaison),
            Self::LeaderVisit => None,
        }
    }
}
