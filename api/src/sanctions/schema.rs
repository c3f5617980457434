//! GraphQL for sanctions: `sanctionRules`, `setSanctionRules`,
//! `sanctionProposals`, `recordSanction`, `sanctions`.
use super::proposals::{self, LateMilestone, MissedMonth, Proposal};
use super::record::{self, NewSanction};
use super::{county_of, rules, SanctionKind};
use crate::authz::{self, loaders, Action, Authorized};
use crate::context::{all, scope, state};
use crate::documents::Document;
use crate::error::GqlResult;
use crate::grid::schema::GridNode;
use crate::idempotency::IdempotencyKey;
use crate::ids;
use crate::people::schema::Appointment;
use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use chrono::{DateTime, NaiveDate, Utc};
use entity::sanction;

/// A sanction the county decided (警示约谈 or 取消当年评先评优).
pub struct Sanction(pub Authorized<sanction::Model>);

/// A sanction the county decided: a warning interview of a township late on
/// a deadline (警示约谈), or an officer's or liaison's loss of the year's
/// award eligibility (取消当年评先评优).
#[Object]
impl Sanction {
    /// The record's id: a random UUID.
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// WARNING_INTERVIEW or AWARD_DISQUALIFICATION.
    async fn kind(&self) -> SanctionKind {
        self.0.kind
    }
    /// The year whose work it sanctions.
    async fn year(&self) -> i32 {
        self.0.year
    }
    /// The township interviewed, or the node of the post disqualified.
    async fn subject(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(loaders::node(ctx, self.0.subject_node_id).await?))
    }
    /// The post disqualified (award disqualifications only).
    async fn appointment(&self, ctx: &Context<'_>) -> GqlResult<Option<Appointment>> {
        let Some(id) = self.0.appointment_id else {
            return Ok(None);
        };
        let found = loaders::appointments_on(ctx, &self.0, &[id]).await?;
        Ok(found.into_iter().next().map(Appointment))
    }
    /// The day the county decided.
    async fn decided_on(&self) -> NaiveDate {
        self.0.decided_on
    }
    /// Why.
    async fn reason(&self) -> &str {
        &self.0.reason
    }
    /// Who recorded the decision: their real name.
    async fn decided_by(&self, ctx: &Context<'_>) -> GqlResult<Option<String>> {
        Ok(loaders::account_name(ctx, &self.0, self.0.decided_by).await?)
    }
    /// The decision's documents (minutes of the interview, the decision).
    async fn documents(&self, ctx: &Context<'_>) -> GqlResult<Vec<Document>> {
        Ok(loaders::documents_cited_by(ctx, &self.0, self.0.id)
            .await?
            .into_iter()
            .map(Document)
            .collect())
    }
    /// When it was recorded.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// What the caller may do with it (a decision is final: nothing).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<Action>> {
        Ok(authz::allowed_actions(scope(ctx)?, &self.0))
    }
}

/// A county's rule of a year for proposing award disqualifications.
#[derive(SimpleObject)]
pub struct SanctionRules {
    /// The year.
    pub year: i32,
    /// Proposed when the monthly quota was missed in at least this many
    /// months of the year.
    pub missed_months: i32,
    /// Proposed on a failed (不合格) approved assessment of the year.
    pub on_failed_assessment: bool,
    /// False while the county follows the default (3 months; a failed
    /// assessment).
    pub set_by_county: bool,
    /// The rule's version (0: the default).
    pub version: i32,
}

impl SanctionRules {
    fn of(year: i32, r: rules::Rule) -> Self {
        SanctionRules {
            year,
            missed_months: r.missed_months,
            on_failed_assessment: r.on_failed_assessment,
            set_by_county: r.stored.is_some(),
            version: r.stored.map_or(0, |s| s.version),
        }
    }
}

/// A milestone a township met late, or not by its due day.
#[derive(SimpleObject)]
pub struct SanctionLateMilestone {
    /// The campaign's name.
    pub campaign: String,
    /// The milestone.
    pub title: String,
    /// Its due day.
    pub due_on: NaiveDate,
    /// When it was met; null: not met.
    pub done_on: Option<NaiveDate>,
}

