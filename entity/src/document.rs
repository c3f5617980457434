use sea_orm::entity::prelude::*;

/// An uploaded document (PDF or image) kept as evidence at a node. The file
/// lives under the data directory, named by its SHA-256. Never deleted: a
/// newer version names the one it supersedes (`supersedes_id`, at most one
/// successor each), and `version` counts along that chain.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "documents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub kind: String,
    pub title: String,
    pub sha256: String,
    pub mime: String,
    pub byte_size: i64,
    #[sea_orm(unique)]
    pub supersedes_id: Option<Uuid>,
    pub version: i32,
    pub uploaded_by: Uuid,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
