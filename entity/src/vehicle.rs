use sea_orm::entity::prelude::*;

/// 机动车排查登记: one motor vehicle of a villager group's register. Never
/// deleted: a vehicle sold, scrapped or moved away is retired with a
/// reason and stays readable; an edit is a new version.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "vehicles")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    /// Normalised: 贵C12345 (no space or dot).
    pub plate: String,
    pub kind: VehicleKind,
    pub owner_name: String,
    /// In full; answers mask it for roles that may not see phones.
    pub owner_phone: String,
    /// 有牌有证: plated and the driver licensed.
    pub licensed: bool,
    pub registered_on: Date,
    pub retired_on: Option<Date>,
    pub retired_reason: Option<String>,
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
    db_type = "String(StringLen::N(16))",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
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
    Other,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
