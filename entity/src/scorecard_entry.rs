use sea_orm::entity::prelude::*;

/// Points the county office entered for one item of a township's card:
/// an item without a rule, or an automatic one overridden with a note (the
/// automatic value stays shown beside it). A change is a new row with the
/// next `version`; the highest is in force, the older ones are kept.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "scorecard_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub county_code: i64,
    pub township_id: Uuid,
    pub township_code: i64,
    pub year: i32,
    pub item_key: String,
    pub points: i32,
    pub note: String,
    /// The evidence documents' ids, a JSON array.
    pub document_ids: String,
    pub version: i32,
    pub entered_by: Uuid,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
