//! Shapes of the data the app reads, named as in the GraphQL contract.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Level {
    Province,
    City,
    County,
    Township,
    Village,
    Group,
}

impl Level {
    /// The role an appointment at this level takes, if any.
    pub fn appointment_role(self) -> Option<AppointmentRole> {
        match self {
            Level::Village => Some(AppointmentRole::VillageOfficer),
            Level::Group => Some(AppointmentRole::GroupLiaison),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Role {
    Admin,
    Leader,
    VillageOfficer,
    GroupLiaison,
    Viewer,
    /// A role added on the server after this build.
    #[serde(other)]
    Other,
}

impl Role {
    pub const ASSIGNABLE: [Role; 5] = [
        Role::Admin,
        Role::Leader,
        Role::VillageOfficer,
        Role::GroupLiaison,
        Role::Viewer,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AppointmentRole {
    VillageOfficer,
    GroupLiaison,
    /// 乡镇领导班子成员: listed with the township's posts.
    TownshipLeader,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AuxiliaryPost {
    RoadTrafficAssistant,
    ForestRanger,
    PowerLineKeeper,
    RoadKeeper,
    RiverKeeper,
}

impl AuxiliaryPost {
    pub const ALL: [AuxiliaryPost; 5] = [
        AuxiliaryPost::RoadTrafficAssistant,
        AuxiliaryPost::ForestRanger,
        AuxiliaryPost::PowerLineKeeper,
        AuxiliaryPost::RoadKeeper,
        AuxiliaryPost::RiverKeeper,
    ];
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NodeName {
    pub id: String,
    pub name: String,
    pub level: Level,
    pub level_name: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Me {
    pub id: String,
    pub username: String,
    pub role: Role,
    pub node: NodeName,
    pub can_edit: bool,
    pub can_manage_accounts: bool,
    /// Someone else set the password: it must be changed before anything.
    #[serde(default)]
    pub must_change_password: bool,
    #[serde(default)]
    pub totp_enabled: bool,
    /// Configuration requires TOTP of this role.
    #[serde(default)]
    pub totp_required: bool,
    /// What the server allows at the user's own node (the field screen
    /// offers only these).
    #[serde(default)]
    pub allowed_actions: Vec<super::Action>,
}

impl Me {
    /// Something the server lets this session do before anything else
    /// (it refuses every other field until then): the app shows only the
    /// password page.
    pub fn has_pending_step(&self) -> bool {
        self.must_change_password || (self.totp_required && !self.totp_enabled)
    }
}

/// One login step's answer: a session (`accessToken`, `me`), or a request
/// for the second factor.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthPayload {
    pub access_token: Option<String>,
    pub me: Option<Me>,
    #[serde(default)]
    pub second_factor_required: bool,
    pub second_factor_token: Option<String>,
}

/// The person an account belongs to.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct PersonName {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PageInfo {
    pub has_next_page: bool,
    pub end_cursor: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Edge<T> {
    pub node: T,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Connection<T> {
    pub total_count: i64,
    pub edges: Vec<Edge<T>>,
    pub page_info: PageInfo,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CoverageCounts {
    pub village_count: i64,
    pub villages_covered: i64,
    pub group_count: i64,
    pub groups_covered: i64,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ParentName {
    pub name: String,
}

/// A node as one row of a list.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NodeItem {
    pub id: String,
    pub name: String,
    pub level: Level,
    pub level_name: String,
    pub subsidy_exempt: bool,
    pub demonstration: bool,
    #[serde(default)]
    pub parent: Option<ParentName>,
    #[serde(default)]
    pub coverage: Option<CoverageCounts>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PathEntry {
    pub id: Option<String>,
    pub name: String,
    pub level: Level,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonBrief {
    pub id: String,
    pub name: String,
    pub phone: String,
    pub auxiliary_post: Option<AuxiliaryPost>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Appointment {
    pub id: String,
    pub role: AppointmentRole,
    pub start_date: String,
    pub end_date: Option<String>,
    pub training_date: Option<String>,
    pub notebook_issued_date: Option<String>,
    pub current: bool,
    pub version: i64,
    pub person: PersonBrief,
    #[serde(default)]
    pub allowed_actions: Vec<super::Action>,
    /// A township leader in charge of safety (分管安全).
    #[serde(default)]
    pub in_charge_of_safety: bool,
    /// A township leader's villages (挂包村) assigned today.
    #[serde(default)]
    pub assigned_villages: Vec<VillageAssignment>,
}

/// One village a township leader answers for, from `since`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VillageAssignment {
    pub id: String,
    pub village: super::NodeRef,
    pub since: String,
    pub until: Option<String>,
}

/// Everything the node page shows except its paged lists.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NodeDetail {
    pub id: String,
    pub code: String,
    pub division_code: String,
    pub name: String,
    pub level: Level,
    pub level_name: String,
    pub subsidy_exempt: bool,
    pub demonstration: bool,
    pub version: i64,
    pub path: Vec<PathEntry>,
    pub appointments: Vec<Appointment>,
    pub coverage: CoverageCounts,
    #[serde(default)]
    pub allowed_actions: Vec<super::Action>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccountItem {
    pub id: String,
    pub username: String,
    pub role: Role,
    pub disabled: bool,
    pub created_at: String,
    pub node: NodeName,
    pub person: Option<PersonName>,
    #[serde(default)]
    pub must_change_password: bool,
}
