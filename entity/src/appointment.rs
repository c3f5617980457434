use sea_orm::entity::prelude::*;

/// A person holding a post (village officer, group liaison, township
/// leader) at a node from
/// `start_date` until `end_date`. Replacing someone ends one row and starts
/// another, so the history stays.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "appointments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub person_id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub role: AppointmentRole,
    pub start_date: Date,
    pub end_date: Option<Date>,
    pub training_date: Option<Date>,
    pub notebook_issued_date: Option<Date>,
    /// A township leader in charge of safety (分管安全).
    pub in_charge_of_safety: bool,
    pub version: i32,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

// `appointments.role` (migration 14's check lists the same).
/// Posts a person can be appointed to.
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
pub enum AppointmentRole {
    /// 村级安全员, at a village.
    #[sea_orm(string_value = "VILLAGE_OFFICER")]
    VillageOfficer,
    /// 组级安全联络员, at a villager group.
    #[sea_orm(string_value = "GROUP_LIAISON")]
    GroupLiaison,
    /// 镇乡领导班子成员, at a township: visits the assigned villages (挂包村)
    /// and files a monthly duty report; one of them is in charge of safety.
    #[sea_orm(string_value = "TOWNSHIP_LEADER")]
    TownshipLeader,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored_values::pinned;

    #[test]
    fn appointment_roles_keep_their_stored_strings() {
        pinned::<AppointmentRole>(&["VILLAGE_OFFICER", "GROUP_LIAISON", "TOWNSHIP_LEADER"]);
    }
}
