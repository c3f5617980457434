use sea_orm::entity::prelude::*;

/// One deadline of a campaign: what must be done (`kind`, computed from
/// records) by `due_on`. A `DOCUMENT` milestone is met by a document of
/// `document_kind`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "campaign_milestones")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub campaign_id: Uuid,
    pub position: i32,
    pub kind: MilestoneKind,
    pub title: String,
    pub due_on: Date,
    pub document_kind: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

// `campaign_milestones.kind` (migration 14's check lists the same); which
// records meet each is `api::campaigns::progress`.
/// What a milestone asks of a township, and so which records meet it.
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
pub enum MilestoneKind {
    /// The roster (names and phones of every officer and liaison) submitted
    /// to the county: the first `submitRoster`.
    #[sea_orm(string_value = "ROSTER_SUBMITTED")]
    RosterSubmitted,
    /// Every current officer and liaison trained (their training date).
    #[sea_orm(string_value = "TRAINING_DONE")]
    TrainingDone,
    /// Every current officer and liaison holds a work notebook.
    #[sea_orm(string_value = "NOTEBOOKS_ISSUED")]
    NotebooksIssued,
    /// Both of the above.
    #[sea_orm(string_value = "TRAINING_AND_NOTEBOOKS")]
    TrainingAndNotebooks,
    /// A demonstration village and a demonstration group designated.
    #[sea_orm(string_value = "DEMONSTRATION_SITES")]
    DemonstrationSites,
    /// Every village has its officer and every group its liaison.
    #[sea_orm(string_value = "COVERAGE_COMPLETE")]
    CoverageComplete,
    /// The whole build-out: coverage complete and both demonstration sites.
    #[sea_orm(string_value = "BUILD_OUT")]
    BuildOut,
    /// A document of the milestone's `documentKind` uploaded by the
    /// township (a decision, a plan): for duties no record shows.
    #[sea_orm(string_value = "DOCUMENT")]
    Document,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored_values::pinned;

    #[test]
    fn milestone_kinds_keep_their_stored_strings() {
        pinned::<MilestoneKind>(&[
            "ROSTER_SUBMITTED",
            "TRAINING_DONE",
            "NOTEBOOKS_ISSUED",
            "TRAINING_AND_NOTEBOOKS",
            "DEMONSTRATION_SITES",
            "COVERAGE_COMPLETE",
            "BUILD_OUT",
            "DOCUMENT",
        ]);
    }
}
