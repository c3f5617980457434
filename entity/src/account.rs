use sea_orm::entity::prelude::*;

/// A login. `session_epoch` is bumped to revoke every session at once
/// (password change, disabling, moving to another node).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "accounts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub username: String,
    #[serde(skip_serializing)]
    pub password_hash: String,
    pub node_id: Uuid,
    pub node_code: i64,
    pub role: Role,
    /// Always set (the database refuses an account without a person); an
    /// `Option` only because older code reads it as one.
    pub person_id: Option<Uuid>,
    pub disabled: bool,
    pub failed_logins: i32,
    pub locked_until: Option<DateTimeUtc>,
    pub session_epoch: i32,
    /// The password was set by someone else (created or reset): the next
    /// session may only change it.
    pub must_change_password: bool,
    /// Base32 TOTP secret; pending until `totp_enabled_at` is set.
    #[serde(skip_serializing)]
    pub totp_secret: Option<String>,
    pub totp_enabled_at: Option<DateTimeUtc>,
    /// The last time step whose code was accepted: a code works once.
    #[serde(skip_serializing)]
    pub totp_last_step: Option<i64>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

// `accounts.role`. Which role does what at which level is the table in
// `api::authz::rules`.
/// What an account may do at and below its node. The table of permissions
/// lives in `scope.rs`, the one place that decides.
#[derive(
    Copy,
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    EnumIter,
    DeriveActiveEnum,
    async_graphql::Enum,
    serde::Serialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Role {
    /// Administrator of a node: grid, people and accounts below it.
    #[sea_orm(string_value = "ADMIN")]
    Admin,
    /// A township (or county) leader: grid, people and accounts for officers.
    #[sea_orm(string_value = "LEADER")]
    Leader,
    /// 村级安全员: the village, its groups and their liaisons.
    #[sea_orm(string_value = "VILLAGE_OFFICER")]
    VillageOfficer,
    /// 组级安全联络员: reads the group; field work comes later.
    #[sea_orm(string_value = "GROUP_LIAISON")]
    GroupLiaison,
    /// City and province offices, dashboards: read only.
    #[sea_orm(string_value = "VIEWER")]
    Viewer,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored_values::pinned;

    #[test]
    fn roles_keep_their_stored_strings() {
        pinned::<Role>(&[
            "ADMIN",
            "LEADER",
            "VILLAGE_OFFICER",
            "GROUP_LIAISON",
            "VIEWER",
        ]);
    }
}
