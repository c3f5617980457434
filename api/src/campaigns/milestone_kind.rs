//! What a milestone asks of a township: the stored value is defined once
//! with its table (`entity`); which records meet each kind is `progress`.
pub use entity::campaign_milestone::MilestoneKind;
