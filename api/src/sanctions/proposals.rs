//! What the records say deserves a sanction in a year, for the county to
//! decide: a warning interview for each township late on (or past without)
//! a campaign milestone, and an award disqualification for each officer or
//! liaison whose monthly quota was missed in at least the county rule's
//! number of months, or whose approved assessment of the year failed (where
//! the rule says so). A fixed number of statements for any subtree: the
//! campaigns' progress (six a campaign), two a finished month, the failed
//! assessments, the rules and the decisions already made.
use super::{county_of, rules};
use crate::campaigns::progress::{self, MilestoneStatus};
use crate::campaigns::service as campaigns;
use crate::error::AppResult;
use crate::grid::code::{GridCode, Level};
use crate::inspections::Month;
use crate::overview::posts;
use crate::scope::Scope;
use crate::state::AppState;
use chrono::NaiveDate;
use entity::assessment::{self, AssessmentGrade, AssessmentStatus};
use entity::sanction::{self, SanctionKind};
use entity::{appointment, grid_node};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// A milestone a township met late or not at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LateMilestone {
    pub campaign: String,
    pub title: String,
    pub due_on: NaiveDate,
    pub done_on: Option<NaiveDate>,
}

/// A finished month in which a post's quota was missed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MissedMonth {
    pub month: Month,
    pub done: u32,
    pub expected: u32,
}

/// Whom a proposal is about.
#[derive(Clone, Debug)]
pub enum Subject {
    Township(grid_node::Model),
    Post(appointment::Model),
}

impl Subject {
    /// The id `recordSanction` takes: the township's, or the post's.
    pub fn id(&self) -> Uuid {
        match self {
            Subject::Township(t) => t.id,
            Subject::Post(a) => a.id,
        }
    }
}

pub struct Proposal {
    pub kind: SanctionKind,
    pub subject: Subject,
    pub late_milestones: Vec<LateMilestone>,
    pub missed_months: Vec<MissedMonth>,
    /// The rule's threshold of months (award disqualifications).
    pub threshold: Option<i32>,
    /// The approved assessment of the year that failed (不合格), when the
    /// county's rule proposes on one.
    pub failed_assessment: Option<assessment::Model>,
    /// The decision already recorded for it, if any.
    pub decided: Option<sanction::Model>,
}

/// The months of `year` that are over by `today`, in order.
pub fn finished_months(year: i32, today: NaiveDate) -> Vec<Month> {
    (1..=12)
        .filter_map(|m| NaiveDate::from_ymd_opt(year, m, 1))
        .map(Month::of)
        .filter(|m| m.last_day() < today)
        .collect()
}

