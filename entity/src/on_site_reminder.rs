use sea_orm::entity::prelude::*;

/// 跟场提醒: a reminder given on site at a reported ceremony. Carries the
/// notice's node and grid code so it is scoped like it.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "on_site_reminders")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub ceremony_notice_id: Uuid,
    pub reminded_at: DateTimeUtc,
    /// The China-time day of `reminded_at`.
    pub reminded_on: Date,
    /// A JSON array of reminder topic codes.
    pub topics: String,
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
