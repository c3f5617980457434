use sea_orm::entity::prelude::*;

/// 补贴标准: what a county pays per person per year for one post, in
/// integer fen (分). A county's standard for a year holds until a later
/// year's row replaces it; a change is a new `version`, the old row kept in
/// `record_versions` with the reason. Never deleted.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "subsidy_standards")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The county that pays.
    pub node_id: Uuid,
    pub node_code: i64,
    pub year: i32,
    pub role: SubsidyRole,
    pub amount_fen: i64,
    pub version: i32,
    pub set_by: Uuid,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

/// The posts the notice pays a subsidy for (the appointment roles, less
/// the township leaders, who are paid as civil servants).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, serde::Serialize)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::N(16))",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum SubsidyRole {
    /// 村级安全员
    VillageOfficer,
    /// 组级安全联络员
    GroupLiaison,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
