//! The demo accounts the matrix runs as, and what each may do.
use super::table::User;

impl User {
    pub fn username(self) -> Option<&'static str> {
        match self {
            User::CityViewer => Some("zunyi"),
            User::CountyAdmin => Some("fenggang"),
            User::TownshipAdmin => Some("heba"),
            User::VillageOfficer => Some("lingyun"),
            User::GroupLiaison => Some("lingyun-1"),
            User::Anonymous => None,
        }
    }

    /// The role the demo account has, for a throw-away twin of it.
    pub fn role(self) -> &'static str {
        match self {
            User::CityViewer => "VIEWER",
            User::CountyAdmin | User::TownshipAdmin => "ADMIN",
            User::VillageOfficer => "VILLAGE_OFFICER",
            User::GroupLiaison => "GROUP_LIAISON",
            User::Anonymous => "VIEWER",
        }
    }
}
