use sea_orm::entity::prelude::*;

/// A person holding a post (village officer, group liaison, township
/// leader) at a node from
/// `start_date` until `end_date`. Replacing someone ends one row and starts
/// another, so the history stays.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "appointments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub person_id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub role: String,
    pub start_date: Date,
    pub end_date: Option<Date>,
    pub training_date: Option<Date>,
    pub notebook_issued_date: Option<Date>,
    /// A township leader in charge of safety (分管安全).
    pub in_charge_of_safety: bool,
    pub version: i32,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
