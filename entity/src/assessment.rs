use super::assessment_rule_set::AssessmentPeriodKind;
use super::subsidy_standard::SubsidyRole;
use sea_orm::entity::prelude::*;

/// 考核: one post's assessment for one period. The form (`items`, a JSON
/// array) is filled from the records when it is started, with the rule
/// set's pass mark and fen per point copied in, so a later change of the
/// rules does not change it. DRAFT → SUBMITTED → APPROVED; an approved one
/// is locked, and a correction is a new `version` (`previous_id`) that
/// marks this one `superseded`. Never deleted.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "assessments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub appointment_id: Uuid,
    pub person_id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub role: SubsidyRole,
    /// "2026" or "2026-03".
    pub period: String,
    pub year: i32,
    pub period_kind: AssessmentPeriodKind,
    /// The rule set the form was made from; none for the built-in default.
    pub rule_set_id: Option<Uuid>,
    pub rule_node_id: Option<Uuid>,
    pub pass_mark: i32,
    pub fen_per_point: i64,
    pub items: String,
    pub total: i32,
    pub max_total: i32,
    pub grade: AssessmentGrade,
    pub status: AssessmentStatus,
    /// 1 for the first assessment of the post and period, then one more
    /// per revision.
    pub version: i32,
    pub previous_id: Option<Uuid>,
    pub superseded: bool,
    /// Why this version revises the previous one.
    pub reason: Option<String>,
    pub assessor_account: Uuid,
    pub assessor_person: Uuid,
    /// The assessor's node: the approver is above it.
    pub assessor_code: i64,
    pub assessor_level: i16,
    pub submitted_by_person: Option<Uuid>,
    pub submitted_at: Option<DateTimeUtc>,
    pub approved_by: Option<Uuid>,
    pub approved_by_person: Option<Uuid>,
    pub approved_at: Option<DateTimeUtc>,
    /// Fen off the subsidy, fixed when approved.
    pub deduction_fen: Option<i64>,
    /// Optimistic concurrency: bumped by every write.
    pub edits: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

/// Where an assessment stands.
#[derive(
    Copy,
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    EnumIter,
    DeriveActiveEnum,
    serde::Serialize,
    serde::Deserialize,
)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::N(16))",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AssessmentStatus {
    Draft,
    Submitted,
    Approved,
}

/// 优秀 ≥ 90, 合格 ≥ the pass mark, 不合格 below it.
#[derive(
    Copy,
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    EnumIter,
    DeriveActiveEnum,
    serde::Serialize,
    serde::Deserialize,
)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::N(16))",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AssessmentGrade {
    Excellent,
    Pass,
    Fail,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored_values::pinned;

    #[test]
    fn states_and_grades_keep_their_stored_strings() {
        pinned::<AssessmentStatus>(&["DRAFT", "SUBMITTED", "APPROVED"]);
        pinned::<AssessmentGrade>(&["EXCELLENT", "PASS", "FAIL"]);
    }
}
