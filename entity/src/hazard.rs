use sea_orm::entity::prelude::*;

/// A hazard (隐患). `node_code` is where it was found (scope: who may see
/// it); `handling_code` is the level dealing with it now, which escalation
/// moves up. Never deleted; closed hazards change only by reopening.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "hazards")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub handling_node_id: Uuid,
    pub handling_code: i64,
    pub handling_level: i16,
    pub title: String,
    pub description: String,
    pub severity: HazardSeverity,
    pub category: String,
    pub state: HazardState,
    pub deadline: Option<Date>,
    pub responsible_person_id: Option<Uuid>,
    pub responsible_name: Option<String>,
    pub measures: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub accuracy_m: Option<f64>,
    pub inspection_id: Option<Uuid>,
    pub reported_by: Uuid,
    pub reported_at: DateTimeUtc,
    pub rectified_by: Option<Uuid>,
    /// The person behind `rectified_by` when the fix was reported: 复查销号
    /// must be by another person, whichever account they use.
    pub rectified_by_person_id: Option<Uuid>,
    pub rectified_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
    pub last_escalated_on: Option<Date>,
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

// `hazards.state`, `hazard_events.from_state` and `to_state`; the steps
// between states are `api::hazards::lifecycle`.
/// Where a hazard stands.
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
pub enum HazardState {
    /// Reported, no plan yet.
    #[sea_orm(string_value = "REPORTED")]
    Reported,
    /// Fixed when found.
    #[sea_orm(string_value = "FIXED_ON_SPOT")]
    FixedOnSpot,
    /// Being rectified under a plan.
    #[sea_orm(string_value = "RECTIFYING")]
    Rectifying,
    /// The fix is reported done and awaits its check.
    #[sea_orm(string_value = "RECTIFIED")]
    Rectified,
    /// Checked and closed (复查销号).
    #[sea_orm(string_value = "CLOSED")]
    Closed,
    /// Closed once, then reopened.
    #[sea_orm(string_value = "REOPENED")]
    Reopened,
}

/// How serious a hazard is.
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
pub enum HazardSeverity {
    /// 一般隐患
    #[sea_orm(string_value = "GENERAL")]
    General,
    /// 重大隐患: never "fixed on the spot".
    #[sea_orm(string_value = "MAJOR")]
    Major,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored_values::pinned;

    #[test]
    fn states_and_severities_keep_their_stored_strings() {
        pinned::<HazardState>(&[
            "REPORTED",
            "FIXED_ON_SPOT",
            "RECTIFYING",
            "RECTIFIED",
            "CLOSED",
            "REOPENED",
        ]);
        pinned::<HazardSeverity>(&["GENERAL", "MAJOR"]);
    }
}
