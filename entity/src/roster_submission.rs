use sea_orm::entity::prelude::*;

/// The roster (names and phones of every officer and liaison) as a
/// township submitted it to the county on `submitted_on`: a frozen copy
/// (`entries`, JSON), and the posts nobody held then (`missing`, JSON).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "roster_submissions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub submitted_on: Date,
    pub entries: String,
    pub missing: String,
    pub entry_count: i32,
    pub missing_count: i32,
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