pub async fn propose(
    state: &AppState,
    scope: &Scope,
    under: Option<Uuid>,
    year: i32,
) -> AppResult<Vec<Proposal>> {
    let year = rules::check_year(year)?;
    let db = &state.db;
    let today = state.today();
    let range = crate::grid::service::range_under(db, scope, under).await?;

    // Warning interviews: every campaign of the year the caller works under.
    let mut late: BTreeMap<i64, (grid_node::Model, Vec<LateMilestone>)> = BTreeMap::new();
    for shown in campaigns::list(db, scope, Some(year)).await? {
        let c = &shown.campaign;
        let Some(level) = Level::from_number(c.node_level) else {
            continue;
        };
        let Some(within) = range.intersect(&GridCode::new(c.node_code, level).subtree()) else {
            continue;
        };
        let rows = progress::compute(db, &shown.milestones, c.year, within, today).await?;
        for t in rows {
            let missed: Vec<LateMilestone> = t
                .milestones
                .iter()
                .filter(|m| {
                    matches!(
                        m.status,
                        MilestoneStatus::DoneLate | MilestoneStatus::NotDone
                    )
                })
                .map(|m| LateMilestone {
                    campaign: c.name.clone(),
                    title: m.milestone.title.clone(),
                    due_on: m.milestone.due_on,
                    done_on: m.met.done_on,
                })
                .collect();
            if !missed.is_empty() {
                let entry = late
                    .entry(t.township.code)
                    .or_insert_with(|| (t.township.clone(), Vec::new()));
                entry.1.extend(missed);
            }
        }
    }

    // Award disqualifications: finished months with the quota missed.
    let mut missed: HashMap<Uuid, (appointment::Model, Vec<MissedMonth>)> = HashMap::new();
    for month in finished_months(year, today) {
        for p in posts::load(db, range, month, &state.settings.field).await? {
            if p.done < p.expected {
                missed
                    .entry(p.appointment.id)
                    .or_insert_with(|| (p.appointment.clone(), Vec::new()))
                    .1
                    .push(MissedMonth {
                        month,
                        done: p.done,
                        expected: p.expected,
                    });
            }
        }
    }
    let failed = failed_assessments(db, range, year).await?;
    let mut counties: Vec<i64> = missed
        .values()
        .map(|(a, _)| county_of(a.node_code))
        .chain(failed.values().map(|(a, _)| county_of(a.node_code)))
        .collect();
    counties.sort_unstable();
    counties.dedup();
    let rules = rules::of_counties(db, &counties, year).await?;

    let decided: HashMap<(SanctionKind, Uuid), sanction::Model> = sanction::Entity::find()
        .filter(sanction::Column::SubjectCode.between(range.lo, range.hi))
        .filter(sanction::Column::Year.eq(year))
        .all(db)
        .await?
        .into_iter()
        .map(|s| ((s.kind, s.appointment_id.unwrap_or(s.subject_node_id)), s))
        .collect();
    let decision = |kind, id| decided.get(&(kind, id)).cloned();

    let mut out: Vec<Proposal> = late
        .into_values()
        .map(|(township, late_milestones)| Proposal {
            kind: SanctionKind::WarningInterview,
            decided: decision(SanctionKind::WarningInterview, township.id),
            subject: Subject::Township(township),
            late_milestones,
            missed_months: Vec::new(),
            threshold: None,
            failed_assessment: None,
        })
        .collect();
    // Every post with grounds: missed months, a failed assessment, or both.
    let mut grounds: HashMap<
        Uuid,
        (
            appointment::Model,
            Vec<MissedMonth>,
            Option<assessment::Model>,
        ),
    > = missed
        .into_iter()
        .map(|(id, (a, m))| (id, (a, m, None)))
        .collect();
    for (id, (a, failed)) in failed {
        grounds.entry(id).or_insert_with(|| (a, Vec::new(), None)).2 = Some(failed);
    }
    let mut posts: Vec<_> = grounds
        .into_values()
        .filter_map(|(a, months, failed)| {
            let rule = rules
                .get(&county_of(a.node_code))
                .cloned()
                .unwrap_or_default();
            let enough = i32::try_from(months.len()).unwrap_or(i32::MAX) >= rule.missed_months;
            let failed = failed.filter(|_| rule.on_failed_assessment);
            (enough || failed.is_some()).then(|| Proposal {
                kind: SanctionKind::AwardDisqualification,
                decided: decision(SanctionKind::AwardDisqualification, a.id),
                subject: Subject::Post(a),
                late_milestones: Vec::new(),
                missed_months: if enough { months } else { Vec::new() },
                threshold: Some(rule.missed_months),
                failed_assessment: failed,
            })
        })
        .collect();
    posts.sort_by_key(|p| match &p.subject {
        Subject::Post(a) => (a.node_code, a.start_date, a.id),
        Subject::Township(t) => (t.code, NaiveDate::MIN, t.id),
    });
    out.extend(posts);
    Ok(out)
}

/// The approved, current assessments of the year under `range` that
/// failed, with their posts: two statements.
async fn failed_assessments(
    db: &impl sea_orm::ConnectionTrait,
    range: crate::grid::code::CodeRange,
    year: i32,
) -> AppResult<HashMap<Uuid, (appointment::Model, assessment::Model)>> {
    let failed = assessment::Entity::find()
        .filter(assessment::Column::NodeCode.between(range.lo, range.hi))
        .filter(assessment::Column::Year.eq(year))
        .filter(assessment::Column::Status.eq(AssessmentStatus::Approved))
        .filter(assessment::Column::Superseded.eq(false))
        .filter(assessment::Column::Grade.eq(AssessmentGrade::Fail))
        .all(db)
        .await?;
    if failed.is_empty() {
        return Ok(HashMap::new());
    }
    let posts: HashMap<Uuid, appointment::Model> = appointment::Entity::find()
        .filter(appointment::Column::Id.is_in(failed.iter().map(|a| a.appointment_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    Ok(failed
        .into_iter()
        .filter_map(|f| {
            let post = posts.get(&f.appointment_id)?.clone();
            Some((post.id, (post, f)))
        })
        .collect())
}
