use sea_orm::entity::prelude::*;

/// 考核表模板: one version of a county's township scorecard for a year.
/// Its items are `scorecard_template_items`. An edit is a new version (the
/// higher `version` is the one in force); older versions are kept, never
/// deleted. Where a county has none for a year, the notice's 附件1 applies
/// (built into the API, not stored).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "scorecard_templates")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub county_id: Uuid,
    pub county_code: i64,
    pub year: i32,
    pub version: i32,
    pub set_by: Uuid,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
