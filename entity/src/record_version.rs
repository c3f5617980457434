use sea_orm::entity::prelude::*;

/// A programme record as it was before a correction: the whole row as JSON,
/// the version it had, and why it was corrected. Never changed or deleted.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "record_versions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub record_kind: String,
    pub record_id: Uuid,
    pub node_code: i64,
    pub version: i32,
    pub snapshot: String,
    pub reason: String,
    pub corrected_by: Uuid,
    pub corrected_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
