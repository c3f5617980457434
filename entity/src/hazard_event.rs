use sea_orm::entity::prelude::*;

/// One step in a hazard's life: who (`actor_id`, empty for the server's own
/// overdue escalation), when, from which state and level to which, and why.
/// Photos of the step point at this row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "hazard_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub hazard_id: Uuid,
    pub node_code: i64,
    pub action: String,
    pub from_state: Option<String>,
    pub to_state: String,
    pub from_handling_code: Option<i64>,
    pub to_handling_code: i64,
    pub actor_id: Option<Uuid>,
    pub note: Option<String>,
    pub deadline: Option<Date>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
