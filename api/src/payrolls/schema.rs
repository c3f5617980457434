//! GraphQL for payrolls: `preparePayroll`, `approvePayroll`,
//! `markPayrollPaid`, `adjustPayroll`, `payrolls`, `payrollSummary`.
//! Every amount is the `Fen` scalar (integer fen).
use super::line::PayrollLine;
use super::prepare::{self, NewPayroll};
use super::steps::{self, Adjustment};
use super::{queries, summary};
use crate::authz::{self, loaders, Action, Authorized};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::grid::schema::GridNode;
use crate::idempotency::IdempotencyKey;
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::subsidies::kinds::{PayrollStatus, SubsidyRole};
use crate::subsidies::Fen;
use async_graphql::{Context, Object, SimpleObject, ID};
use chrono::{DateTime, NaiveDate, Utc};
use entity::payroll;

/// A payer's subsidy payroll for a year (补贴发放表).
pub struct Payroll(pub Authorized<payroll::Model>);

/// A payer's subsidy payroll for a year (补贴发放表): the township's for its
/// village officers, the village's for its group liaisons.
#[Object]
impl Payroll {
    /// The payroll's id: a random UUID.
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// The payer (a township or a village).
    async fn payer(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(loaders::node(ctx, self.0.payer_node_id).await?))
    }
    /// The post it pays.
    async fn role(&self) -> SubsidyRole {
        self.0.role.into()
    }
    /// The year it pays for.
    async fn year(&self) -> i32 {
        self.0.year
    }
    /// The payer's name for the round, if any.
    async fn period(&self) -> Option<&str> {
        self.0.period.as_deref()
    }
    /// DRAFT, APPROVED or PAID.
    async fn status(&self) -> PayrollStatus {
        self.0.status.into()
    }
    /// Its lines: the ledger as prepared, then any adjustments.
    // A township pays a dozen officers, a village a dozen liaisons.
    #[graphql(complexity = "crate::pagination::list_cost(20, child_complexity)")]
    async fn lines(&self, ctx: &Context<'_>) -> GqlResult<Vec<PayrollLine>> {
        let lines = loaders::payroll_lines(ctx, &self.0).await?;
        Ok(lines.into_iter().map(PayrollLine).collect())
    }
    /// Sum of every line, in fen.
    async fn total_fen(&self) -> Fen {
        Fen(self.0.total_fen)
    }
    /// What was paid, in fen (the total when it was marked paid); null
    /// until then.
    async fn paid_fen(&self) -> Option<Fen> {
        self.0.paid_fen.map(Fen)
    }
    /// Who prepared it (the account's name).
    async fn prepared_by(&self, ctx: &Context<'_>) -> GqlResult<Option<String>> {
        Ok(loaders::account_name(ctx, &self.0, self.0.prepared_by).await?)
    }
    /// When it was prepared.
    async fn prepared_at(&self) -> DateTime<Utc> {
        self.0.prepared_at
    }
    /// Who approved it, once approved.
    async fn approved_by(&self, ctx: &Context<'_>) -> GqlResult<Option<String>> {
        match self.0.approved_by {
            Some(id) => Ok(loaders::account_name(ctx, &self.0, id).await?),
            None => Ok(None),
        }
    }
    /// When it was approved.
    async fn approved_at(&self) -> Option<DateTime<Utc>> {
        self.0.approved_at
    }
    /// Who marked it paid.
    async fn paid_by(&self, ctx: &Context<'_>) -> GqlResult<Option<String>> {
        match self.0.paid_by {
            Some(id) => Ok(loaders::account_name(ctx, &self.0, id).await?),
            None => Ok(None),
        }
    }
    /// The day it was paid.
    async fn paid_on(&self) -> Option<NaiveDate> {
        self.0.paid_on
    }
    /// The payment's reference (凭证号).
    async fn reference(&self) -> Option<&str> {
        self.0.reference.as_deref()
    }
    /// Bumped by each step.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// What the caller may do with it now, by the server's own decision.
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<Action>> {
        Ok(authz::allowed_actions(scope(ctx)?, &*self.0))
    }
    /// When it was last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// One child's money for the year.
#[derive(SimpleObject)]
pub struct PayrollSummaryRow {
    /// The child (a township, for a county).
    pub node: GridNode,
    /// What the ledger says is due, in fen.
    pub due_fen: Fen,
    /// Approved (approved payrolls' totals, paid payrolls' payments), in fen.
    pub approved_fen: Fen,
    /// Paid, in fen.
    pub paid_fen: Fen,
    /// Not paid in full and the pay-by day has passed.
    pub late: bool,
}

/// Due, approved and paid per child of a node for a year.
#[derive(SimpleObject)]
pub struct PayrollSummary {
    /// The day by which the year's subsidies are to be paid.
    pub pay_by: NaiveDate,
    /// Today, by the server's clock.
    pub as_of: NaiveDate,
    /// One row per child, in grid-code order.
    pub rows: Vec<PayrollSummaryRow>,
}

