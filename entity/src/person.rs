use sea_orm::entity::prelude::*;

/// A person who can hold an appointment; separate from any login account.
/// `node_code` is the grid code of the node the person is registered under,
/// the anchor of every scoped read.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "persons")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub name: String,
    pub phone: String,
    pub id_number: Option<String>,
    pub auxiliary_post: Option<String>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
