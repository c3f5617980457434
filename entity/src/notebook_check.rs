use sea_orm::entity::prelude::*;

/// A spot check of one officer's or liaison's work notebook (工作笔记本):
/// kept properly or not, with a photo of the page. Made from above the
/// village (a village does not check its own).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "notebook_checks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub appointment_id: Uuid,
    pub person_id: Uuid,
    pub checked_on: Date,
    pub kept: bool,
    pub note: String,
    pub author_id: Uuid,
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
