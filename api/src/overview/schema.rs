//! GraphQL for the month: `monthQuota` (each post against its quota) and
//! `monthOverview` (one row per child node, for the township and county
//! tables). Both read the caller's subtree only.
use crate::authz;
use crate::context::{scope, state};
use crate::error::{AppResult, GqlResult};
use crate::grid::schema::GridNode;
use crate::grid::service as grid;
use crate::ids;
use crate::inspections::Month;
use crate::overview::posts::{self, QuotaStatus};
use crate::overview::{month_table, quota};
use crate::people::appointment_role::AppointmentRole;
use crate::people::schema::Appointment;
use crate::programme::meetings::schema::Meeting;
use async_graphql::{Context, Object, SimpleObject, ID};

pub struct MonthQuota {
    q: quota::MonthQuota,
    today: chrono::NaiveDate,
    leader_quota: u32,
}

/// A node's month against the inspection quotas.
#[Object]
impl MonthQuota {
    /// "YYYY-MM".
    async fn month(&self) -> String {
        self.q.month.to_string()
    }
    /// Σ min(done, expected) / Σ expected over the posts; 1 when none.
    async fn completeness_rate(&self) -> f64 {
        self.q.completeness_rate
    }
    /// The month is closed: no late records, corrections need a reason.
    async fn locked(&self) -> bool {
        self.q.locked
    }
    /// Every village-officer and group-liaison appointment in post at any
    /// time in the month, in grid order.
    #[graphql(complexity = "crate::pagination::list_cost(30, child_complexity)")]
    async fn posts(&self, ctx: &Context<'_>) -> GqlResult<Vec<PostQuota>> {
        let sc = scope(ctx)?;
        let q = &self.q;
        Ok(q.posts
            .iter()
            .filter_map(|p| {
                let a = &p.appointment;
                Some(PostQuota {
                    role: a.role,
                    node: GridNode::shown(sc, q.nodes.get(&a.node_id)?.clone()).ok()?,
                    person_name: q
                        .person_names
                        .get(&a.person_id)
                        .cloned()
                        .unwrap_or_default(),
                    expected: p.expected,
                    done: p.done,
                    met: p.done >= p.expected,
                    status: posts::status(p.done, p.expected, q.month, self.today),
                    appointment: Appointment(a.clone()),
                })
            })
            .collect::<Vec<_>>())
    }
    /// Township leaders (`TOWNSHIP_LEADER` appointments in post during the
    /// month at a township in the subtree): their visits that count (at a
    /// village assigned to them on that day) and the month's duty report.
    #[graphql(complexity = "crate::pagination::list_cost(10, child_complexity)")]
    async fn leader_visits(&self, ctx: &Context<'_>) -> GqlResult<Vec<LeaderVisitQuota>> {
        let sc = scope(ctx)?;
        self.q
            .leaders
            .iter()
            .map(|l| {
                Ok(LeaderVisitQuota {
                    appointment: Appointment(l.appointment.clone()),
                    in_charge_of_safety: l.appointment.in_charge_of_safety,
                    duty_report_filed: l.duty_report.is_some(),
                    duty_report_covers_grid_work: l
                        .duty_report
                        .as_ref()
                        .is_some_and(|r| r.covers_grid_work),
                    name: l.name.clone(),
                    node: GridNode::shown(sc, l.node.clone())?,
                    expected: self.leader_quota,
                    done: l.done,
                    met: l.done >= self.leader_quota,
                    status: posts::status(l.done, self.leader_quota, self.q.month, self.today),
                })
            })
            .collect()
    }
    /// Every township in the subtree and its monthly safety meeting
    /// (安全生产例会): held in the month, and with the grid work on the agenda.
    #[graphql(complexity = "crate::pagination::list_cost(10, child_complexity)")]
    async fn township_meetings(&self, ctx: &Context<'_>) -> GqlResult<Vec<TownshipMeetingMonth>> {
        let sc = scope(ctx)?;
        self.q
            .township_meetings
            .iter()
            .map(|t| {
                let meeting = t
                    .meeting
                    .clone()
                    .map(|m| authz::authorize(sc, authz::Action::Read, m))
                    .transpose()?;
                Ok(TownshipMeetingMonth {
                    node: GridNode::shown(sc, t.township.clone())?,
                    held: meeting.is_some(),
                    covers_grid_work: meeting.as_ref().is_some_and(|m| m.covers_grid_work),
                    meeting: meeting.map(Meeting::from),
                })
            })
            .collect()
    }
}

