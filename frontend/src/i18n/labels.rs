//! Display text for the API's enums and errors.

use super::{I18n, Lang, K};
use crate::api::{ApiError, AppointmentRole, AuxiliaryPost, Level, Role};

/// A level's name. In Chinese the data's own name wins (other provinces
/// say 街道, 社区, 片区); English uses the table.
pub fn level(i18n: &I18n, level: Level, level_name: &str) -> String {
    if i18n.lang == Lang::Zh && !level_name.is_empty() {
        return level_name.to_owned();
    }
    i18n.t(match level {
        Level::Province => K::LevelProvince,
        Level::City => K::LevelCity,
        Level::County => K::LevelCounty,
        Level::Township => K::LevelTownship,
        Level::Village => K::LevelVillage,
        Level::Group => K::LevelGroup,
    })
    .to_owned()
}

/// The GraphQL enum value, used as a CSS class and form value.
pub fn level_slug(level: Level) -> &'static str {
    match level {
        Level::Province => "PROVINCE",
        Level::City => "CITY",
        Level::County => "COUNTY",
        Level::Township => "TOWNSHIP",
        Level::Village => "VILLAGE",
        Level::Group => "GROUP",
    }
}

pub fn role(i18n: &I18n, role: Role) -> &'static str {
    i18n.t(match role {
        Role::Admin => K::RoleAdmin,
        Role::Leader => K::RoleLeader,
        Role::VillageOfficer => K::RoleVillageOfficer,
        Role::GroupLiaison => K::RoleGroupLiaison,
        Role::Viewer => K::RoleViewer,
        Role::Other => K::RoleOther,
    })
}

pub fn role_slug(role: Role) -> &'static str {
    match role {
        Role::Admin => "ADMIN",
        Role::Leader => "LEADER",
        Role::VillageOfficer => "VILLAGE_OFFICER",
        Role::GroupLiaison => "GROUP_LIAISON",
        Role::Viewer => "VIEWER",
        Role::Other => "",
    }
}

pub fn appointment_role(i18n: &I18n, role: AppointmentRole) -> &'static str {
    i18n.t(match role {
        AppointmentRole::VillageOfficer => K::RoleVillageOfficer,
        AppointmentRole::GroupLiaison => K::RoleGroupLiaison,
    })
}

pub fn appointment_role_slug(role: AppointmentRole) -> &'static str {
    match role {
        AppointmentRole::VillageOfficer => "VILLAGE_OFFICER",
        AppointmentRole::GroupLiaison => "GROUP_LIAISON",
    }
}

pub fn post(i18n: &I18n, post: AuxiliaryPost) -> &'static str {
    i18n.t(match post {
        AuxiliaryPost::RoadTrafficAssistant => K::PostRoadTraffic,
        AuxiliaryPost::ForestRanger => K::PostForestRanger,
        AuxiliaryPost::PowerLineKeeper => K::PostPowerLine,
        AuxiliaryPost::RoadKeeper => K::PostRoadKeeper,
        AuxiliaryPost::RiverKeeper => K::PostRiverKeeper,
    })
}

pub fn post_slug(post: AuxiliaryPost) -> &'static str {
    match post {
        AuxiliaryPost::RoadTrafficAssistant => "ROAD_TRAFFIC_ASSISTANT",
        AuxiliaryPost::ForestRanger => "FOREST_RANGER",
        AuxiliaryPost::PowerLineKeeper => "POWER_LINE_KEEPER",
        AuxiliaryPost::RoadKeeper => "ROAD_KEEPER",
        AuxiliaryPost::RiverKeeper => "RIVER_KEEPER",
    }
}

pub fn post_from_slug(slug: &str) -> Option<AuxiliaryPost> {
    AuxiliaryPost::ALL
        .iter()
        .copied()
        .find(|p| post_slug(*p) == slug)
}

/// A clear sentence for an error. BAD_USER_INPUT shows the server's own
/// message, which names what is wrong.
pub fn error(i18n: &I18n, err: &ApiError) -> String {
    let key = match err {
        ApiError::BadUserInput { message, .. } if !message.is_empty() => return message.clone(),
        ApiError::BadUserInput { .. } => K::ErrBadInput,
        ApiError::Unauthenticated => K::ErrUnauthenticated,
        ApiError::Forbidden => K::ErrForbidden,
        ApiError::NotFound => K::ErrNotFound,
        ApiError::Conflict => K::ErrConflict,
        ApiError::RateLimited => K::ErrRateLimited,
        ApiError::Internal => K::ErrInternal,
        ApiError::Network => K::ErrNetwork,
    };
    i18n.t(key).to_owned()
}

/// A submit button's text: its label, or "saving…" while busy.
pub fn submit_text(i18n: &I18n, busy: bool, label: K) -> &'static str {
    i18n.t(if busy { K::Working } else { label })
}
