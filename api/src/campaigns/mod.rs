//! Campaigns (工作部署): a county's instruction to the townships below it,
//! with dated milestones (the 2018 build-out: roster by 05-25, training
//! and notebooks by 05-30, the whole build-out with a demonstration village
//! and group by 06-30). Campaigns and their milestones are data the county
//! edits; each township's progress is computed from the records wherever
//! a record exists (`progress`), and from a document of a named kind
//! otherwise.
pub mod milestone_kind;
pub mod progress;
pub mod progress_schema;
pub mod schema;
pub mod service;

pub use milestone_kind::MilestoneKind;