/// A township's monthly safety meeting in the month.
#[derive(SimpleObject)]
pub struct TownshipMeetingMonth {
    /// The township.
    pub node: GridNode,
    /// A `TOWNSHIP_MONTHLY` meeting was held in the month.
    pub held: bool,
    /// The grid work was on its agenda (false when none was held).
    pub covers_grid_work: bool,
    /// The meeting (one that covered the grid work, if any did).
    pub meeting: Option<Meeting>,
}

/// One post's inspections this month against its quota.
#[derive(SimpleObject)]
pub struct PostQuota {
    /// The appointment holding the post.
    pub appointment: Appointment,
    /// The post.
    pub role: AppointmentRole,
    /// Where the post is.
    pub node: GridNode,
    /// Who holds it.
    pub person_name: String,
    /// Inspections the quota asks for.
    pub expected: u32,
    /// Inspections recorded.
    pub done: u32,
    /// Whether the quota is met.
    pub met: bool,
    /// Met, on track, or behind.
    pub status: QuotaStatus,
}

/// A township leader's visits this month against the quota.
#[derive(SimpleObject)]
pub struct LeaderVisitQuota {
    /// The leader's appointment (its assigned villages, its person).
    pub appointment: Appointment,
    /// The leader in charge of safety (分管安全).
    pub in_charge_of_safety: bool,
    /// A duty report (履职报告) for the month is filed.
    pub duty_report_filed: bool,
    /// The month's duty report covers the grid work (false when none).
    pub duty_report_covers_grid_work: bool,
    /// The leader's name.
    pub name: String,
    /// The leader's township.
    pub node: GridNode,
    /// Visits the quota asks for.
    pub expected: u32,
    /// Visits made at an assigned village (others do not count).
    pub done: u32,
    /// Whether the quota is met.
    pub met: bool,
    /// Met, on track, or behind.
    pub status: QuotaStatus,
}

/// One child node's month at a glance.
#[derive(SimpleObject)]
pub struct MonthOverviewRow {
    /// The child node.
    pub node: GridNode,
    /// Records of the month counted toward the posts under this child.
    pub inspections_done: u32,
    /// Of those, the ones that count toward the quotas: each post's
    /// records up to its own quota (one post's extra patrols do not make up
    /// for another's shortfall).
    pub inspections_counted: u32,
    /// Inspections the quotas ask for this month.
    pub inspections_expected: u32,
    /// Counted over expected, 0 to 1 (1 when nothing is expected).
    pub completeness_rate: f64,
    /// Leader visits made at a village assigned to the visiting leader.
    pub leader_visits_done: u32,
    /// Found here and not closed (REPORTED, RECTIFYING, RECTIFIED, REOPENED).
    pub hazards_open: u32,
    /// Open and past the deadline today.
    pub hazards_overdue: u32,
    /// Closed or fixed on the spot during the month.
    pub hazards_closed: u32,
}

#[derive(Default)]
pub struct OverviewQuery;

#[Object]
impl OverviewQuery {
    /// A node's month against the quotas; `month` is "YYYY-MM".
    async fn month_quota(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The node.")] node_id: ID,
        #[graphql(desc = "The month.")] month: Month,
    ) -> GqlResult<MonthQuota> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let node = grid::find(&st.db, sc, ids::parse(&node_id)?).await?;
        let range = sc.narrow(Some(grid::grid_code(&node)?))?;
        Ok(MonthQuota {
            q: quota::month_quota(st, range, month).await?,
            today: st.today(),
            leader_quota: st.settings.field.quota_leader_visit,
        })
    }

    /// One row per child of the node, in code order: the township's or the
    /// county's month at a glance, in one round trip.
    #[graphql(complexity = "crate::pagination::list_cost(50, child_complexity)")]
    async fn month_overview(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The node whose children are listed.")] node_id: ID,
        #[graphql(desc = "The month.")] month: Month,
    ) -> GqlResult<Vec<MonthOverviewRow>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let node = grid::find(&st.db, sc, ids::parse(&node_id)?).await?;
        let rows = month_table::rows(st, grid::grid_code(&node)?, node.id, month).await?;
        Ok(rows
            .into_iter()
            .map(|r| {
                Ok(MonthOverviewRow {
                    node: GridNode::shown(sc, r.node)?,
                    inspections_done: r.inspections_done,
                    inspections_counted: r.inspections_counted,
                    inspections_expected: r.inspections_expected,
                    completeness_rate: r.completeness_rate,
                    leader_visits_done: r.leader_visits_done,
                    hazards_open: r.hazards_open,
                    hazards_overdue: r.hazards_overdue,
                    hazards_closed: r.hazards_closed,
                })
            })
            .collect::<AppResult<Vec<_>>>()?)
    }
}
