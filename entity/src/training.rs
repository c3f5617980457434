use sea_orm::entity::prelude::*;

/// A training session for officers and liaisons. `attendee_appointment_ids`
/// is a JSON array of the appointments trained (each one's `training_date`
/// is set to `held_on`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "trainings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub held_on: Date,
    pub title: String,
    pub attendee_appointment_ids: String,
    pub attendee_count: i32,
    pub notes: String,
    /// What was taught (migration 000013).
    pub topics: String,
    /// How long it lasted, in minutes, if known.
    pub duration_minutes: Option<i32>,
    pub author_id: Uuid,
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
