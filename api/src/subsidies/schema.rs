//! GraphQL for subsidies: `subsidyStandards`, `setSubsidyStandard`,
//! `subsidyLedger`. Every amount is the `Fen` scalar (integer fen).
use super::fen::Fen;
use super::kinds::{ExemptReason, FundingSource, SubsidyRole};
use super::ledger::{self, LedgerRow, Totals};
use super::standards::{self, NewStandard};
use crate::authz::{self, Authorized};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::grid::service as grid;
use crate::ids;
use crate::people::schema::Appointment;
use async_graphql::{Context, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use entity::subsidy_standard;

/// A county's subsidy standard for a post, in force in a year.
pub struct SubsidyStandard(pub Authorized<subsidy_standard::Model>);

/// A county's yearly subsidy per person for one post (补贴标准).
#[Object]
impl SubsidyStandard {
    /// The post.
    async fn role(&self) -> SubsidyRole {
        self.0.role.into()
    }
    /// Per person per year, in fen (120000 = 1,200.00 CNY).
    async fn amount_fen(&self) -> Fen {
        Fen(self.0.amount_fen)
    }
    /// The year the county set it for (it holds until a later year's);
    /// null for the notice's default.
    async fn set_for_year(&self) -> Option<i32> {
        (!self.notice_value()).then_some(self.0.year)
    }
    /// The county has set none: the notice's value (1,200 / 500 CNY).
    async fn is_default(&self) -> bool {
        self.notice_value()
    }
    /// Bumped by each change (0 for the notice's default).
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// When it was last changed; null for the notice's default.
    async fn updated_at(&self) -> Option<DateTime<Utc>> {
        (!self.notice_value()).then_some(self.0.updated_at)
    }
}

impl SubsidyStandard {
    /// The notice's value, never stored (`standards::InForce::get`).
    fn notice_value(&self) -> bool {
        self.0.id.is_nil()
    }
}

/// One post's line of the subsidy ledger.
pub struct SubsidyLedgerRow(pub LedgerRow);

/// One post's line of the subsidy ledger (补贴台账) for a year.
#[Object]
impl SubsidyLedgerRow {
    /// The post (a term of one person at one village or group).
    async fn appointment(&self) -> Appointment {
        Appointment(self.0.appointment.clone())
    }
    /// The post's kind.
    async fn role(&self) -> SubsidyRole {
        self.0.role.into()
    }
    /// The person's real name.
    async fn person_name(&self) -> &str {
        &self.0.person_name
    }
    /// The village or group of the post.
    async fn node_name(&self) -> &str {
        &self.0.node_name
    }
    /// Days of the year in post (a replacement splits the year).
    async fn days_in_post(&self) -> i64 {
        self.0.days_in_post
    }
    /// The yearly standard for this post, in fen (0 where exempt).
    async fn standard_fen(&self) -> Fen {
        Fen(self.0.standard_fen)
    }
    /// `standardFen × daysInPost ÷ days of the year`, rounded down to the fen.
    async fn prorated_fen(&self) -> Fen {
        Fen(self.0.prorated_fen)
    }
    /// No subsidy for this post.
    async fn exempt(&self) -> bool {
        self.0.exempt.is_some()
    }
    /// Why there is none (null when not exempt).
    async fn exempt_reason(&self) -> Option<ExemptReason> {
        self.0.exempt
    }
    /// The county budget, or the poverty-alleviation fund for a 五员 person.
    async fn funding_source(&self) -> FundingSource {
        self.0.funding_source.into()
    }
    /// Deducted after the performance assessment, in fen: the points lost
    /// × the rules' fen per point, fixed when the assessment was approved,
    /// capped at `proratedFen`; 0 without an approved assessment.
    async fn deduction_fen(&self) -> Fen {
        Fen(self.0.deduction_fen)
    }
    /// The post has an approved assessment for the year (without one,
    /// nothing is deducted).
    async fn assessed(&self) -> bool {
        self.0.assessed
    }
    /// Due: `proratedFen − deductionFen`, in fen.
    async fn net_fen(&self) -> Fen {
        Fen(self.0.net_fen)
    }
}

/// The ledger's sums, each exactly the sum of its column.
#[derive(SimpleObject)]
pub struct SubsidyLedgerTotals {
    /// Lines (posts held in the year).
    pub posts: i64,
    /// Lines exempt from the subsidy.
    pub exempt_posts: i64,
    /// Sum of `proratedFen`.
    pub prorated_fen: Fen,
    /// Sum of `deductionFen`.
    pub deduction_fen: Fen,
    /// Sum of `netFen`.
    pub net_fen: Fen,
    /// Sum of `netFen` paid from the county budget.
    pub county_budget_fen: Fen,
    /// Sum of `netFen` paid from the poverty-alleviation employment fund.
    pub poverty_alleviation_fund_fen: Fen,
}

impl From<Totals> for SubsidyLedgerTotals {
    fn from(t: Totals) -> Self {
        let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        SubsidyLedgerTotals {
            posts: count(t.posts),
            exempt_posts: count(t.exempt_posts),
            prorated_fen: Fen(t.prorated_fen),
            deduction_fen: Fen(t.deduction_fen),
            net_fen: Fen(t.net_fen),
            county_budget_fen: Fen(t.county_budget_fen),
            poverty_alleviation_fund_fen: Fen(t.poverty_alleviation_fund_fen),
        }
    }
}

/// The subsidy ledger of a subtree for a year.
#[derive(SimpleObject)]
pub struct SubsidyLedger {
    /// The year.
    pub year: i32,
    /// One line per post held in the year, in grid-code order.
    pub rows: Vec<SubsidyLedgerRow>,
    /// The sums of the lines.
    pub totals: SubsidyLedgerTotals,
}

#[derive(Default)]
pub struct SubsidiesQuery;

#[Object]
impl SubsidiesQuery {
    /// The standards in force in a year for both posts: the county's, or
    /// the notice's where it set none. Callers at or below a county read
    /// their own county's by default.
    async fn subsidy_standards(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The year.")] year: i32,
        #[graphql(desc = "The county (default: the one you work in; required above a county).")]
        county_id: Option<ID>,
    ) -> GqlResult<Vec<SubsidyStandard>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let county = standards::county_for(&st.db, sc, ids::parse_opt(&county_id)?).await?;
        let shown = standards::for_county(&st.db, sc, county, year).await?;
        Ok(shown.into_iter().map(SubsidyStandard).collect())
    }

    /// The subsidy ledger (补贴台账) of a node's subtree for a year: every
    /// village officer's and group liaison's post held in the year.
    #[graphql(complexity = "crate::pagination::list_cost(100, child_complexity)")]
    async fn subsidy_ledger(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A county, township, village or group (or above).")] node_id: ID,
        #[graphql(desc = "The year.")] year: i32,
    ) -> GqlResult<SubsidyLedger> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let node = grid::find(&st.db, sc, ids::parse(&node_id)?).await?;
        let rows =
            ledger::rows(&st.db, sc, grid::grid_code(&node)?, year, &standards::ROLES).await?;
        let totals = ledger::totals(&rows).into();
        Ok(SubsidyLedger {
            year,
            rows: rows.into_iter().map(SubsidyLedgerRow).collect(),
            totals,
        })
    }
}

#[derive(Default)]
pub struct SubsidiesMutation;

#[Object]
impl SubsidiesMutation {
    /// Sets a county's standard for a year and post (county administrators).
    /// It holds for later years until one of them is set; changing a
    /// year's standard keeps the old one with the reason.
    async fn set_subsidy_standard(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The year it applies from.")] year: i32,
        #[graphql(desc = "The post.")] role: SubsidyRole,
        #[graphql(desc = "Per person per year, in fen (0 to 1000000000).")] amount_fen: Fen,
        #[graphql(desc = "The county (default: yours).")] county_id: Option<ID>,
        #[graphql(desc = "Why it changes; required when the year already has a standard.")]
        reason: Option<String>,
    ) -> GqlResult<SubsidyStandard> {
        let (st, req, sc) = all(ctx)?;
        let new = NewStandard {
            county_id: ids::parse_opt(&county_id)?.unwrap_or(sc.node_id()),
            year,
            role: role.into(),
            amount: amount_fen,
            reason,
        };
        let saved = standards::set(st, req, sc, new).await?;
        Ok(SubsidyStandard(authz::authorize(
            sc,
            authz::Action::Read,
            saved,
        )?))
    }
}
