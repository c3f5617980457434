//! The stored kinds and topics as GraphQL enums. The stored ones are sea-orm
//! active enums in `entity` (the database checks their values); these are
//! their GraphQL faces, converted by async-graphql's `remote`.
use async_graphql::Enum;
use entity::{ceremony_notice, persuasion, seasonal_warning, vehicle};
use serde::{Deserialize, Serialize};

/// What the family holds (红白喜事).
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
#[graphql(remote = "ceremony_notice::CeremonyKind")]
pub enum CeremonyKind {
    /// 喜事: a wedding (or another happy occasion).
    Wedding,
    /// 丧事: a funeral.
    Funeral,
    /// 其他: a birthday banquet, a house-warming, …
    Other,
}

/// The kind of a registered motor vehicle.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
#[graphql(remote = "vehicle::VehicleKind")]
pub enum VehicleKind {
    /// 小型汽车
    Car,
    /// 面包车
    Van,
    /// 货车
    Truck,
    /// 摩托车
    Motorcycle,
    /// 三轮车
    Tricycle,
    /// 拖拉机
    Tractor,
    /// 其他
    Other,
}

/// What a persuasion talk (劝导) was about.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
#[graphql(remote = "persuasion::PersuasionReason")]
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
    /// 其他
    Other,
}

/// The topic of a seasonal warning (附件3).
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
#[graphql(remote = "seasonal_warning::WarningTopic")]
pub enum WarningTopic {
    /// 柴草不乱堆乱放
    FirewoodStraw,
    /// 不到危险水域游泳
    UnsafeSwimming,
    /// 不采食野生菌
    WildMushrooms,
    /// 不捅马蜂窝
    WaspNests,
    /// 道路交通安全
    RoadTraffic,
    /// 用火安全
    Fire,
}

/// What an on-site reminder (跟场提醒) at a ceremony covered. Stored as a
/// JSON array on the reminder (several per reminder).
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReminderTopic {
    /// 集体聚餐食品安全
    FoodSafety,
    /// 临时用电、用火
    FireAndPower,
    /// 燃放烟花爆竹
    Fireworks,
    /// 液化气、燃气
    Gas,
    /// 酒后不开车
    DrinkDriving,
    /// 临时搭建、人员密集
    Crowding,
    /// 其他
    Other,
}

pub fn encode_topics(topics: &[ReminderTopic]) -> String {
    serde_json::to_string(topics).unwrap_or_else(|_| "[]".into())
}

/// Values the database accepted earlier; an unknown one is skipped, not fatal.
pub fn decode_topics(json: &str) -> Vec<ReminderTopic> {
    serde_json::from_str::<Vec<serde_json::Value>>(json)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|v| serde_json::from_value(v).ok())
        .collect()
}
