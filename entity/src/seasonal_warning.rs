use sea_orm::entity::prelude::*;

/// A seasonal warning the group liaison gave (附件3): no piled firewood or
/// straw, no swimming in unsafe water, no wild mushrooms, no poking wasp
/// nests, road traffic, fire.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "seasonal_warnings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub topic: WarningTopic,
    pub given_at: DateTimeUtc,
    /// The China-time day of `given_at`.
    pub given_on: Date,
    /// Households reached.
    pub households: i32,
    pub notes: String,
    pub author_id: Uuid,
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum, serde::Serialize)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::N(24))",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum WarningTopic {
    /// 柴草堆放
    FirewoodStraw,
    /// 危险水域游泳
    UnsafeSwimming,
    /// 误食野生菌
    WildMushrooms,
    /// 捅马蜂窝
    WaspNests,
    /// 道路交通
    RoadTraffic,
    /// 用火安全
    Fire,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
