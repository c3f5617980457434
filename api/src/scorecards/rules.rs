//! Each rule turns a township's facts into points and the evidence: what
//! was found (a [`Finding`] with its counts) and the ids of the records
//! behind it, which `node(id:)` opens.
use super::facts::{Facts, YearFacts};
use super::template::Item;
use crate::campaigns::progress::MilestoneStatus;
use async_graphql::Enum;
use entity::campaign_milestone::MilestoneKind;
use entity::scorecard_template_item::ScorecardRule;
use uuid::Uuid;

/// Why an item has the points it has.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Finding {
    /// The records meet the item in full.
    Met,
    /// `count` of the `of` document kinds were not uploaded.
    DocumentsMissing,
    /// No roster was submitted by the deadline.
    NoRoster,
    /// The roster left `count` posts empty.
    PostsMissing,
    /// The milestone was met after its due day.
    MilestoneLate,
    /// The milestone's due day passed and it is not met.
    MilestoneNotDone,
    /// The milestone is not due yet, and not met yet.
    MilestoneNotDue,
    /// The year's campaign sets no such milestone: enter it by hand.
    NoDeadline,
    /// Spot checks found `count` persons not keeping their notebooks.
    NotebooksNotKept,
    /// `count` of `of` leader-months had no visit to an assigned village.
    VisitsMissed,
    /// No leader had an assigned village in the months that have ended.
    NoAssignedVillages,
    /// `count` of `of` ended months had no monthly safety meeting on the grid work.
    MeetingsMissed,
    /// No month of the year has ended yet.
    NoMonthEnded,
    /// `count` duty reports did not cover the grid work.
    DutyReportsWithoutGridWork,
    /// `count` of `of` village officers held no approved assessment of the year.
    AssessmentsMissing,
    /// The subsidies were not paid in full by the pay-by day.
    SubsidiesLate,
    /// The subsidies are not paid in full yet; the pay-by day has not come.
    SubsidiesNotYetPaid,
    /// An item scored by hand that has not been entered yet.
    NotEntered,
    /// The county office entered the points (see the note and documents).
    EnteredByHand,
}

/// What a rule makes of one item.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Auto {
    pub points: i32,
    pub finding: Finding,
    pub count: i32,
    pub of: i32,
    pub record_ids: Vec<Uuid>,
}

impl Auto {
    fn new(points: i32, finding: Finding) -> Self {
        Auto {
            points,
            finding,
            count: 0,
            of: 0,
            record_ids: Vec::new(),
        }
    }
    fn counts(mut self, count: usize, of: usize) -> Self {
        self.count = i32::try_from(count).unwrap_or(i32::MAX);
        self.of = i32::try_from(of).unwrap_or(i32::MAX);
        self
    }
    fn records(mut self, ids: Vec<Uuid>) -> Self {
        self.record_ids = ids;
        self
    }
}

/// `max` less `per_unit` for each of `count`, never below 0.
fn deduct(max: i32, per_unit: Option<i32>, count: usize) -> i32 {
    let lost = i64::from(per_unit.unwrap_or(1)) * count as i64;
    (i64::from(max) - lost).clamp(0, i64::from(max)) as i32
}

fn all_or_nothing(item: &Item, ok: bool, otherwise: Finding) -> Auto {
    if ok {
        Auto::new(item.max_points, Finding::Met)
    } else {
        Auto::new(0, otherwise)
    }
}

