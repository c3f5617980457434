use sea_orm::entity::prelude::*;

/// One cell of the six-level grid. `code` is the 15-digit grid code
/// (2+2+2+3+3 digits of the national division code, +3 for the villager
/// group), so a subtree is the integer range `code BETWEEN lo AND hi`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "grid_nodes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub code: i64,
    pub level: i16,
    pub parent_id: Option<Uuid>,
    pub name: String,
    pub subsidy_exempt: bool,
    pub demonstration: bool,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
