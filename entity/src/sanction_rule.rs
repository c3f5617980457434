use sea_orm::entity::prelude::*;

/// When the system proposes disqualifying an officer or liaison from the
/// year's awards: a county's rule for a year, as data (the notice says only
/// "who does not do the job"). A change is a new version; the old is kept.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "sanction_rules")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub county_id: Uuid,
    pub county_code: i64,
    pub year: i32,
    /// Propose when the monthly quota was missed in at least this many
    /// months of the year.
    pub missed_months: i32,
    /// Propose on a failed (不合格) approved assessment of the year.
    pub on_failed_assessment: bool,
    pub version: i32,
    pub set_by: Uuid,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
