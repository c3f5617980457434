use sea_orm::entity::prelude::*;

/// A sanction the county decided (the notice's 警示约谈 for a township late on
/// a deadline, 取消当年评先评优 for an officer or liaison who did not do the
/// job), with the day of the decision, its reason and its documents (cited
/// in `record_documents` as owner kind `SANCTION`). Never deleted.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "sanctions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub kind: SanctionKind,
    /// The year whose work it sanctions.
    pub year: i32,
    /// The township interviewed, or the node of the post disqualified.
    pub subject_node_id: Uuid,
    /// Its grid code: who may see the sanction (the subject and above).
    pub subject_code: i64,
    /// The post, for an award disqualification.
    pub appointment_id: Option<Uuid>,
    /// Its person: eligibility is a person's, not an account's.
    pub person_id: Option<Uuid>,
    pub decided_on: Date,
    pub reason: String,
    pub decided_by: Uuid,
    pub decided_by_person: Option<Uuid>,
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub created_at: DateTimeUtc,
}

/// The two sanctions the notice names.
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
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::N(32))",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SanctionKind {
    /// 警示约谈: a township late on a campaign deadline.
    WarningInterview,
    /// 取消当年评先评优: an officer or liaison who did not do the job.
    AwardDisqualification,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored_values::pinned;

    #[test]
    fn sanction_kinds_keep_their_stored_strings() {
        pinned::<SanctionKind>(&["WARNING_INTERVIEW", "AWARD_DISQUALIFICATION"]);
    }
}
