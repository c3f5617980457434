use sea_orm::entity::prelude::*;

/// A township's locked scorecard for a year: what the card said when the
/// county locked the year (`parts`, JSON), its total and its rank among
/// the county's townships. Written once by the lock, never changed, so a
/// record corrected later does not move a published score.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "scorecards")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub county_code: i64,
    pub township_id: Uuid,
    pub township_code: i64,
    pub year: i32,
    pub total: i32,
    pub rank: i32,
    pub parts: String,
    pub locked_by: Uuid,
    pub locked_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