impl From<&LateMilestone> for SanctionLateMilestone {
    fn from(m: &LateMilestone) -> Self {
        SanctionLateMilestone {
            campaign: m.campaign.clone(),
            title: m.title.clone(),
            due_on: m.due_on,
            done_on: m.done_on,
        }
    }
}

/// A finished month in which a post's quota was missed.
#[derive(SimpleObject)]
pub struct SanctionMissedMonth {
    /// "YYYY-MM".
    pub month: String,
    /// Inspections or patrols recorded.
    pub done: i32,
    /// The quota.
    pub expected: i32,
}

impl From<&MissedMonth> for SanctionMissedMonth {
    fn from(m: &MissedMonth) -> Self {
        SanctionMissedMonth {
            month: m.month.first_day().format("%Y-%m").to_string(),
            done: i32::try_from(m.done).unwrap_or(i32::MAX),
            expected: i32::try_from(m.expected).unwrap_or(i32::MAX),
        }
    }
}

/// A failed assessment a proposal rests on (open it with `node(id:)`).
#[derive(SimpleObject)]
pub struct SanctionFailedAssessment {
    /// The assessment's id.
    pub id: ID,
    /// "2026" or "2026-03".
    pub period: String,
    /// Its points.
    pub total: i32,
    /// The points needed to pass.
    pub pass_mark: i32,
}

/// What the records say deserves a sanction, for the county to decide.
pub struct SanctionProposal(Proposal);

/// What the records say deserves a sanction, for the county to decide.
#[Object]
impl SanctionProposal {
    /// What the records propose.
    async fn kind(&self) -> SanctionKind {
        self.0.kind
    }
    /// What `recordSanction` takes as `subjectId`: the township's id, or
    /// the post's.
    async fn subject_id(&self) -> ID {
        ids::to_id(self.0.subject.id())
    }
    /// The township (warning interviews), or the post's node.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        let id = match &self.0.subject {
            proposals::Subject::Township(t) => t.id,
            proposals::Subject::Post(a) => a.node_id,
        };
        Ok(GridNode(loaders::node(ctx, id).await?))
    }
    /// The post (award disqualifications).
    async fn appointment(&self) -> Option<Appointment> {
        match &self.0.subject {
            proposals::Subject::Post(a) => Some(Appointment(a.clone())),
            proposals::Subject::Township(_) => None,
        }
    }
    /// The milestones met late or not met (warning interviews).
    async fn late_milestones(&self) -> Vec<SanctionLateMilestone> {
        self.0.late_milestones.iter().map(Into::into).collect()
    }
    /// The finished months with the quota missed (award disqualifications).
    async fn missed_months(&self) -> Vec<SanctionMissedMonth> {
        self.0.missed_months.iter().map(Into::into).collect()
    }
    /// The county rule's number of months it reached.
    async fn threshold(&self) -> Option<i32> {
        self.0.threshold
    }
    /// The approved assessment of the year that failed (不合格), when the
    /// county's rule proposes on one.
    async fn failed_assessment(&self) -> Option<SanctionFailedAssessment> {
        self.0
            .failed_assessment
            .as_ref()
            .map(|a| SanctionFailedAssessment {
                id: ids::to_id(a.id),
                period: a.period.clone(),
                total: a.total,
                pass_mark: a.pass_mark,
            })
    }
    /// The decision already recorded, if any.
    async fn decision(&self, ctx: &Context<'_>) -> GqlResult<Option<Sanction>> {
        let sc = scope(ctx)?;
        Ok(match &self.0.decided {
            Some(s) => Some(Sanction(authz::authorize(sc, Action::Read, s.clone())?)),
            None => None,
        })
    }
}

#[derive(Default)]
pub struct SanctionsQuery;

