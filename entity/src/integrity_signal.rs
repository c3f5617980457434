use sea_orm::entity::prelude::*;

/// 诚信预警: one finding of the county's scan that looks like an invented
/// officer or a diverted subsidy (the notice: 严禁虚报安全员名单和套取、挪用补贴),
/// with the records behind it. `fingerprint` is the kind and the ids
/// involved, so the same finding seen again is this row, and a dismissal
/// (with its reason) stays. Never deleted.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "integrity_signals")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub fingerprint: String,
    pub kind: IntegritySignalKind,
    pub status: IntegritySignalStatus,
    /// Where it is the business of: the lowest node holding every record
    /// involved, so a township sees what lies wholly inside it.
    pub node_id: Uuid,
    pub node_code: i64,
    /// The figures the sentence is built from (JSON: names, distances,
    /// speeds, counts), as the scan saw them.
    pub facts: String,
    /// The records behind it (a JSON array of kind, id, day, time, place).
    pub evidence: String,
    /// When a scan first found it.
    pub detected_at: DateTimeUtc,
    /// When a scan last found it.
    pub last_detected_at: DateTimeUtc,
    pub dismissed_by: Option<Uuid>,
    pub dismissed_at: Option<DateTimeUtc>,
    pub dismiss_reason: Option<String>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

// `integrity_signals.kind` (migration 18's check lists the same).
/// What looks wrong.
#[derive(
    Copy,
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumIter,
    DeriveActiveEnum,
    async_graphql::Enum,
    serde::Serialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IntegritySignalKind {
    /// One person (one ID number) holding two posts at once.
    #[sea_orm(string_value = "SAME_PERSON_TWO_POSTS")]
    SamePersonTwoPosts,
    /// Several current posts held by people with one phone number.
    #[sea_orm(string_value = "SHARED_PHONE")]
    SharedPhone,
    /// A payroll line for a post whose person recorded nothing that year.
    #[sea_orm(string_value = "PAID_WITHOUT_RECORDS")]
    PaidWithoutRecords,
    /// Two records of one person too far apart for the time between them.
    #[sea_orm(string_value = "IMPOSSIBLE_TRAVEL")]
    ImpossibleTravel,
    /// One photo (by content) on records of different people or days.
    #[sea_orm(string_value = "REUSED_PHOTO")]
    ReusedPhoto,
    /// Many records by one person within minutes.
    #[sea_orm(string_value = "RECORD_BURST")]
    RecordBurst,
    /// A record far from where the node's other records are.
    #[sea_orm(string_value = "FAR_FROM_NODE")]
    FarFromNode,
}

// `integrity_signals.status`.
/// Open until the county dismisses it with a reason.
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
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IntegritySignalStatus {
    /// Found and not yet looked into.
    #[sea_orm(string_value = "OPEN")]
    Open,
    /// Looked into and set aside, with a reason.
    #[sea_orm(string_value = "DISMISSED")]
    Dismissed,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored_values::pinned;

    #[test]
    fn integrity_signal_kinds_and_statuses_keep_their_stored_strings() {
        pinned::<IntegritySignalKind>(&[
            "SAME_PERSON_TWO_POSTS",
            "SHARED_PHONE",
            "PAID_WITHOUT_RECORDS",
            "IMPOSSIBLE_TRAVEL",
            "REUSED_PHOTO",
            "RECORD_BURST",
            "FAR_FROM_NODE",
        ]);
        pinned::<IntegritySignalStatus>(&["OPEN", "DISMISSED"]);
    }
}