impl From<summary::Summary> for PayrollSummary {
    fn from(s: summary::Summary) -> Self {
        PayrollSummary {
            pay_by: s.pay_by,
            as_of: s.today,
            rows: s
                .children
                .into_iter()
                .map(|c| PayrollSummaryRow {
                    node: GridNode(c.node),
                    due_fen: Fen(c.due_fen),
                    approved_fen: Fen(c.approved_fen),
                    paid_fen: Fen(c.paid_fen),
                    late: c.late,
                })
                .collect(),
        }
    }
}

#[derive(Default)]
pub struct PayrollsQuery;

#[Object]
impl PayrollsQuery {
    /// Payrolls whose payer is at or below a node (default: yours), by
    /// payer in grid-code order, newest year first.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn payrolls(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only payrolls of payers at or below this node.")] under: Option<ID>,
        #[graphql(desc = "Only this year's.")] year: Option<i32>,
        #[graphql(desc = "Only payrolls in this state.")] status: Option<PayrollStatus>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<Payroll>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let (rows, window) = queries::list(
            &st.db,
            sc,
            ids::parse_opt(&under)?,
            year,
            status.map(Into::into),
            page,
        )
        .await?;
        Ok(connection(rows.into_iter().map(Payroll).collect(), window))
    }

    /// Due, approved and paid for a year per child of a node (the county's
    /// townships), and which are late.
    async fn payroll_summary(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The node whose children are summed (a county).")] under: ID,
        #[graphql(desc = "The year.")] year: i32,
        #[graphql(desc = "Paid by this day, or late (default: the year's 12-31).")] pay_by: Option<
            NaiveDate,
        >,
    ) -> GqlResult<PayrollSummary> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let s = summary::summary(&st.db, sc, ids::parse(&under)?, year, pay_by, st.today()).await?;
        Ok(s.into())
    }
}

fn key_or_new(key: Option<String>) -> GqlResult<IdempotencyKey> {
    let text = key.unwrap_or_else(|| uuid::Uuid::new_v4().simple().to_string());
    Ok(IdempotencyKey::parse(&text)?)
}

fn shown(sc: &crate::scope::Scope, model: payroll::Model) -> GqlResult<Payroll> {
    Ok(Payroll(authz::authorize(sc, Action::Read, model)?))
}

#[derive(Default)]
pub struct PayrollsMutation;

#[Object]
impl PayrollsMutation {
    /// Prepares the payer's payroll for a year from its ledger as it is now
    /// (a township pays its village officers, a village its group
    /// liaisons). Idempotent by key.
    async fn prepare_payroll(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The payer: a township or a village.")] payer_node_id: ID,
        #[graphql(desc = "The year it pays for.")] year: i32,
        #[graphql(desc = "The payer's name for the round (at most 40 characters).")] period: Option<
            String,
        >,
        #[graphql(desc = "Made by the client once per payroll; a retry returns the one made.")]
        idempotency_key: Option<String>,
    ) -> GqlResult<Payroll> {
        let (st, req, sc) = all(ctx)?;
        let new = NewPayroll {
            payer_node_id: ids::parse(&payer_node_id)?,
            year,
            period,
            idempotency_key: key_or_new(idempotency_key)?,
        };
        shown(sc, prepare::prepare(st, req, sc, new).await?)
    }

    /// Approves a draft payroll (the level above the payer; never the
    /// person who prepared it).
    async fn approve_payroll(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The payroll.")] id: ID,
    ) -> GqlResult<Payroll> {
        let (st, req, sc) = all(ctx)?;
        shown(sc, steps::approve(st, req, sc, ids::parse(&id)?).await?)
    }

    /// Marks an approved payroll paid; it is locked from then on.
    async fn mark_payroll_paid(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The payroll.")] id: ID,
        #[graphql(desc = "The day it was paid (not in the future, not before approval).")]
        paid_on: NaiveDate,
        #[graphql(desc = "The payment's reference (凭证号, at most 100 characters).")]
        reference: String,
    ) -> GqlResult<Payroll> {
        let (st, req, sc) = all(ctx)?;
        shown(
            sc,
            steps::mark_paid(st, req, sc, ids::parse(&id)?, paid_on, &reference).await?,
        )
    }

    /// Adds an adjustment line with its reason to a draft or a paid
    /// payroll; the other lines stay as they are. Idempotent by key.
    async fn adjust_payroll(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The payroll.")] id: ID,
        #[graphql(desc = "The post it corrects (one the payroll pays).")] appointment_id: ID,
        #[graphql(desc = "The correction in fen: negative to pay less (not 0).")] amount_fen: Fen,
        #[graphql(desc = "Why (at most 500 characters).")] reason: String,
        #[graphql(desc = "Made by the client once per adjustment; a retry returns the payroll.")]
        idempotency_key: Option<String>,
    ) -> GqlResult<Payroll> {
        let (st, req, sc) = all(ctx)?;
        let adj = Adjustment {
            payroll_id: ids::parse(&id)?,
            appointment_id: ids::parse(&appointment_id)?,
            amount: amount_fen,
            reason,
            idempotency_key: key_or_new(idempotency_key)?,
        };
        shown(sc, steps::adjust(st, req, sc, adj).await?)
    }
}
