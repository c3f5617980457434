//! What the records say of each township for a year, read once for all
//! the townships of a range: one statement per kind of record (plus the
//! campaign board's and the subsidy ledger's own), then grouped by
//! township here, so ten townships or a hundred send the same statements.
use crate::campaigns::progress::{self, TownshipProgress};
use crate::clock;
use crate::error::AppResult;
use crate::grid::code::{CodeRange, Level};
use crate::leaders::assignments::holds_on;
use crate::subsidies::{ledger, standards};
use chrono::{Datelike, NaiveDate};
use entity::campaign_milestone::MilestoneKind;
use entity::inspection::InspectionKind;
use entity::meeting::MeetingKind;
use entity::{
    appointment, campaign, campaign_milestone, document, duty_report, inspection, meeting,
    notebook_check, payroll, roster_submission, village_assignment,
};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{BTreeSet, HashMap};
use uuid::Uuid;

/// The township a code at township level or below belongs to.
pub fn township_of(code: i64) -> i64 {
    let unit = 10_i64.pow(15 - Level::Township.digits());
    code / unit * unit
}

/// One township's facts.
#[derive(Default)]
pub struct Facts {
    /// Per document kind: the documents uploaded at or below the township
    /// by the day the card is read as of.
    pub documents: HashMap<String, Vec<Uuid>>,
    /// The roster that counts: the last submitted by the roster deadline.
    pub roster: Option<roster_submission::Model>,
    /// Spot checks that found a notebook not kept, one per person.
    pub notebooks_not_kept: Vec<Uuid>,
    pub duty_reports_without: Vec<Uuid>,
    /// Months (1–12) with a monthly safety meeting covering the grid work,
    /// and those meetings.
    pub meeting_months: BTreeSet<u32>,
    pub meetings: Vec<Uuid>,
    /// Leader-months owed a visit, and those that had one.
    pub leader_months: u32,
    pub leader_months_met: u32,
    pub visits: Vec<Uuid>,
    pub due_fen: i64,
    pub paid_on_time_fen: i64,
    pub payrolls: Vec<Uuid>,
    pub progress: Option<TownshipProgress>,
    /// Village officer posts held in the year, those with an approved
    /// assessment of the year, and those assessments.
    pub officer_posts: u32,
    pub officers_assessed: u32,
    pub assessments: Vec<Uuid>,
}

/// Everything for a year, per township code.
pub struct YearFacts {
    pub year: i32,
    /// The months that have ended (1..=months): the monthly rules look at these.
    pub months: u32,
    pub pay_by: NaiveDate,
    pub today: NaiveDate,
    pub has_campaign: bool,
    /// Milestone kinds the year's campaign sets.
    pub milestones: Vec<campaign_milestone::Model>,
    pub by_township: HashMap<i64, Facts>,
}

/// The months of `year` that have ended by `today`.
fn ended_months(year: i32, today: NaiveDate) -> u32 {
    match year.cmp(&today.year()) {
        std::cmp::Ordering::Less => 12,
        std::cmp::Ordering::Equal => today.month() - 1,
        std::cmp::Ordering::Greater => 0,
    }
}

/// The county's campaign for the year (one set at the county, else the
/// latest set above it) and its milestones: two statements.
async fn campaign_of(
    db: &impl ConnectionTrait,
    county: i64,
    year: i32,
) -> AppResult<Option<(campaign::Model, Vec<campaign_milestone::Model>)>> {
    let campaigns = campaign::Entity::find()
        .filter(campaign::Column::Year.eq(year))
        .filter(campaign::Column::NodeCode.lte(county))
        .order_by_asc(campaign::Column::CreatedAt)
        .all(db)
        .await?;
    let covering = |c: &campaign::Model| {
        Level::from_number(c.node_level)
            .map(|l| {
                crate::grid::code::GridCode::new(c.node_code, l)
                    .subtree()
                    .contains(county)
            })
            .unwrap_or(false)
    };
    let chosen = campaigns
        .iter()
        .rev()
        .find(|c| c.node_code == county)
        .or_else(|| campaigns.iter().rev().find(|c| covering(c)))
        .cloned();
    let Some(c) = chosen else {
        return Ok(None);
    };
    let milestones = campaign_milestone::Entity::find()
        .filter(campaign_milestone::Column::CampaignId.eq(c.id))
        .order_by_asc(campaign_milestone::Column::Position)
        .all(db)
        .await?;
    Ok(Some((c, milestones)))
}

