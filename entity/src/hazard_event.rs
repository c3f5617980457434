use crate::hazard::HazardState;
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
    pub action: HazardAction,
    pub from_state: Option<HazardState>,
    pub to_state: HazardState,
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

/// What a step does; stored in `hazard_events.action`.
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
pub enum HazardAction {
    /// Reported.
    #[sea_orm(string_value = "REPORT")]
    Report,
    /// Fixed on the spot.
    #[sea_orm(string_value = "FIX_ON_SPOT")]
    FixOnSpot,
    /// A rectification planned (deadline, responsible person, measures).
    #[sea_orm(string_value = "PLAN_RECTIFICATION")]
    PlanRectification,
    /// The fix reported done.
    #[sea_orm(string_value = "RECTIFY")]
    Rectify,
    /// The check passed; closed.
    #[sea_orm(string_value = "VERIFY_PASSED")]
    VerifyPassed,
    /// The check failed; back to rectifying.
    #[sea_orm(string_value = "VERIFY_FAILED")]
    VerifyFailed,
    /// A closed hazard reopened.
    #[sea_orm(string_value = "REOPEN")]
    Reopen,
    /// Escalated to the level above.
    #[sea_orm(string_value = "ESCALATE")]
    Escalate,
    /// Escalated by the server because the deadline passed.
    #[sea_orm(string_value = "AUTO_ESCALATE")]
    AutoEscalate,
    /// Title, description, severity or category corrected while open.
    #[sea_orm(string_value = "EDIT")]
    Edit,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored_values::pinned;

    #[test]
    fn actions_keep_their_stored_strings() {
        pinned::<HazardAction>(&[
            "REPORT",
            "FIX_ON_SPOT",
            "PLAN_RECTIFICATION",
            "RECTIFY",
            "VERIFY_PASSED",
            "VERIFY_FAILED",
            "REOPEN",
            "ESCALATE",
            "AUTO_ESCALATE",
            "EDIT",
        ]);
    }
}
