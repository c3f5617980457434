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
    pub kind: String,
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
