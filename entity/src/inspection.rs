use sea_orm::entity::prelude::*;

/// One inspection or patrol with its written record. `occurred_on` is the
/// China-time day of `occurred_at`, so months are counted as the county
/// counts them. `appointment_id` is the post it counts toward (quotas).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "inspections")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub kind: InspectionKind,
    pub occurred_at: DateTimeUtc,
    pub occurred_on: Date,
    pub person_id: Option<Uuid>,
    pub appointment_id: Option<Uuid>,
    pub author_id: Uuid,
    /// A JSON array of sector codes.
    pub sectors: String,
    pub notes: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub accuracy_m: Option<f64>,
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

// `inspections.kind`; which role records which kind and where is
// `api::authz::rules` and `api::inspections::kind`.
/// The kinds of inspection the quotas count.
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
pub enum InspectionKind {
    /// 村级检查: by the village safety officer, at the village or one of its groups.
    #[sea_orm(string_value = "VILLAGE_INSPECTION")]
    VillageInspection,
    /// 组级巡查: by the group safety liaison, at the group.
    #[sea_orm(string_value = "GROUP_PATROL")]
    GroupPatrol,
    /// 包村领导走访: a township leader's visit to the assigned village.
    #[sea_orm(string_value = "LEADER_VISIT")]
    LeaderVisit,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored_values::pinned;

    #[test]
    fn inspection_kinds_keep_their_stored_strings() {
        pinned::<InspectionKind>(&["VILLAGE_INSPECTION", "GROUP_PATROL", "LEADER_VISIT"]);
    }
}
