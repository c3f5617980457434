use sea_orm::entity::prelude::*;

/// One deadline of a campaign: what must be done (`kind`, computed from
/// records) by `due_on`. A `DOCUMENT` milestone is met by a document of
/// `document_kind`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "campaign_milestones")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub campaign_id: Uuid,
    pub position: i32,
    pub kind: String,
    pub title: String,
    pub due_on: Date,
    pub document_kind: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
