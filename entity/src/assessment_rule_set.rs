use super::subsidy_standard::SubsidyRole;
use sea_orm::entity::prelude::*;

/// 考核细则: the rules one node assesses one post by — the period, the pass
/// mark, the fen deducted per point lost and the items
/// (`assessment_rule_items`). A county sets the default, a township its
/// officers', a village its liaisons'; where a node has none, the nearest
/// ancestor's holds, else the built-in default (`api::assessments::rules`).
/// A new set supersedes the old, which is kept (`superseded_at`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "assessment_rule_sets")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub node_level: i16,
    /// The post assessed by these rules.
    pub role: SubsidyRole,
    pub period_kind: AssessmentPeriodKind,
    pub pass_mark: i32,
    /// Fen deducted from the subsidy per point lost.
    pub fen_per_point: i64,
    pub set_by: Uuid,
    pub superseded_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

/// How long one assessment covers.
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
    db_type = "String(StringLen::N(8))",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AssessmentPeriodKind {
    /// A calendar month ("2026-03").
    Month,
    /// A calendar year ("2026").
    Year,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored_values::pinned;

    #[test]
    fn period_kinds_keep_their_stored_strings() {
        pinned::<AssessmentPeriodKind>(&["MONTH", "YEAR"]);
    }
}