/// Reads the facts of every township in `range` (within `county`).
pub async fn read(
    db: &impl ConnectionTrait,
    county: i64,
    range: CodeRange,
    townships: &[i64],
    year: i32,
    today: NaiveDate,
) -> AppResult<YearFacts> {
    let opens = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today);
    let closes = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today);
    let as_of = today.min(closes);
    let months = ended_months(year, today);
    let mut by: HashMap<i64, Facts> = townships.iter().map(|t| (*t, Facts::default())).collect();

    let campaign = campaign_of(db, county, year).await?;
    let milestones = campaign.as_ref().map(|c| c.1.clone()).unwrap_or_default();
    if !milestones.is_empty() {
        for p in progress::compute(db, &milestones, year, range, as_of).await? {
            if let Some(f) = by.get_mut(&p.township.code) {
                f.progress = Some(p);
            }
        }
    }

    let docs = document::Entity::find()
        .filter(document::Column::NodeCode.between(range.lo, range.hi))
        .order_by_asc(document::Column::CreatedAt)
        .all(db)
        .await?;
    for d in docs {
        let day = d.created_at.with_timezone(&clock::china()).date_naive();
        if day > as_of {
            continue;
        }
        if let Some(f) = by.get_mut(&township_of(d.node_code)) {
            f.documents.entry(d.kind.clone()).or_default().push(d.id);
        }
    }

    // The roster counts as submitted by the deadline for names and phones;
    // without one, by the year's end.
    let roster_by = milestones
        .iter()
        .find(|m| m.kind == MilestoneKind::RosterSubmitted)
        .map_or(as_of, |m| m.due_on.min(as_of));
    let rosters = roster_submission::Entity::find()
        .filter(roster_submission::Column::NodeCode.between(range.lo, range.hi))
        .filter(roster_submission::Column::SubmittedOn.between(opens, roster_by))
        .order_by_asc(roster_submission::Column::SubmittedOn)
        .order_by_asc(roster_submission::Column::CreatedAt)
        .all(db)
        .await?;
    for r in rosters {
        if let Some(f) = by.get_mut(&township_of(r.node_code)) {
            f.roster = Some(r);
        }
    }

    let checks = notebook_check::Entity::find()
        .filter(notebook_check::Column::NodeCode.between(range.lo, range.hi))
        .filter(notebook_check::Column::CheckedOn.between(opens, as_of))
        .filter(notebook_check::Column::Kept.eq(false))
        .order_by_asc(notebook_check::Column::CheckedOn)
        .all(db)
        .await?;
    let mut seen: BTreeSet<(i64, Uuid)> = BTreeSet::new();
    for c in checks {
        let t = township_of(c.node_code);
        if let (true, Some(f)) = (seen.insert((t, c.person_id)), by.get_mut(&t)) {
            f.notebooks_not_kept.push(c.id);
        }
    }

    let reports = duty_report::Entity::find()
        .filter(duty_report::Column::NodeCode.between(range.lo, range.hi))
        .filter(duty_report::Column::ReportedOn.between(opens, as_of))
        .filter(duty_report::Column::CoversGridWork.eq(false))
        .order_by_asc(duty_report::Column::ReportedOn)
        .all(db)
        .await?;
    for r in reports {
        if let Some(f) = by.get_mut(&township_of(r.node_code)) {
            f.duty_reports_without.push(r.id);
        }
    }

    let meetings = meeting::Entity::find()
        .filter(meeting::Column::NodeCode.between(range.lo, range.hi))
        .filter(meeting::Column::Kind.eq(MeetingKind::TownshipMonthly))
        .filter(meeting::Column::CoversGridWork.eq(true))
        .filter(meeting::Column::HeldOn.between(opens, as_of))
        .order_by_asc(meeting::Column::HeldOn)
        .all(db)
        .await?;
    for m in meetings {
        if m.held_on.month() > months {
            continue;
        }
        if let Some(f) = by.get_mut(&township_of(m.node_code)) {
            f.meeting_months.insert(m.held_on.month());
            f.meetings.push(m.id);
        }
    }

    visits(db, range, year, months, &mut by).await?;
    money(db, range, county, year, closes, &mut by).await?;
    super::assessed::read(db, range, year, &mut by).await?;

    Ok(YearFacts {
        year,
        months,
        pay_by: closes,
        today,
        has_campaign: campaign.is_some(),
        milestones,
        by_township: by,
    })
}

