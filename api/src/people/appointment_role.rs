use async_graphql::Enum;

/// Posts a person can be appointed to. Later capabilities add more.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum AppointmentRole {
    /// 村级安全员, at a village.
    VillageOfficer,
    /// 组级安全联络员, at a villager group.
    GroupLiaison,
}

impl AppointmentRole {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::VillageOfficer => "VILLAGE_OFFICER",
            Self::GroupLiaison => "GROUP_LIAISON",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::VillageOfficer, Self::GroupLiaison]
            .into_iter()
            .find(|r| r.as_str() == s)
    }
}
