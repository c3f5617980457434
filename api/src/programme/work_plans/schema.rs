//! GraphQL for work plans: `recordWorkPlan`, `correctWorkPlan`, `workPlan`,
//! `workPlans`.
use super::service::{self, NewWorkPlan};
use crate::authz::{self, Action, Authorized};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::programme::meetings::schema::parse_ids;
use crate::programme::{self, Period, RecordFields};
use async_graphql::{Context, InputObject, MergedObject, Object, ID};
use chrono::NaiveDate;
use entity::work_plan;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// A village's annual work plan: the shared record fields and its own.
#[derive(MergedObject)]
pub struct WorkPlan(RecordFields, WorkPlanFields);

impl From<Authorized<work_plan::Model>> for WorkPlan {
    fn from(proof: Authorized<work_plan::Model>) -> Self {
        WorkPlan(
            RecordFields(authz::facts_of::<work_plan::Entity>(&proof)),
            WorkPlanFields(proof),
        )
    }
}

impl WorkPlan {
    /// For the `Node` interface, which reads `id` from the type itself.
    pub async fn id(&self, _: &Context<'_>) -> async_graphql::Result<ID> {
        Ok(ids::to_id(self.1 .0.id))
    }
}

pub struct WorkPlanFields(Authorized<work_plan::Model>);

#[Object]
impl WorkPlanFields {
    /// The year the plan is for.
    async fn year(&self) -> i32 {
        self.0.year
    }
    /// The day the village adopted it.
    async fn adopted_on(&self) -> NaiveDate {
        self.0.adopted_on
    }
    /// The plan's title.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// What the village will do that year.
    async fn content(&self) -> &str {
        &self.0.content
    }
}

/// A work plan to record (one per village and year).
#[derive(InputObject)]
pub struct RecordWorkPlanInput {
    /// The village.
    pub node_id: ID,
    /// The year it is for: the year adopted, or the next.
    pub year: i32,
    /// The day it was adopted: not in the future, not in a closed month.
    pub adopted_on: NaiveDate,
    /// The plan's title.
    pub title: String,
    /// What the village will do that year.
    pub content: String,
    /// Photos uploaded first (`POST /api/photos`).
    pub photo_ids: Option<Vec<ID>>,
    /// The plan itself and other documents, uploaded first (`POST /api/documents`).
    pub document_ids: Option<Vec<ID>>,
    /// Made by the client once per record; a retry returns the record made.
    pub idempotency_key: String,
}

#[derive(Default)]
pub struct WorkPlansQuery;

#[Object]
impl WorkPlansQuery {
    /// A work plan by id (NOT_FOUND outside your area, like a missing id).
    async fn work_plan(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The plan's id.")] id: ID,
    ) -> GqlResult<WorkPlan> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        Ok(
            programme::find::<work_plan::Entity>(&st.db, sc, ids::parse(&id)?)
                .await?
                .into(),
        )
    }

    /// Work plans at or below a node (default: yours), newest first,
    /// adopted in `from`..=`to`.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn work_plans(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only plans of villages at or below this node (default: the caller's node)."
        )]
        under: Option<ID>,
        #[graphql(desc = "Only plans for this year.")] year: Option<i32>,
        #[graphql(desc = "Only plans adopted on or after this day.")] from: Option<NaiveDate>,
        #[graphql(desc = "Only plans adopted on or before this day.")] to: Option<NaiveDate>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<WorkPlan>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let mut q = work_plan::Entity::find();
        if let Some(y) = year {
            q = q.filter(work_plan::Column::Year.eq(y));
        }
        let (rows, window) = programme::list::<work_plan::Entity>(
            &st.db,
            sc,
            ids::parse_opt(&under)?,
            Period::new(from, to)?,
            q,
            page,
        )
        .await?;
        Ok(connection(
            rows.into_iter().map(WorkPlan::from).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct WorkPlansMutation;

#[Object]
impl WorkPlansMutation {
    /// Records a village's work plan for a year (idempotent by key). A
    /// second plan for the same village and year is CONFLICT
    /// `work_plan.exists` (with `workPlanId`): correct that one instead.
    async fn record_work_plan(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The plan.")] input: RecordWorkPlanInput,
    ) -> GqlResult<WorkPlan> {
        let (st, req, sc) = all(ctx)?;
        let new = NewWorkPlan {
            node_id: ids::parse(&input.node_id)?,
            year: input.year,
            adopted_on: input.adopted_on,
            title: input.title,
            content: input.content,
            photo_ids: parse_ids("photoIds", &input.photo_ids)?,
            document_ids: parse_ids("documentIds", &input.document_ids)?,
            idempotency_key: input.idempotency_key,
        };
        let model = service::record(st, req, sc, new).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }

    /// Corrects a work plan: a new version with a reason; the old one is
    /// kept (`earlierVersions`).
    async fn correct_work_plan(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The plan.")] id: ID,
        #[graphql(desc = "The `version` you read (a stale one is CONFLICT).")] version: i32,
        #[graphql(desc = "Why it is corrected (kept with the old version).")] reason: String,
        #[graphql(desc = "A new title, if it changes.")] title: Option<String>,
        #[graphql(desc = "New content, if it changes.")] content: Option<String>,
    ) -> GqlResult<WorkPlan> {
        let (st, req, sc) = all(ctx)?;
        let id = ids::parse(&id)?;
        let model = service::correct(st, req, sc, id, version, &reason, title, content).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }
}
