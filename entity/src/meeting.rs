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
    pub kind: MeetingKind,
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

// `meetings.kind`; which programme record kind each is, is
// `api::programme::meetings`.
/// Which of the notice's meetings a meeting record is.
#[derive(
    Copy,
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    EnumIter,
    DeriveActiveEnum,
    async_graphql::Enum,
    serde::Serialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MeetingKind {
    /// 安全生产例会: the township's monthly safety meeting.
    #[sea_orm(string_value = "TOWNSHIP_MONTHLY")]
    TownshipMonthly,
    /// 村级安全会议: a village safety meeting (≥ 4 a year).
    #[sea_orm(string_value = "VILLAGE_SAFETY")]
    VillageSafety,
    /// 领导小组会议: the leading group's meeting.
    #[sea_orm(string_value = "LEADING_GROUP")]
    LeadingGroup,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored_values::pinned;

    #[test]
    fn meeting_kinds_keep_their_stored_strings() {
        pinned::<MeetingKind>(&["TOWNSHIP_MONTHLY", "VILLAGE_SAFETY", "LEADING_GROUP"]);
    }
}
