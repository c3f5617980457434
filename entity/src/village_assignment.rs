use sea_orm::entity::prelude::*;

/// A township leader's assigned village (挂包村) from `since` until the day
/// before `until`. Reassigning ends a row and starts another, so the
/// history of who answered for which village stays.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "village_assignments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub appointment_id: Uuid,
    pub village_id: Uuid,
    pub village_code: i64,
    pub township_code: i64,
    pub since: Date,
    pub until: Option<Date>,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
