use sea_orm::entity::prelude::*;

/// A hazard (隐患). `node_code` is where it was found (scope: who may see
/// it); `handling_code` is the level dealing with it now, which escalation
/// moves up. Never deleted; closed hazards change only by reopening.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "hazards")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub handling_node_id: Uuid,
    pub handling_code: i64,
    pub handling_level: i16,
    pub title: String,
    pub description: String,
    pub severity: String,
    pub category: String,
    pub state: String,
    pub deadline: Option<Date>,
    pub responsible_person_id: Option<Uuid>,
    pub responsible_name: Option<String>,
    pub measures: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub accuracy_m: Option<f64>,
    pub inspection_id: Option<Uuid>,
    pub reported_by: Uuid,
    pub reported_at: DateTimeUtc,
    pub rectified_by: Option<Uuid>,
    pub rectified_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
    pub last_escalated_on: Option<Date>,
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