#[Object]
impl SanctionsQuery {
    /// The county's rule of a year for proposing award disqualifications
    /// (the default where it set none).
    async fn sanction_rules(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The county.")] county_id: ID,
        #[graphql(desc = "The year.")] year: i32,
    ) -> GqlResult<SanctionRules> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let year = rules::check_year(year)?;
        let county = crate::grid::service::find(&st.db, sc, ids::parse(&county_id)?).await?;
        let rule = rules::of_county(&st.db, county_of(county.code), year).await?;
        Ok(SanctionRules::of(year, rule))
    }

    /// What the records say deserves a sanction in a year at or below a
    /// node: warning interviews for townships late on a campaign milestone,
    /// award disqualifications for posts that missed the quota in the
    /// county rule's number of months. Each says whether it was decided.
    #[graphql(complexity = "crate::pagination::list_cost(100, child_complexity)")]
    async fn sanction_proposals(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The node (a county, a township).")] under: ID,
        #[graphql(desc = "The year.")] year: i32,
    ) -> GqlResult<Vec<SanctionProposal>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let found = proposals::propose(st, sc, Some(ids::parse(&under)?), year).await?;
        Ok(found.into_iter().map(SanctionProposal).collect())
    }

    /// The sanctions decided at or below a node (the register), newest
    /// year first.
    #[graphql(complexity = "crate::pagination::list_cost(100, child_complexity)")]
    async fn sanctions(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The node (default: the caller's).")] under: Option<ID>,
        #[graphql(desc = "Only this year.")] year: Option<i32>,
    ) -> GqlResult<Vec<Sanction>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let rows = record::list(&st.db, sc, ids::parse_opt(&under)?, year).await?;
        Ok(rows.into_iter().map(Sanction).collect())
    }
}

/// A sanction the county decided.
#[derive(InputObject)]
pub struct RecordSanctionInput {
    /// WARNING_INTERVIEW (of a township) or AWARD_DISQUALIFICATION (of a post).
    pub kind: SanctionKind,
    /// The township (WARNING_INTERVIEW) or the post (AWARD_DISQUALIFICATION).
    pub subject_id: ID,
    /// The year whose work it sanctions.
    pub year: i32,
    /// The day the county decided (not in the future).
    pub decided_on: NaiveDate,
    /// Why (at most 1000 characters).
    pub reason: String,
    /// The decision's documents, uploaded first (at most 10).
    pub document_ids: Option<Vec<ID>>,
    /// Made by the client once per decision; a retry returns the one made.
    pub idempotency_key: Option<String>,
}

#[derive(Default)]
pub struct SanctionsMutation;

#[Object]
impl SanctionsMutation {
    /// Sets the county's rule of a year for proposing award
    /// disqualifications (a new version; county administrators).
    async fn set_sanction_rules(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The county.")] county_id: ID,
        #[graphql(desc = "The year.")] year: i32,
        #[graphql(desc = "Months of missed quota that make a proposal (1–12).")] missed_months: i32,
        #[graphql(desc = "Whether a failed approved assessment makes a proposal.")]
        on_failed_assessment: bool,
    ) -> GqlResult<SanctionRules> {
        let (st, req, sc) = all(ctx)?;
        let made = rules::set(
            st,
            req,
            sc,
            ids::parse(&county_id)?,
            year,
            missed_months,
            on_failed_assessment,
        )
        .await?;
        Ok(SanctionRules::of(
            made.year,
            rules::Rule {
                missed_months: made.missed_months,
                on_failed_assessment: made.on_failed_assessment,
                stored: Some(made),
            },
        ))
    }

    /// Records the county's decision on a sanction (county administrators);
    /// one per kind, subject and year. Idempotent by key.
    async fn record_sanction(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The decision.")] input: RecordSanctionInput,
    ) -> GqlResult<Sanction> {
        let (st, req, sc) = all(ctx)?;
        let key = input
            .idempotency_key
            .unwrap_or_else(|| uuid::Uuid::new_v4().simple().to_string());
        let document_ids = input
            .document_ids
            .unwrap_or_default()
            .iter()
            .map(ids::parse)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|_| {
                crate::error::AppError::input(
                    "documentIds",
                    crate::error::Key::RecordDocumentUnknown,
                )
            })?;
        let new = NewSanction {
            kind: input.kind,
            subject_id: ids::parse(&input.subject_id)?,
            year: input.year,
            decided_on: input.decided_on,
            reason: input.reason,
            document_ids,
            idempotency_key: IdempotencyKey::parse(&key)?,
        };
        let made = record::record(st, req, sc, new).await?;
        Ok(Sanction(authz::authorize(sc, Action::Read, made)?))
    }
}
