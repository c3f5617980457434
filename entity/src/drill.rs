use sea_orm::entity::prelude::*;

/// An emergency rescue drill (应急演练) held by a village.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "drills")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub held_on: Date,
    pub scenario: String,
    pub participant_count: i32,
    pub notes: String,
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
