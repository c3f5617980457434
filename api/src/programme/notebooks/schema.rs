//! GraphQL for notebooks: `issueNotebooks`, `recordNotebookCheck`,
//! `correctNotebookCheck`, `notebookCheck`, `notebookChecks`.
use super::service::{self, NewCheck};
use crate::authz::{self, loaders, Action, Authorized};
use crate::context::{all, scope, state};
use crate::error::{AppError, GqlResult, Key};
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::people::schema::{Appointment, Person};
use crate::programme::meetings::schema::parse_ids;
use crate::programme::{self, Period, RecordFields};
use async_graphql::{Context, InputObject, MergedObject, Object, ID};
use chrono::NaiveDate;
use entity::notebook_check;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// A spot check of one post's work notebook: the shared record fields and its own.
#[derive(MergedObject)]
pub struct NotebookCheck(RecordFields, NotebookCheckFields);

impl From<Authorized<notebook_check::Model>> for NotebookCheck {
    fn from(proof: Authorized<notebook_check::Model>) -> Self {
        NotebookCheck(
            RecordFields(authz::facts_of::<notebook_check::Entity>(&proof)),
            NotebookCheckFields(proof),
        )
    }
}

impl NotebookCheck {
    /// For the `Node` interface, which reads `id` from the type itself.
    pub async fn id(&self, _: &Context<'_>) -> async_graphql::Result<ID> {
        Ok(ids::to_id(self.1 .0.id))
    }
}

pub struct NotebookCheckFields(Authorized<notebook_check::Model>);

#[Object]
impl NotebookCheckFields {
    /// The day the notebook was checked.
    async fn checked_on(&self) -> NaiveDate {
        self.0.checked_on
    }
    /// The notebook was kept properly (the scorecard deducts per person not).
    async fn kept(&self) -> bool {
        self.0.kept
    }
    /// What the checker noted (empty when nothing).
    async fn note(&self) -> &str {
        &self.0.note
    }
    /// The post whose notebook was checked.
    async fn appointment(&self, ctx: &Context<'_>) -> GqlResult<Option<Appointment>> {
        Ok(
            loaders::appointments_on(ctx, &self.0, &[self.0.appointment_id])
                .await?
                .into_iter()
                .next()
                .map(Appointment),
        )
    }
    /// The person who held the post then.
    async fn person(&self, ctx: &Context<'_>) -> GqlResult<Option<Person>> {
        Ok(loaders::person_on(ctx, &self.0, self.0.person_id)
            .await?
            .map(Person))
    }
}

/// A notebook check to record.
#[derive(InputObject)]
pub struct RecordNotebookCheckInput {
    /// The post whose notebook is checked (issued by that day, held then).
    pub appointment_id: ID,
    /// Not in the future, not in a closed month.
    pub checked_on: NaiveDate,
    /// Whether the notebook was kept properly.
    pub kept: bool,
    /// What the checker noted.
    pub note: Option<String>,
    /// Photos of the page, uploaded first (`POST /api/photos`).
    pub photo_ids: Option<Vec<ID>>,
    /// Made by the client once per record; a retry returns the record made.
    pub idempotency_key: String,
}

#[derive(Default)]
pub struct NotebooksQuery;

#[Object]
impl NotebooksQuery {
    /// A notebook check by id (NOT_FOUND outside your area, like a missing id).
    async fn notebook_check(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The check's id.")] id: ID,
    ) -> GqlResult<NotebookCheck> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        Ok(
            programme::find::<notebook_check::Entity>(&st.db, sc, ids::parse(&id)?)
                .await?
                .into(),
        )
    }

    /// Notebook checks at or below a node (default: yours), newest first,
    /// made in `from`..=`to`.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn notebook_checks(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only checks of posts at or below this node (default: the caller's node)."
        )]
        under: Option<ID>,
        #[graphql(desc = "Only checks made on or after this day.")] from: Option<NaiveDate>,
        #[graphql(desc = "Only checks made on or before this day.")] to: Option<NaiveDate>,
        #[graphql(desc = "Only notebooks kept properly (true) or not (false).")] kept: Option<bool>,
        #[graphql(desc = "Only checks of this post.")] appointment_id: Option<ID>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<NotebookCheck>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let mut q = notebook_check::Entity::find();
        if let Some(k) = kept {
            q = q.filter(notebook_check::Column::Kept.eq(k));
        }
        if let Some(a) = ids::parse_opt(&appointment_id)? {
            q = q.filter(notebook_check::Column::AppointmentId.eq(a));
        }
        let (rows, window) = programme::list::<notebook_check::Entity>(
            &st.db,
            sc,
            ids::parse_opt(&under)?,
            Period::new(from, to)?,
            q,
            page,
        )
        .await?;
        Ok(connection(
            rows.into_iter().map(NotebookCheck::from).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct NotebooksMutation;

#[Object]
impl NotebooksMutation {
    /// Issues the work notebook to each post on `issuedOn` (township or
    /// above, posts in your area, still held); a post issued one earlier
    /// keeps that date. Audited per post.
    async fn issue_notebooks(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The posts (appointments) given a notebook.")] appointment_ids: Vec<ID>,
        #[graphql(desc = "The day they were given it (not in the future).")] issued_on: NaiveDate,
    ) -> GqlResult<Vec<Appointment>> {
        let (st, req, sc) = all(ctx)?;
        let ids = parse_ids("appointmentIds", &Some(appointment_ids))?;
        Ok(service::issue(st, req, sc, &ids, issued_on)
            .await?
            .into_iter()
            .map(Appointment)
            .collect())
    }

    /// Records a spot check of one post's notebook (idempotent by key).
    async fn record_notebook_check(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The check.")] input: RecordNotebookCheckInput,
    ) -> GqlResult<NotebookCheck> {
        let (st, req, sc) = all(ctx)?;
        let new = NewCheck {
            appointment_id: ids::parse(&input.appointment_id)
                .map_err(|_| AppError::input("appointmentId", Key::InputIdInvalid))?,
            checked_on: input.checked_on,
            kept: input.kept,
            note: input.note,
            photo_ids: parse_ids("photoIds", &input.photo_ids)?,
            idempotency_key: input.idempotency_key,
        };
        let model = service::record(st, req, sc, new).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }

    /// Corrects a notebook check: a new version with a reason; the old one
    /// is kept (`earlierVersions`).
    async fn correct_notebook_check(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The check.")] id: ID,
        #[graphql(desc = "The `version` you read (a stale one is CONFLICT).")] version: i32,
        #[graphql(desc = "Why it is corrected (kept with the old version).")] reason: String,
        #[graphql(desc = "Whether it was kept properly, if that changes.")] kept: Option<bool>,
        #[graphql(desc = "A new note, if it changes.")] note: Option<String>,
    ) -> GqlResult<NotebookCheck> {
        let (st, req, sc) = all(ctx)?;
        let model =
            service::correct(st, req, sc, ids::parse(&id)?, version, &reason, kept, note).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }
}
