//! The stored states, grades, period kinds and measures as GraphQL enums:
//! their faces of the sea-orm active enums in `entity`.
use async_graphql::Enum;
use entity::{assessment, assessment_rule_item, assessment_rule_set};

/// Where an assessment stands: DRAFT → SUBMITTED → APPROVED.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
#[graphql(remote = "assessment::AssessmentStatus")]
pub enum AssessmentStatus {
    /// 草稿: the assessor scores it.
    Draft,
    /// 已提交: waiting for the level above.
    Submitted,
    /// 已审核: locked; a correction is a new version.
    Approved,
}

/// 优秀 ≥ 90, 合格 ≥ the pass mark, 不合格 below it.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
#[graphql(remote = "assessment::AssessmentGrade")]
pub enum AssessmentGrade {
    /// 优秀
    Excellent,
    /// 合格
    Pass,
    /// 不合格
    Fail,
}

/// How long one assessment covers.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
#[graphql(remote = "assessment_rule_set::AssessmentPeriodKind")]
pub enum AssessmentPeriodKind {
    /// A month: the period is "2026-03".
    Month,
    /// A year: the period is "2026".
    Year,
}

/// What the records count as a miss for an item.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
#[graphql(remote = "assessment_rule_item::AssessmentMeasure")]
pub enum AssessmentMeasure {
    /// Months short of the inspection (officer, 4) or patrol (liaison, 3) quota.
    InspectionQuota,
    /// Hazards at the post's node past their deadline and not closed by it.
    HazardFollowUp,
    /// Village safety meetings short of four a year (pro rata by month).
    VillageMeetings,
    /// Notebook spot checks of the person that found it not kept properly.
    NotebookCheck,
    /// Scored by the assessor.
    Manual,
}
