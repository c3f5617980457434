use sea_orm::entity::prelude::*;

/// 红白喜事打招呼: a family's wedding, funeral or other gathering, reported to
/// the group liaison beforehand so that its safety can be checked. Lives at
/// a villager group.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "ceremony_notices")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub kind: CeremonyKind,
    /// The family holding it (户主).
    pub host_name: String,
    /// The day the family told the liaison: the record's day.
    pub noticed_on: Date,
    /// The day of the ceremony (may be ahead of `noticed_on`).
    pub held_on: Date,
    pub place: String,
    pub expected_guests: i32,
    /// What was checked or agreed beforehand.
    pub notes: String,
    pub author_id: Uuid,
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum, serde::Serialize)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::N(16))",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum CeremonyKind {
    /// 喜事
    Wedding,
    /// 丧事
    Funeral,
    Other,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
