use sea_orm::entity::prelude::*;

/// A village's annual safety work plan (年度工作计划) for `year`, adopted on
/// `adopted_on`. A newer plan for the same year is a correction of this one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "work_plans")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub year: i32,
    pub adopted_on: Date,
    pub title: String,
    pub content: String,
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
