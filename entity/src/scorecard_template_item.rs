use super::campaign_milestone::MilestoneKind;
use sea_orm::entity::prelude::*;

/// One item of a scorecard template version, with its part. The part's
/// key, title and maximum repeat on each of its items, so a template reads
/// back in one statement and a part exists exactly while it has items.
/// `rule` says how the item fills itself from records (none: entered by
/// hand with evidence); `per_unit`, `document_kinds` and `milestone_kind`
/// are the rule's parameters.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "scorecard_template_items")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub template_id: Uuid,
    pub part_position: i32,
    pub part_key: String,
    pub part_title: String,
    pub part_max_points: i32,
    pub position: i32,
    pub item_key: String,
    pub title: String,
    pub max_points: i32,
    pub rule: Option<ScorecardRule>,
    /// Points lost per missing or failing unit (person, report, rule).
    pub per_unit: Option<i32>,
    /// Document kinds (codes of `document_kinds`), comma-separated.
    pub document_kinds: Option<String>,
    pub milestone_kind: Option<MilestoneKind>,
}

/// How an item of the scorecard fills itself from the records.
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
    serde::Deserialize,
)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::N(40))",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ScorecardRule {
    /// Documents of the named kinds uploaded at the township in the year:
    /// all points, or `per_unit` lost per missing kind.
    Documents,
    /// Posts missing on the roster submitted by the campaign's deadline:
    /// `per_unit` lost per missing person.
    RosterMissing,
    /// The campaign milestone of `milestone_kind` met on time: all points.
    MilestoneOnTime,
    /// Notebook spot checks that found a person not keeping theirs:
    /// `per_unit` lost per person.
    NotebooksNotKept,
    /// Every leader visited an assigned village every month: all points.
    LeaderVisits,
    /// A monthly safety meeting covering the grid work every month.
    MonthlyMeetings,
    /// Duty reports without the grid work: `per_unit` lost per report.
    DutyReportsWithoutGridWork,
    /// Officers assessed by the rules (scored by hand until assessments
    /// are recorded).
    AssessmentsDone,
    /// Subsidies paid in full by the pay-by day.
    SubsidiesOnTime,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored_values::pinned;

    #[test]
    fn scorecard_rules_are_pinned() {
        pinned::<ScorecardRule>(&[
            "DOCUMENTS",
            "ROSTER_MISSING",
            "MILESTONE_ON_TIME",
            "NOTEBOOKS_NOT_KEPT",
            "LEADER_VISITS",
            "MONTHLY_MEETINGS",
            "DUTY_REPORTS_WITHOUT_GRID_WORK",
            "ASSESSMENTS_DONE",
            "SUBSIDIES_ON_TIME",
        ]);
    }
}
