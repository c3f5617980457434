//! The kinds of inspection and which post each counts toward.
use crate::grid::code::Level;
use crate::people::appointment_role::AppointmentRole;
use async_graphql::Enum;

/// The kinds of inspection the quotas count.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum InspectionKind {
    /// 村级检查: by the village safety officer, at the village or one of its groups.
    VillageInspection,
    /// 组级巡查: by the group safety liaison, at the group.
    GroupPatrol,
    /// 包村领导走访: a township leader's visit to the assigned village.
    LeaderVisit,
}

impl InspectionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::VillageInspection => "VILLAGE_INSPECTION",
            Self::GroupPatrol => "GROUP_PATROL",
            Self::LeaderVisit => "LEADER_VISIT",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::VillageInspection,
            Self::GroupPatrol,
            Self::LeaderVisit,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }

    /// Where a record of this kind may be made.
    pub fn allowed_at(self, level: Level) -> bool {
        match self {
            Self::VillageInspection => matches!(level, Level::Village | Level::Group),
            Self::GroupPatrol => level == Level::Group,
            Self::LeaderVisit => level == Level::Village,
        }
    }

    /// The post whose monthly quota a record counts toward; leader visits
    /// are matched to the leader's assigned villages when counted instead
    /// (`leaders::visits`), so an assignment made later still counts.
    pub fn post(self) -> Option<AppointmentRole> {
        match self {
            Self::VillageInspection => Some(AppointmentRole::VillageOfficer),
            Self::GroupPatrol => Some(AppointmentRole::GroupLiaison),
            Self::LeaderVisit => None,
        }
    }
}
