use sea_orm::entity::prelude::*;

/// Append-only, hash-chained record of every change: `hash` covers this
/// row's content and `prev_hash`, so an edited or deleted row breaks the chain.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub at: DateTimeUtc,
    pub actor_id: Option<Uuid>,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub node_code: Option<i64>,
    pub before: Option<String>,
    pub after: Option<String>,
    pub request_id: String,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
