//! The subsidy ledger (补贴台账) for a subtree and a year: every post held
//! in the year, with its standard, the days in post, the prorated amount
//! (`proration`), the exemption, the funding source and the net due.
//!
//! Five statements whatever the number of posts: the posts, their persons
//! and their nodes (both as subqueries of the posts' filter, so no list of
//! ids is bound), the standards in force, and the posts' approved
//! assessments of the year (`crate::assessments`).
use super::kinds::ExemptReason;
use super::proration::{days_in_post, first_day, prorated};
use super::standards::{self, county_of};
use crate::authz;
use crate::error::AppResult;
use crate::grid::code::{CodeRange, GridCode, Level};
use crate::scope::Scope;
use entity::payroll_line::FundingSource;
use entity::subsidy_standard::SubsidyRole;
use entity::{appointment, grid_node, person};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    QueryTrait, Select,
};
use std::collections::HashMap;
use uuid::Uuid;

/// One post's line of the ledger.
#[derive(Clone, Debug)]
pub struct LedgerRow {
    pub appointment: appointment::Model,
    pub role: SubsidyRole,
    pub person_id: Uuid,
    /// The person's real name (the ledger is signed against it).
    pub person_name: String,
    pub node_id: Uuid,
    pub node_code: i64,
    pub node_name: String,
    pub days_in_post: i64,
    /// The yearly standard that applies to this post (0 where exempt).
    pub standard_fen: i64,
    pub prorated_fen: i64,
    pub exempt: Option<ExemptReason>,
    pub funding_source: FundingSource,
    /// Deductions from the performance assessment (考核扣减): the approved
    /// current assessments of the post in the year, each with the deduction
    /// fixed when it was approved, capped at the prorated amount; 0 when
    /// the post has no approved assessment (`assessed` false).
    pub deduction_fen: i64,
    /// The post has an approved assessment for the year.
    pub assessed: bool,
    /// `prorated_fen − deduction_fen`.
    pub net_fen: i64,
}

/// The subsidy an appointment's post is paid, if any (township leaders
/// are not paid a subsidy).
pub fn subsidy_role(
    post: &crate::people::appointment_role::AppointmentRole,
) -> Option<SubsidyRole> {
    use crate::people::appointment_role::AppointmentRole as R;
    match post {
        R::VillageOfficer => Some(SubsidyRole::VillageOfficer),
        R::GroupLiaison => Some(SubsidyRole::GroupLiaison),
        R::TownshipLeader => None,
    }
}

fn stored_role(role: SubsidyRole) -> crate::people::appointment_role::AppointmentRole {
    use crate::people::appointment_role::AppointmentRole as R;
    match role {
        SubsidyRole::VillageOfficer => R::VillageOfficer,
        SubsidyRole::GroupLiaison => R::GroupLiaison,
    }
}

/// Posts of `roles` in `range` held on at least one day of `year`.
fn posts(range: CodeRange, year: i32, roles: &[SubsidyRole]) -> Select<appointment::Entity> {
    let (from, to) = (first_day(year), first_day(year + 1));
    let mut q = appointment::Entity::find()
        .filter(appointment::Column::NodeCode.between(range.lo, range.hi))
        .filter(appointment::Column::Role.is_in(roles.iter().map(|r| stored_role(*r))));
    if let (Some(from), Some(to)) = (from, to) {
        q = q.filter(appointment::Column::StartDate.lt(to)).filter(
            Condition::any()
                .add(appointment::Column::EndDate.is_null())
                .add(appointment::Column::EndDate.gt(from)),
        );
    }
    q
}

/// The ledger rows of `roles` below `under` (a node the caller may see)
/// for `year`, in grid-code order, each post one the caller may see.
pub async fn rows(
    db: &impl ConnectionTrait,
    scope: &Scope,
    under: GridCode,
    year: i32,
    roles: &[SubsidyRole],
) -> AppResult<Vec<LedgerRow>> {
    let range = scope.narrow(Some(under))?;
    let rows = rows_in(db, range, county_of(under).map(|c| c.code), year, roles).await?;
    Ok(rows
        .into_iter()
        .filter(|r| authz::check(scope, authz::Action::Read, &r.appointment).is_ok())
        .collect())
}

