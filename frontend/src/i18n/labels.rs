//! Display text for the API's enums and errors.

use super::{I18n, Lang, D, F, K, L, R};
use crate::api::{
    ApiError, AppointmentRole, AuxiliaryPost, CeremonyKind, HazardSeverity, HazardState,
    InspectionKind, Level, MeetingKind, PersuasionReason, ReminderTopic, Role, VehicleKind,
    WarningTopic,
};

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
        AppointmentRole::TownshipLeader => K::RoleTownshipLeader,
    })
}

pub fn appointment_role_slug(role: AppointmentRole) -> &'static str {
    match role {
        AppointmentRole::VillageOfficer => "VILLAGE_OFFICER",
        AppointmentRole::GroupLiaison => "GROUP_LIAISON",
        AppointmentRole::TownshipLeader => "TOWNSHIP_LEADER",
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

/// A clear sentence for an error. BAD_USER_INPUT says what is wrong from
/// the server's error key, in the app's language (never the server's prose).
pub fn error(i18n: &I18n, err: &ApiError) -> String {
    if let Some(text) = err.keyed_text(i18n) {
        return text;
    }
    let key = match err {
        ApiError::BadUserInput { .. } => K::ErrBadInput,
        ApiError::Unauthenticated => K::ErrUnauthenticated,
        ApiError::Forbidden | ApiError::Refused { .. } => K::ErrForbidden,
        ApiError::NotFound => K::ErrNotFound,
        ApiError::Conflict { .. } => K::ErrConflict,
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

pub fn inspection_kind(i18n: &I18n, kind: InspectionKind) -> &'static str {
    i18n.t(match kind {
        InspectionKind::VillageInspection => F::KindVillageInspection,
        InspectionKind::GroupPatrol => F::KindGroupPatrol,
        InspectionKind::LeaderVisit => F::KindLeaderVisit,
    })
}

pub fn meeting_kind(i18n: &I18n, kind: MeetingKind) -> &'static str {
    i18n.t(match kind {
        MeetingKind::VillageSafety => R::KindVillageSafety,
        MeetingKind::TownshipMonthly => R::KindTownshipMonthly,
        MeetingKind::LeadingGroup => R::KindLeadingGroup,
    })
}

pub fn ceremony_kind(i18n: &I18n, kind: CeremonyKind) -> &'static str {
    i18n.t(match kind {
        CeremonyKind::Wedding => L::KindWedding,
        CeremonyKind::Funeral => L::KindFuneral,
        CeremonyKind::Other => L::KindOther,
    })
}

pub fn vehicle_kind(i18n: &I18n, kind: VehicleKind) -> &'static str {
    i18n.t(match kind {
        VehicleKind::Car => L::KindCar,
        VehicleKind::Van => L::KindVan,
        VehicleKind::Truck => L::KindTruck,
        VehicleKind::Motorcycle => L::KindMotorcycle,
        VehicleKind::Tricycle => L::KindTricycle,
        VehicleKind::Tractor => L::KindTractor,
        VehicleKind::Other => L::KindOther,
    })
}

pub fn reminder_topic(i18n: &I18n, topic: ReminderTopic) -> &'static str {
    i18n.t(match topic {
        ReminderTopic::FoodSafety => L::TopicFoodSafety,
        ReminderTopic::FireAndPower => L::TopicFireAndPower,
        ReminderTopic::Fireworks => L::TopicFireworks,
        ReminderTopic::Gas => L::TopicGas,
        ReminderTopic::DrinkDriving => L::TopicDrinkDriving,
        ReminderTopic::Crowding => L::TopicCrowding,
        ReminderTopic::Other => L::TopicOther,
    })
}

pub fn persuasion_reason(i18n: &I18n, reason: PersuasionReason) -> &'static str {
    i18n.t(match reason {
        PersuasionReason::DrunkDriving => L::ReasonDrunkDriving,
        PersuasionReason::NoHelmet => L::ReasonNoHelmet,
        PersuasionReason::Overloading => L::ReasonOverloading,
        PersuasionReason::PassengersOnCargo => L::ReasonPassengersOnCargo,
        PersuasionReason::Unlicensed => L::ReasonUnlicensed,
        PersuasionReason::Speeding => L::ReasonSpeeding,
        PersuasionReason::Fatigue => L::ReasonFatigue,
        PersuasionReason::Other => L::ReasonOther,
    })
}

