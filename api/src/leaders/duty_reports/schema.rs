//! GraphQL for duty reports: `recordDutyReport`, `correctDutyReport`,
//! `dutyReport`, `dutyReports`.
use super::service::{self, NewDutyReport};
use crate::authz::{self, loaders, Action, Authorized};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::ids;
use crate::inspections::Month;
use crate::pagination::{connection, Conn, Page};
use crate::people::schema::{Appointment, Person};
use crate::programme::meetings::schema::parse_ids;
use crate::programme::{self, Period, RecordFields};
use async_graphql::{Context, InputObject, MergedObject, Object, ID};
use chrono::NaiveDate;
use entity::duty_report;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// A township leader's monthly duty report: the shared record fields and its own.
#[derive(MergedObject)]
pub struct DutyReport(RecordFields, DutyReportFields);

impl From<Authorized<duty_report::Model>> for DutyReport {
    fn from(proof: Authorized<duty_report::Model>) -> Self {
        DutyReport(
            RecordFields(authz::facts_of::<duty_report::Entity>(&proof)),
            DutyReportFields(proof),
        )
    }
}

impl DutyReport {
    /// For the `Node` interface, which reads `id` from the type itself.
    pub async fn id(&self, _: &Context<'_>) -> async_graphql::Result<ID> {
        Ok(ids::to_id(self.1 .0.id))
    }
}

pub struct DutyReportFields(Authorized<duty_report::Model>);

#[Object]
impl DutyReportFields {
    /// The month reported on, "YYYY-MM".
    async fn month(&self) -> &str {
        &self.0.month
    }
    /// The report covers the grid work, as the notice asks of every one
    /// (the scorecard deducts for each that does not).
    async fn covers_grid_work(&self) -> bool {
        self.0.covers_grid_work
    }
    /// What the leader reported.
    async fn summary(&self) -> &str {
        &self.0.summary
    }
    /// The leader's `TOWNSHIP_LEADER` appointment.
    async fn appointment(&self, ctx: &Context<'_>) -> GqlResult<Option<Appointment>> {
        Ok(
            loaders::appointments_on(ctx, &self.0, &[self.0.appointment_id])
                .await?
                .into_iter()
                .next()
                .map(Appointment),
        )
    }
    /// The leader who reported.
    async fn person(&self, ctx: &Context<'_>) -> GqlResult<Option<Person>> {
        Ok(loaders::person_on(ctx, &self.0, self.0.person_id)
            .await?
            .map(Person))
    }
}

/// A duty report to file.
#[derive(InputObject)]
pub struct RecordDutyReportInput {
    /// The leader's `TOWNSHIP_LEADER` appointment (in post during the month).
    pub appointment_id: ID,
    /// "YYYY-MM": not a future month, not a closed one.
    pub month: String,
    /// Whether the report covers the grid work.
    pub covers_grid_work: bool,
    /// What the leader did for safety this month.
    pub summary: String,
    /// The signed report, uploaded first (`POST /api/documents`).
    pub document_ids: Option<Vec<ID>>,
    /// Made by the client once per record; a retry returns the record made.
    pub idempotency_key: String,
}

#[derive(Default)]
pub struct DutyReportsQuery;

#[Object]
impl DutyReportsQuery {
    /// A duty report by id (NOT_FOUND outside your area, like a missing id).
    async fn duty_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's id.")] id: ID,
    ) -> GqlResult<DutyReport> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        Ok(
            programme::find::<duty_report::Entity>(&st.db, sc, ids::parse(&id)?)
                .await?
                .into(),
        )
    }

    /// Duty reports of leaders at or below a node (default: yours), newest
    /// month first.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn duty_reports(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only reports of leaders at or below this node (default: the caller's node)."
        )]
        under: Option<ID>,
        #[graphql(desc = "Only reports for months from this day's month on.")] from: Option<
            NaiveDate,
        >,
        #[graphql(desc = "Only reports for months up to this day's month.")] to: Option<NaiveDate>,
        #[graphql(desc = "Only one month, \"YYYY-MM\".")] month: Option<String>,
        #[graphql(desc = "Only reports that cover (true) or leave out (false) the grid work.")]
        covers_grid_work: Option<bool>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<DutyReport>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let mut q = duty_report::Entity::find();
        if let Some(m) = month {
            let m = Month::parse("month", &m)?;
            q = q.filter(duty_report::Column::Month.eq(m.to_string()));
        }
        if let Some(c) = covers_grid_work {
            q = q.filter(duty_report::Column::CoversGridWork.eq(c));
        }
        let (rows, window) = programme::list::<duty_report::Entity>(
            &st.db,
            sc,
            ids::parse_opt(&under)?,
            Period::new(from, to)?,
            q,
            page,
        )
        .await?;
        Ok(connection(
            rows.into_iter().map(DutyReport::from).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct DutyReportsMutation;

#[Object]
impl DutyReportsMutation {
    /// Files a township leader's duty report for a month (idempotent by
    /// key; a second report for the same month is CONFLICT: correct the
    /// first).
    async fn record_duty_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report.")] input: RecordDutyReportInput,
    ) -> GqlResult<DutyReport> {
        let (st, req, sc) = all(ctx)?;
        let new = NewDutyReport {
            appointment_id: ids::parse(&input.appointment_id)?,
            month: input.month,
            covers_grid_work: input.covers_grid_work,
            summary: input.summary,
            document_ids: parse_ids("documentIds", &input.document_ids)?,
            idempotency_key: input.idempotency_key,
        };
        let model = service::record(st, req, sc, new).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }

    /// Corrects a duty report: a new version with a reason; the old one is
    /// kept (`earlierVersions`).
    #[allow(clippy::too_many_arguments)]
    async fn correct_duty_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report.")] id: ID,
        #[graphql(desc = "The `version` you read (a stale one is CONFLICT).")] version: i32,
        #[graphql(desc = "Why it is corrected (kept with the old version).")] reason: String,
        #[graphql(desc = "Whether it covers the grid work, if that changes.")]
        covers_grid_work: Option<bool>,
        #[graphql(desc = "A new summary, if it changes.")] summary: Option<String>,
    ) -> GqlResult<DutyReport> {
        let (st, req, sc) = all(ctx)?;
        let model = service::correct(
            st,
            req,
            sc,
            ids::parse(&id)?,
            version,
            &reason,
            covers_grid_work,
            summary,
        )
        .await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }
}
