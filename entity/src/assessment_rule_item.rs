use sea_orm::entity::prelude::*;

/// One item of a rule set: its points, and how the records score it
/// (`measure`, `per_miss` points off for each miss).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "assessment_rule_items")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub rule_set_id: Uuid,
    pub position: i32,
    pub key: String,
    pub title: String,
    pub max_points: i32,
    pub measure: AssessmentMeasure,
    pub per_miss: i32,
}

/// What the records count as a miss for an item.
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
    db_type = "String(StringLen::N(24))",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AssessmentMeasure {
    /// Months of the period short of the inspection or patrol quota.
    InspectionQuota,
    /// Hazards at the post's node past their deadline and not closed by it.
    HazardFollowUp,
    /// Village safety meetings short of four a year (pro rata).
    VillageMeetings,
    /// Notebook spot checks of the person that found it not kept.
    NotebookCheck,
    /// Scored by the assessor.
    Manual,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored_values::pinned;

    #[test]
    fn measures_keep_their_stored_strings() {
        pinned::<AssessmentMeasure>(&[
            "INSPECTION_QUOTA",
            "HAZARD_FOLLOW_UP",
            "VILLAGE_MEETINGS",
            "NOTEBOOK_CHECK",
            "MANUAL",
        ]);
    }
}