/// The automatic value of `item`, or `None` for an item scored by hand.
pub fn score(item: &Item, year: &YearFacts, f: &Facts) -> Option<Auto> {
    use ScorecardRule as R;
    let rule = item.rule?;
    Some(match rule {
        R::Documents => {
            let missing = item
                .document_kinds
                .iter()
                .filter(|k| f.documents.get(*k).is_none_or(Vec::is_empty))
                .count();
            let ids = item
                .document_kinds
                .iter()
                .filter_map(|k| f.documents.get(k))
                .flatten()
                .copied()
                .collect();
            let points = match item.per_unit {
                Some(_) => deduct(item.max_points, item.per_unit, missing),
                None if missing == 0 => item.max_points,
                None => 0,
            };
            let finding = if missing == 0 {
                Finding::Met
            } else {
                Finding::DocumentsMissing
            };
            Auto::new(points, finding)
                .counts(missing, item.document_kinds.len())
                .records(ids)
        }
        R::RosterMissing => match &f.roster {
            None => Auto::new(0, Finding::NoRoster),
            Some(r) => {
                let missing = usize::try_from(r.missing_count).unwrap_or(0);
                let finding = if missing == 0 {
                    Finding::Met
                } else {
                    Finding::PostsMissing
                };
                Auto::new(deduct(item.max_points, item.per_unit, missing), finding)
                    .counts(
                        missing,
                        usize::try_from(r.entry_count).unwrap_or(0) + missing,
                    )
                    .records(vec![r.id])
            }
        },
        R::MilestoneOnTime => milestone(item, f),
        R::NotebooksNotKept => {
            let n = f.notebooks_not_kept.len();
            let finding = if n == 0 {
                Finding::Met
            } else {
                Finding::NotebooksNotKept
            };
            Auto::new(deduct(item.max_points, item.per_unit, n), finding)
                .counts(n, 0)
                .records(f.notebooks_not_kept.clone())
        }
        R::LeaderVisits => {
            if year.months == 0 {
                Auto::new(0, Finding::NoMonthEnded)
            } else if f.leader_months == 0 {
                Auto::new(0, Finding::NoAssignedVillages)
            } else {
                let missed = f.leader_months - f.leader_months_met;
                all_or_nothing(item, missed == 0, Finding::VisitsMissed)
                    .counts(missed as usize, f.leader_months as usize)
                    .records(f.visits.clone())
            }
        }
        R::MonthlyMeetings => {
            if year.months == 0 {
                Auto::new(0, Finding::NoMonthEnded)
            } else {
                let missed = year.months as usize - f.meeting_months.len();
                all_or_nothing(item, missed == 0, Finding::MeetingsMissed)
                    .counts(missed, year.months as usize)
                    .records(f.meetings.clone())
            }
        }
        R::DutyReportsWithoutGridWork => {
            let n = f.duty_reports_without.len();
            let finding = if n == 0 {
                Finding::Met
            } else {
                Finding::DutyReportsWithoutGridWork
            };
            Auto::new(deduct(item.max_points, item.per_unit, n), finding)
                .counts(n, 0)
                .records(f.duty_reports_without.clone())
        }
        R::AssessmentsDone => {
            let missing = f.officer_posts.saturating_sub(f.officers_assessed) as usize;
            all_or_nothing(item, missing == 0, Finding::AssessmentsMissing)
                .counts(missing, f.officer_posts as usize)
                .records(f.assessments.clone())
        }
        R::SubsidiesOnTime => {
            let paid = f.paid_on_time_fen >= f.due_fen;
            let finding = if paid {
                Finding::Met
            } else if year.today > year.pay_by {
                Finding::SubsidiesLate
            } else {
                Finding::SubsidiesNotYetPaid
            };
            all_or_nothing(item, paid, finding).records(f.payrolls.clone())
        }
    })
}

fn milestone(item: &Item, f: &Facts) -> Auto {
    let Some(kind) = item.milestone_kind else {
        return Auto::new(0, Finding::NoDeadline);
    };
    let milestones = f.progress.as_ref().map_or(&[][..], |p| &p.milestones[..]);
    // The milestone of the kind, else one that includes it (the 2018
    // campaign set training and notebooks as one deadline, the sites as
    // part of the build-out).
    let found = milestones
        .iter()
        .find(|m| m.milestone.kind == kind)
        .or_else(|| milestones.iter().find(|m| includes(m.milestone.kind, kind)));
    let Some(m) = found else {
        return Auto::new(0, Finding::NoDeadline);
    };
    let finding = match m.status {
        MilestoneStatus::DoneOnTime => Finding::Met,
        MilestoneStatus::DoneLate => Finding::MilestoneLate,
        MilestoneStatus::NotDone => Finding::MilestoneNotDone,
        MilestoneStatus::NotDue => Finding::MilestoneNotDue,
    };
    let ids = m.met.evidence.iter().map(|e| e.id).collect();
    all_or_nothing(item, finding == Finding::Met, finding)
        .counts(m.met.done as usize, m.met.total as usize)
        .records(ids)
}

fn includes(wider: MilestoneKind, kind: MilestoneKind) -> bool {
    use MilestoneKind as K;
    matches!(
        (wider, kind),
        (
            K::TrainingAndNotebooks,
            K::TrainingDone | K::NotebooksIssued
        ) | (K::BuildOut, K::DemonstrationSites | K::CoverageComplete)
    )
}