pub fn warning_topic(i18n: &I18n, topic: WarningTopic) -> &'static str {
    i18n.t(match topic {
        WarningTopic::FirewoodStraw => D::TopicFirewoodStraw,
        WarningTopic::UnsafeSwimming => D::TopicUnsafeSwimming,
        WarningTopic::WildMushrooms => D::TopicWildMushrooms,
        WarningTopic::WaspNests => D::TopicWaspNests,
        WarningTopic::RoadTraffic => D::TopicRoadTraffic,
        WarningTopic::Fire => D::TopicFire,
    })
}

pub fn yes_no(i18n: &I18n, yes: bool) -> &'static str {
    i18n.t(if yes { R::Yes } else { R::No })
}

pub fn hazard_state(i18n: &I18n, state: HazardState) -> &'static str {
    i18n.t(match state {
        HazardState::Reported => F::StateReported,
        HazardState::FixedOnSpot => F::StateFixedOnSpot,
        HazardState::Rectifying => F::StateRectifying,
        HazardState::Rectified => F::StateRectified,
        HazardState::Closed => F::StateClosed,
        HazardState::Reopened => F::StateReopened,
    })
}

pub fn severity(i18n: &I18n, severity: HazardSeverity) -> &'static str {
    i18n.t(match severity {
        HazardSeverity::General => F::SeverityGeneral,
        HazardSeverity::Major => F::SeverityMajor,
    })
}

/// A history step's action as the server names it; an action this build
/// does not know is shown as the server wrote it.
pub fn hazard_action(i18n: &I18n, action: &str) -> String {
    let key = match action.to_ascii_uppercase().as_str() {
        "REPORT" | "REPORTED" => F::ActionReport,
        "FIX_ON_SPOT" | "FIXED_ON_SPOT" => F::ActFixOnSpot,
        "PLAN" | "PLAN_RECTIFICATION" => F::ActPlan,
        "RECTIFY" | "RECTIFIED" => F::ActRectify,
        "VERIFY" | "VERIFY_PASSED" | "VERIFIED" | "CLOSE" => F::ActVerify,
        "VERIFY_FAILED" | "REJECT" => F::ActionVerifyFailed,
        "REOPEN" | "REOPENED" => F::ActReopen,
        "ESCALATE" | "ESCALATED" => F::ActEscalate,
        "AUTO_ESCALATE" | "ESCALATE_OVERDUE" | "AUTO_ESCALATED" => F::ActionAutoEscalate,
        "EDIT" => F::ActionEdit,
        _ => return action.to_owned(),
    };
    i18n.t(key).to_owned()
}

/// Why the server refused an outbox record, naming the form field when
/// the server said which one (the user has to find it to fix it).
pub fn refusal(i18n: &I18n, err: &ApiError) -> String {
    let text = error(i18n, err);
    let ApiError::BadUserInput {
        field: Some(field), ..
    } = err
    else {
        return text;
    };
    let key = match field.rsplit('.').next().unwrap_or(field) {
        "title" => F::HazardTitle,
        "description" => F::Description,
        "category" => F::Category,
        "severity" => F::Severity,
        "fixNote" | "fixedOnSpot" => F::FixNote,
        "deadline" => F::Deadline,
        "measures" => F::Measures,
        "responsibleName" | "responsiblePersonId" => F::Responsible,
        "occurredAt" => F::OccurredAt,
        "sectors" => F::SectorsChecked,
        "notes" => F::Notes,
        "kind" => F::Kind,
        "plate" => return format!("{}: {text}", i18n.t(L::Plate)),
        "ownerPhone" => return format!("{}: {text}", i18n.t(L::OwnerPhone)),
        "ownerName" => return format!("{}: {text}", i18n.t(L::OwnerName)),
        "hostName" => return format!("{}: {text}", i18n.t(L::HostName)),
        "date" => return format!("{}: {text}", i18n.t(L::CeremonyDate)),
        "expectedGuests" => return format!("{}: {text}", i18n.t(L::ExpectedGuests)),
        "nodeId" => F::RecordNode,
        "photoIds" | "photos" => F::Photos,
        "latitude" | "longitude" | "accuracyM" => F::Location,
        _ => return text,
    };
    format!("{}: {text}", i18n.t(key))
}
