use sea_orm::entity::prelude::*;

/// 劝导: a talk with a driver about unsafe driving, optionally about a
/// vehicle of the group's register.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "persuasions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub vehicle_id: Option<Uuid>,
    pub driver_name: String,
    pub talked_at: DateTimeUtc,
    /// The China-time day of `talked_at`.
    pub talked_on: Date,
    pub reason: PersuasionReason,
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
pub enum PersuasionReason {
    /// 酒后驾驶
    DrunkDriving,
    /// 骑摩托车不戴头盔
    NoHelmet,
    /// 超载超员
    Overloading,
    /// 货车、农用车违法载人
    PassengersOnCargo,
    /// 无证驾驶、无牌上路
    Unlicensed,
    /// 超速
    Speeding,
    /// 疲劳驾驶
    Fatigue,
    Other,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
