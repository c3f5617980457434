use sea_orm::entity::prelude::*;

/// A township leader's monthly duty report (履职报告): `month` is
/// "YYYY-MM", `covers_grid_work` whether it reports on the grid work, as
/// the notice requires of every one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "duty_reports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub appointment_id: Uuid,
    pub person_id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    /// The first day of `month` (the programme record's day).
    pub reported_on: Date,
    pub month: String,
    pub covers_grid_work: bool,
    pub summary: String,
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