/// Leader-months owed a visit (a leader holding an assigned village on the
/// month's first day) and those with a counted visit: the visit made by
/// the leader's person at a village assigned on that day (as
/// `leaders::visits` counts them). Three statements for the year.
async fn visits(
    db: &impl ConnectionTrait,
    range: CodeRange,
    year: i32,
    months: u32,
    by: &mut HashMap<i64, Facts>,
) -> AppResult<()> {
    if months == 0 {
        return Ok(());
    }
    let (Some(opens), Some(last)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, months + 1, 1)
            .or_else(|| NaiveDate::from_ymd_opt(year + 1, 1, 1))
            .and_then(|d| d.pred_opt()),
    ) else {
        return Ok(());
    };
    let assignments = village_assignment::Entity::find()
        .filter(village_assignment::Column::VillageCode.between(range.lo, range.hi))
        .filter(village_assignment::Column::Since.lte(last))
        .filter(
            Condition::any()
                .add(village_assignment::Column::Until.is_null())
                .add(village_assignment::Column::Until.gt(opens)),
        )
        .all(db)
        .await?;
    if assignments.is_empty() {
        return Ok(());
    }
    let persons: HashMap<Uuid, Uuid> = appointment::Entity::find()
        .filter(appointment::Column::Id.is_in(assignments.iter().map(|a| a.appointment_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.person_id))
        .collect();
    let found = inspection::Entity::find()
        .filter(inspection::Column::NodeCode.between(range.lo, range.hi))
        .filter(inspection::Column::OccurredOn.between(opens, last))
        .filter(inspection::Column::Kind.eq(InspectionKind::LeaderVisit))
        .filter(inspection::Column::PersonId.is_not_null())
        .order_by_asc(inspection::Column::OccurredOn)
        .all(db)
        .await?;
    // (township, appointment, month) owed, and met.
    let mut owed: BTreeSet<(i64, Uuid, u32)> = BTreeSet::new();
    for a in &assignments {
        for m in 1..=months {
            let Some(first) = NaiveDate::from_ymd_opt(year, m, 1) else {
                continue;
            };
            let end = NaiveDate::from_ymd_opt(year, m + 1, 1)
                .or_else(|| NaiveDate::from_ymd_opt(year + 1, 1, 1))
                .and_then(|d| d.pred_opt())
                .unwrap_or(first);
            // Held on some day of the month.
            if a.since <= end && a.until.is_none_or(|u| u > first) {
                owed.insert((a.township_code, a.appointment_id, m));
            }
        }
    }
    let mut met: BTreeSet<(i64, Uuid, u32)> = BTreeSet::new();
    for v in &found {
        let matching = assignments.iter().find(|a| {
            a.village_id == v.node_id
                && persons.get(&a.appointment_id).copied() == v.person_id
                && holds_on(a, v.occurred_on)
        });
        if let Some(a) = matching {
            let key = (a.township_code, a.appointment_id, v.occurred_on.month());
            if met.insert(key) {
                if let Some(f) = by.get_mut(&township_of(a.township_code)) {
                    f.visits.push(v.id);
                }
            }
        }
    }
    for (t, _, _) in &owed {
        if let Some(f) = by.get_mut(&township_of(*t)) {
            f.leader_months += 1;
        }
    }
    for (t, _, _) in &met {
        if let Some(f) = by.get_mut(&township_of(*t)) {
            f.leader_months_met += 1;
        }
    }
    Ok(())
}

/// What each township's posts were due for the year (the subsidy ledger,
/// as the payroll summary reads it) and what was paid by the pay-by day.
async fn money(
    db: &impl ConnectionTrait,
    range: CodeRange,
    county: i64,
    year: i32,
    pay_by: NaiveDate,
    by: &mut HashMap<i64, Facts>,
) -> AppResult<()> {
    let rows = ledger::rows_in(db, range, Some(county), year, &standards::ROLES).await?;
    for r in rows {
        if let Some(f) = by.get_mut(&township_of(r.node_code)) {
            f.due_fen += r.net_fen;
        }
    }
    let payrolls = payroll::Entity::find()
        .filter(payroll::Column::PayerCode.between(range.lo, range.hi))
        .filter(payroll::Column::Year.eq(year))
        .all(db)
        .await?;
    for p in payrolls {
        if let Some(f) = by.get_mut(&township_of(p.payer_code)) {
            f.payrolls.push(p.id);
            if p.paid_on.is_some_and(|d| d <= pay_by) {
                f.paid_on_time_fen += p.paid_fen.unwrap_or(0);
            }
        }
    }
    Ok(())
}
