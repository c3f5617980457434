use sea_orm::entity::prelude::*;

/// A safety meeting: the township's monthly meeting (例会), a village safety
/// meeting, or the leading group's. `attendee_ids` is a JSON array of person
/// ids; `attendee_count` counts everyone, named or not.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "meetings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub kind: String,
    pub held_on: Date,
    pub topics: String,
    pub covers_grid_work: bool,
    pub attendee_ids: String,
    pub attendee_count: i32,
    pub minutes: String,
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
