use crate::error::{AppError, AppResult, Key};
use crate::grid::code::Level;
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

impl Role {
    /// Which roles fit a node's level (DOMAIN.md's six levels): an
    /// administrator or a read-only viewer anywhere, leaders at the county
    /// and township, the village safety officer at a village, the group
    /// safety liaison at a villager group. A role that does not fit would
    /// see and edit a subtree its job does not cover (a village officer at
    /// the county would have the whole county).
    pub fn may_hold(self, level: Level) -> bool {
        match self {
            Role::Admin | Role::Viewer => true,
            Role::Leader => matches!(level, Level::County | Level::Township),
            Role::VillageOfficer => level == Level::Village,
            Role::GroupLiaison => level == Level::Group,
        }
    }

    /// `ADMIN,LEADER` (configuration); unknown names are ignored.
    pub fn parse_list(text: &str) -> Vec<Role> {
        text.split(',')
            .filter_map(|r| Role::parse(r.trim().to_uppercase().as_str()))
            .collect()
    }

    /// The fit as an input check: BAD_USER_INPUT naming `role`.
    pub fn check_fits(self, level: Level) -> AppResult<()> {
        if self.may_hold(level) {
            Ok(())
        } else {
            Err(AppError::input("role", Key::AccountRoleLevel))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_fit_only_their_levels() {
        assert!(Role::Admin.may_hold(Level::Province));
        assert!(Role::Viewer.may_hold(Level::Group));
        assert!(Role::Leader.may_hold(Level::Township));
        assert!(!Role::Leader.may_hold(Level::Village));
        assert!(!Role::VillageOfficer.may_hold(Level::County));
        assert!(Role::VillageOfficer.may_hold(Level::Village));
        assert!(!Role::GroupLiaison.may_hold(Level::Village));
        assert!(Role::GroupLiaison.may_hold(Level::Group));
    }
}
