use sea_orm::entity::prelude::*;

/// A township's demonstration village or group (示范村/示范组) from `since`
/// until the day before `until` (a newer designation ends it).
/// Its evidence is cited like every programme record's documents.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "demonstrations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub township_code: i64,
    pub node_id: Uuid,
    pub node_code: i64,
    pub level: i16,
    pub since: Date,
    pub until: Option<Date>,
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