/// The ledger of a range as the books have it, for no caller: the demo
/// loader's, and the core of [`rows`], which decides each post for its
/// caller. `county` is the county a range below county level lies in.
pub async fn rows_in(
    db: &impl ConnectionTrait,
    range: CodeRange,
    county: Option<i64>,
    year: i32,
    roles: &[SubsidyRole],
) -> AppResult<Vec<LedgerRow>> {
    let year = standards::check_year(year)?;
    let held = posts(range, year, roles);
    let appointments = held
        .clone()
        .order_by_asc(appointment::Column::NodeCode)
        .order_by_asc(appointment::Column::StartDate)
        .order_by_asc(appointment::Column::Id)
        .all(db)
        .await?;
    let person_ids = held
        .clone()
        .select_only()
        .column(appointment::Column::PersonId)
        .into_query();
    let persons: HashMap<Uuid, person::Model> = person::Entity::find()
        .filter(person::Column::Id.in_subquery(person_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let node_ids = held
        .select_only()
        .column(appointment::Column::NodeId)
        .into_query();
    let nodes: HashMap<Uuid, grid_node::Model> = grid_node::Entity::find()
        .filter(grid_node::Column::Id.in_subquery(node_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n))
        .collect();
    let in_force = standards::in_force(db, range, county, year).await?;
    let assessed = approved_deductions(db, held_ids(range, year, roles), year).await?;

    let mut out = Vec::with_capacity(appointments.len());
    for a in appointments {
        let (Some(role), Some(p), Some(n)) = (
            subsidy_role(&a.role),
            persons.get(&a.person_id),
            nodes.get(&a.node_id),
        ) else {
            continue;
        };
        let days = days_in_post(year, a.start_date, a.end_date);
        if days == 0 {
            continue;
        }
        // Posts sit at villages and groups, always below a county.
        let county_code = county_of(GridCode::new(n.code, Level::Group)).map_or(n.code, |c| c.code);
        let exempt = (role == SubsidyRole::VillageOfficer && n.subsidy_exempt)
            .then_some(ExemptReason::UrbanCommunity);
        let standard_fen = if exempt.is_some() {
            0
        } else {
            in_force.get(county_code, role).amount_fen
        };
        let prorated_fen = prorated(standard_fen, days, year);
        let deducted = assessed.get(&a.id).copied();
        let deduction_fen = deducted.unwrap_or(0).clamp(0, prorated_fen);
        let funding_source = if p.auxiliary_post.is_some() {
            FundingSource::PovertyAlleviationFund
        } else {
            FundingSource::CountyBudget
        };
        out.push(LedgerRow {
            role,
            person_id: p.id,
            person_name: p.name.clone(),
            node_id: n.id,
            node_code: n.code,
            node_name: n.name.clone(),
            days_in_post: days,
            standard_fen,
            prorated_fen,
            exempt,
            funding_source,
            deduction_fen,
            assessed: deducted.is_some(),
            net_fen: prorated_fen - deduction_fen,
            appointment: a,
        });
    }
    Ok(out)
}

fn held_ids(
    range: CodeRange,
    year: i32,
    roles: &[SubsidyRole],
) -> sea_orm::sea_query::SelectStatement {
    posts(range, year, roles)
        .select_only()
        .column(appointment::Column::Id)
        .into_query()
}

/// Per post of `held`, the sum of the deductions fixed on its approved,
/// current assessments of `year` (one statement).
async fn approved_deductions(
    db: &impl ConnectionTrait,
    held: sea_orm::sea_query::SelectStatement,
    year: i32,
) -> AppResult<HashMap<Uuid, i64>> {
    use entity::assessment::{self, AssessmentStatus};
    let rows = assessment::Entity::find()
        .filter(assessment::Column::AppointmentId.in_subquery(held))
        .filter(assessment::Column::Year.eq(year))
        .filter(assessment::Column::Status.eq(AssessmentStatus::Approved))
        .filter(assessment::Column::Superseded.eq(false))
        .all(db)
        .await?;
    let mut out: HashMap<Uuid, i64> = HashMap::new();
    for a in rows {
        *out.entry(a.appointment_id).or_default() += a.deduction_fen.unwrap_or(0);
    }
    Ok(out)
}

/// The ledger's sums: each is the sum of its column, so the lines add up
/// to the totals exactly.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub posts: usize,
    pub exempt_posts: usize,
    pub prorated_fen: i64,
    pub deduction_fen: i64,
    pub net_fen: i64,
    pub county_budget_fen: i64,
    pub poverty_alleviation_fund_fen: i64,
}

pub fn totals(rows: &[LedgerRow]) -> Totals {
    rows.iter().fold(Totals::default(), |mut t, r| {
        t.posts += 1;
        t.exempt_posts += usize::from(r.exempt.is_some());
        t.prorated_fen += r.prorated_fen;
        t.deduction_fen += r.deduction_fen;
        t.net_fen += r.net_fen;
        match r.funding_source {
            FundingSource::CountyBudget => t.county_budget_fen += r.net_fen,
            FundingSource::PovertyAlleviationFund => t.poverty_alleviation_fund_fen += r.net_fen,
        }
        t
    })
}
