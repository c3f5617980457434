//! GraphQL for assessments: `startAssessment`, `scoreAssessmentItem`,
//! `submitAssessment`, `approveAssessment`, `reviseAssessment`,
//! `assessments`. The rules are `rules_schema`.
use super::form;
use super::kinds::{AssessmentGrade, AssessmentMeasure, AssessmentPeriodKind, AssessmentStatus};
use super::queries::{self, Filter};
use super::start;
use super::steps::{self, Score};
use crate::authz::{self, loaders, Action, Authorized};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::people::schema::Appointment;
use crate::subsidies::kinds::SubsidyRole;
use crate::subsidies::Fen;
use async_graphql::{Context, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use entity::assessment;

/// A post's assessment for a period (考核).
pub struct Assessment(pub Authorized<assessment::Model>);

/// What a deduction is based on.
#[derive(SimpleObject)]
pub struct AssessmentEvidence {
    /// A readable line, such as "3月 检查 2/4 次".
    pub summary: String,
    /// The records it is based on (inspections, hazards, meetings, checks).
    pub record_ids: Vec<ID>,
}

/// One item of the form (考核表).
#[derive(SimpleObject)]
pub struct AssessmentItem {
    /// The rule item's key.
    pub key: String,
    /// Its title (中文).
    pub title: String,
    /// Its full points.
    pub max_points: i32,
    /// How the records score it.
    pub measure: AssessmentMeasure,
    /// Points off per miss.
    pub per_miss: i32,
    /// The points now; null for a manual item not yet scored.
    pub points: Option<i32>,
    /// Scored from the records (false: by the assessor).
    pub auto: bool,
    /// What the records give: `max(0, maxPoints − misses × perMiss)`.
    pub auto_points: Option<i32>,
    /// Misses the records show.
    pub misses: i32,
    /// What the records' points are based on.
    pub evidence: Vec<AssessmentEvidence>,
    /// The assessor's note (required when the points differ from the records').
    pub note: Option<String>,
    /// Documents the assessor gives as evidence.
    pub document_ids: Vec<ID>,
}

impl From<form::Item> for AssessmentItem {
    fn from(i: form::Item) -> Self {
        AssessmentItem {
            auto: i.auto_points.is_some(),
            key: i.key,
            title: i.title,
            max_points: i.max_points,
            measure: i.measure.into(),
            per_miss: i.per_miss,
            points: i.points,
            auto_points: i.auto_points,
            misses: i.misses,
            evidence: i
                .evidence
                .into_iter()
                .map(|e| AssessmentEvidence {
                    summary: e.summary,
                    record_ids: e.record_ids.into_iter().map(ids::to_id).collect(),
                })
                .collect(),
            note: i.note,
            document_ids: i.document_ids.into_iter().map(ids::to_id).collect(),
        }
    }
}

/// A post's assessment for a period (考核): DRAFT → SUBMITTED → APPROVED,
/// corrected by new versions.
#[Object]
impl Assessment {
    /// The assessment's id: a random UUID.
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// The post assessed.
    async fn appointment(&self, ctx: &Context<'_>) -> GqlResult<Option<Appointment>> {
        let posts = loaders::appointments_on(ctx, &self.0, &[self.0.appointment_id]).await?;
        Ok(posts.into_iter().next().map(Appointment))
    }
    /// The assessed person's real name.
    async fn person_name(&self, ctx: &Context<'_>) -> GqlResult<Option<String>> {
        let p = loaders::person_on(ctx, &self.0, self.0.person_id).await?;
        Ok(p.map(|p| p.name.clone()))
    }
    /// The post's kind.
    async fn role(&self) -> SubsidyRole {
        self.0.role.into()
    }
    /// "2026" or "2026-03".
    async fn period(&self) -> &str {
        &self.0.period
    }
    /// MONTH or YEAR, as the rules set it.
    async fn period_kind(&self) -> AssessmentPeriodKind {
        self.0.period_kind.into()
    }
    /// DRAFT, SUBMITTED or APPROVED.
    async fn status(&self) -> AssessmentStatus {
        self.0.status.into()
    }
    /// The form.
    async fn items(&self) -> GqlResult<Vec<AssessmentItem>> {
        Ok(form::decode(&self.0.items)?
            .into_iter()
            .map(AssessmentItem::from)
            .collect())
    }
    /// The sum of the items' points.
    async fn total(&self) -> i32 {
        self.0.total
    }
    /// The sum of the items' full points.
    async fn max_total(&self) -> i32 {
        self.0.max_total
    }
    /// EXCELLENT (≥ 90), PASS (≥ the pass mark) or FAIL.
    async fn grade(&self) -> AssessmentGrade {
        self.0.grade.into()
    }
    /// The rules' pass mark, as the form was made.
    async fn pass_mark(&self) -> i32 {
        self.0.pass_mark
    }
    /// Fen off the subsidy per point lost, as the form was made.
    async fn fen_per_point(&self) -> Fen {
        Fen(self.0.fen_per_point)
    }
    /// Fen off the subsidy, fixed when approved; null before.
    async fn deduction_fen(&self) -> Option<Fen> {
        self.0.deduction_fen.map(Fen)
    }
    /// The made-from rules are the built-in default (no node set any).
    async fn default_rules(&self) -> bool {
        self.0.rule_set_id.is_none()
    }
    /// The assessor's real name.
    async fn assessor(&self, ctx: &Context<'_>) -> GqlResult<Option<String>> {
        let p = loaders::person_on(ctx, &self.0, self.0.assessor_person).await?;
        Ok(p.map(|p| p.name.clone()))
    }
    /// Who approved it (real name), once approved.
    async fn approved_by(&self, ctx: &Context<'_>) -> GqlResult<Option<String>> {
        let Some(person) = self.0.approved_by_person else {
            return Ok(None);
        };
        let p = loaders::person_on(ctx, &self.0, person).await?;
        Ok(p.map(|p| p.name.clone()))
    }
    /// When it was submitted.
    async fn submitted_at(&self) -> Option<DateTime<Utc>> {
        self.0.submitted_at
    }
    /// When it was approved.
    async fn approved_at(&self) -> Option<DateTime<Utc>> {
        self.0.approved_at
    }
    /// 1, then one more per revision.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// A newer version replaced this one.
    async fn superseded(&self) -> bool {
        self.0.superseded
    }
    /// The version this one revises.
    async fn previous_id(&self) -> Option<ID> {
        self.0.previous_id.map(ids::to_id)
    }
    /// Why this version revises the previous one.
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }
    /// What the caller may do with it now, by the server's own decision.
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<Action>> {
        Ok(authz::allowed_actions(scope(ctx)?, &*self.0))
    }
    /// When this version was started.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// When it last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

fn shown(sc: &crate::scope::Scope, model: assessment::Model) -> GqlResult<Assessment> {
    Ok(Assessment(authz::authorize(sc, Action::Read, model)?))
}

#[derive(Default)]
pub struct AssessmentsQuery;

#[Object]
impl AssessmentsQuery {
    /// Assessments of posts at or below a node, by post in grid-code order,
    /// newest period first; current versions only unless asked.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn assessments(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A node: its posts and those below it.")] under: ID,
        #[graphql(desc = "Only this period (\"2026\" or \"2026-03\").")] period: Option<String>,
        #[graphql(desc = "Only assessments in this state.")] status: Option<AssessmentStatus>,
        #[graphql(desc = "Also the versions later ones replaced.")] include_superseded: Option<
            bool,
        >,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<Assessment>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let filter = Filter {
            under: ids::parse(&under)?,
            period,
            status: status.map(Into::into),
            include_superseded: include_superseded.unwrap_or(false),
        };
        let (rows, window) = queries::list(&st.db, sc, filter, page).await?;
        Ok(connection(
            rows.into_iter().map(Assessment).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct AssessmentsMutation;

#[Object]
impl AssessmentsMutation {
    /// Opens a post's assessment for a period, filled from the records by
    /// the rules in force; starting again returns the current version.
    async fn start_assessment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The post (a village officer's or a group liaison's).")]
        appointment_id: ID,
        #[graphql(desc = "\"2026\" for a year, \"2026-03\" for a month, as the rules assess.")]
        period: String,
    ) -> GqlResult<Assessment> {
        let (st, req, sc) = all(ctx)?;
        let made = start::start(st, req, sc, ids::parse(&appointment_id)?, &period).await?;
        shown(sc, made)
    }

    /// Gives an item of a draft its points, with a note (required when
    /// they differ from what the records give) and documents as evidence.
    async fn score_assessment_item(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The assessment.")] id: ID,
        #[graphql(desc = "The item's key.")] item_key: String,
        #[graphql(desc = "From 0 to the item's full points.")] points: i32,
        #[graphql(desc = "Why (at most 500 characters).")] note: Option<String>,
        #[graphql(desc = "Uploaded documents as evidence (at most 9).")] document_ids: Option<
            Vec<ID>,
        >,
    ) -> GqlResult<Assessment> {
        let (st, req, sc) = all(ctx)?;
        let docs = document_ids
            .unwrap_or_default()
            .iter()
            .map(ids::parse)
            .collect::<Result<Vec<_>, _>>()?;
        let s = Score {
            id: ids::parse(&id)?,
            item_key,
            points,
            note,
            document_ids: docs,
        };
        shown(sc, steps::score(st, req, sc, s).await?)
    }

    /// Submits a draft whose items all have points, for approval.
    async fn submit_assessment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The assessment.")] id: ID,
    ) -> GqlResult<Assessment> {
        let (st, req, sc) = all(ctx)?;
        shown(sc, steps::submit(st, req, sc, ids::parse(&id)?).await?)
    }

    /// Approves a submitted assessment (the level above the assessor; never
    /// the assessor or the person assessed); it is locked from then on.
    async fn approve_assessment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The assessment.")] id: ID,
    ) -> GqlResult<Assessment> {
        let (st, req, sc) = all(ctx)?;
        shown(sc, steps::approve(st, req, sc, ids::parse(&id)?).await?)
    }

    /// Corrects an approved assessment: a new draft version with the
    /// reason; the approved one is kept, superseded.
    async fn revise_assessment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The approved assessment.")] id: ID,
        #[graphql(desc = "Why (at most 500 characters).")] reason: String,
    ) -> GqlResult<Assessment> {
        let (st, req, sc) = all(ctx)?;
        shown(
            sc,
            steps::revise(st, req, sc, ids::parse(&id)?, &reason).await?,
        )
    }
}
