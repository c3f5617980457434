use async_graphql::Enum;

/// What a milestone asks of a township, and so which records meet it.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum MilestoneKind {
    /// The roster (names and phones of every officer and liaison) submitted
    /// to the county: the first `submitRoster`.
    RosterSubmitted,
    /// Every current officer and liaison trained (their training date).
    TrainingDone,
    /// Every current officer and liaison holds a work notebook.
    NotebooksIssued,
    /// Both of the above.
    TrainingAndNotebooks,
    /// A demonstration village and a demonstration group designated.
    DemonstrationSites,
    /// Every village has its officer and every group its liaison.
    CoverageComplete,
    /// The whole build-out: coverage complete and both demonstration sites.
    BuildOut,
    /// A document of the milestone's `documentKind` uploaded by the
    /// township (a decision, a plan): for duties no record shows.
    Document,
}

impl MilestoneKind {
    pub const ALL: [MilestoneKind; 8] = [
        Self::RosterSubmitted,
        Self::TrainingDone,
        Self::NotebooksIssued,
        Self::TrainingAndNotebooks,
        Self::DemonstrationSites,
        Self::CoverageComplete,
        Self::BuildOut,
        Self::Document,
    ];

    /// The stored value (migration 14's check lists the same).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::RosterSubmitted => "ROSTER_SUBMITTED",
            Self::TrainingDone => "TRAINING_DONE",
            Self::NotebooksIssued => "NOTEBOOKS_ISSUED",
            Self::TrainingAndNotebooks => "TRAINING_AND_NOTEBOOKS",
            Self::DemonstrationSites => "DEMONSTRATION_SITES",
            Self::CoverageComplete => "COVERAGE_COMPLETE",
            Self::BuildOut => "BUILD_OUT",
            Self::Document => "DOCUMENT",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}
