use async_graphql::Enum;

/// Posts a person can be appointed to.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum AppointmentRole {
    /// 村级安全员, at a village.
    VillageOfficer,
    /// 组级安全联络员, at a villager group.
    GroupLiaison,
    /// 镇乡领导班子成员, at a township: visits the assigned villages (挂包村)
    /// and files a monthly duty report; one of them is in charge of safety.
    TownshipLeader,
}

impl AppointmentRole {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::VillageOfficer => "VILLAGE_OFFICER",
            Self::GroupLiaison => "GROUP_LIAISON",
            Self::TownshipLeader => "TOWNSHIP_LEADER",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::VillageOfficer,
            Self::GroupLiaison,
            Self::TownshipLeader,
        ]
        .into_iter()
        .find(|r| r.as_str() == s)
    }
}
