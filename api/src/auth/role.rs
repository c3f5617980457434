use async_graphql::Enum;

/// What an account may do at and below its node. The table of permissions
/// lives in `scope.rs`, the one place that decides.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// Administrator of a node: grid, people and accounts below it.
    Admin,
    /// A township (or county) leader: grid, people and accounts for officers.
    Leader,
    /// 村级安全员: the village, its groups and their liaisons.
    VillageOfficer,
    /// 组级安全联络员: reads the group; field work comes later.
    GroupLiaison,
    /// City and province offices, dashboards: read only.
    Viewer,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "ADMIN",
            Role::Leader => "LEADER",
            Role::VillageOfficer => "VILLAGE_OFFICER",
            Role::GroupLiaison => "GROUP_LIAISON",
            Role::Viewer => "VIEWER",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        [
            Role::Admin,
            Role::Leader,
            Role::VillageOfficer,
            Role::GroupLiaison,
            Role::Viewer,
        ]
        .into_iter()
        .find(|r| r.as_str() == s)
    }
}
