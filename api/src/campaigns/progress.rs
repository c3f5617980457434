//! Each township's progress on a campaign's milestones as of a day,
//! computed from the records: the first roster submission, the posts'
//! training and notebook dates, the demonstration sites, coverage, and
//! documents of a named kind. Six statements for any number of townships
//! (each kind of record is read once for the whole range, then grouped by
//! township here).
use super::MilestoneKind;
use crate::clock;
use crate::error::AppResult;
use crate::grid::code::{CodeRange, Level};
use crate::grid::coverage::{current_on, post_for};
use async_graphql::Enum;
use chrono::NaiveDate;
use entity::{
    appointment, campaign_milestone, demonstration, document, grid_node, roster_submission,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

/// Where a township stands on one milestone.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum MilestoneStatus {
    /// Met on or before the due day.
    DoneOnTime,
    /// Met, after the due day.
    DoneLate,
    /// The due day has passed and it is not met.
    NotDone,
    /// Not met yet, and not yet due.
    NotDue,
}

impl MilestoneStatus {
    pub fn of(done_on: Option<NaiveDate>, due_on: NaiveDate, as_of: NaiveDate) -> Self {
        match done_on {
            Some(d) if d <= due_on => Self::DoneOnTime,
            Some(_) => Self::DoneLate,
            None if as_of > due_on => Self::NotDone,
            None => Self::NotDue,
        }
    }
}

/// What kind of record meets a milestone.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum EvidenceKind {
    /// A roster submission (`RosterSubmission`).
    RosterSubmission,
    /// A demonstration site (`Demonstration`).
    Demonstration,
    /// An uploaded document (`Document`).
    Document,
}

/// One record that meets a milestone, and its day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Evidence {
    pub kind: EvidenceKind,
    pub id: Uuid,
    pub on: NaiveDate,
}

/// How a milestone is met at one township.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Met {
    /// The day it was met (every part of it), if it is.
    pub done_on: Option<NaiveDate>,
    /// Parts met and parts in all (posts trained, nodes covered, sites).
    pub done: u32,
    pub total: u32,
    /// The records that meet it: roster submissions, demonstration sites,
    /// documents.
    pub evidence: Vec<Evidence>,
}

pub struct MilestoneProgress {
    pub milestone: campaign_milestone::Model,
    pub status: MilestoneStatus,
    pub met: Met,
}

pub struct TownshipProgress {
    pub township: grid_node::Model,
    pub milestones: Vec<MilestoneProgress>,
}

/// The township a code at township level or below belongs to.
fn township_of(code: i64) -> i64 {
    let unit = 10_i64.pow(15 - Level::Township.digits());
    code / unit * unit
}

/// What the records say of one township, as of the day.
#[derive(Default)]
struct Facts {
    first_roster: Option<(NaiveDate, Uuid)>,
    /// Per level (village, group): the first day of the chain of sites
    /// that is current, and the sites in it.
    sites: HashMap<i16, (NaiveDate, Vec<Evidence>)>,
    /// Current officer and liaison posts: (training, notebook) dates.
    posts: Vec<(Option<NaiveDate>, Option<NaiveDate>)>,
    /// Per village and group: since when its post has been held (None: empty).
    coverage: Vec<Option<NaiveDate>>,
    /// Per document kind: the first upload.
    documents: HashMap<String, (NaiveDate, Uuid)>,
}

/// Met when every part is; on the day the last part was.
fn all_of(days: impl Iterator<Item = Option<NaiveDate>>) -> Met {
    let (mut done, mut total, mut last) = (0u32, 0u32, None::<NaiveDate>);
    for d in days {
        total += 1;
        if let Some(d) = d {
            done += 1;
            last = last.max(Some(d));
        }
    }
    Met {
        done_on: if total > 0 && done == total {
            last
        } else {
            None
        },
        done,
        total,
        evidence: Vec::new(),
    }
}

fn both(a: Met, b: Met) -> Met {
    let done_on = match (a.done_on, b.done_on) {
        (Some(x), Some(y)) => Some(x.max(y)),
        _ => None,
    };
    Met {
        done_on,
        done: a.done + b.done,
        total: a.total + b.total,
        evidence: [a.evidence, b.evidence].concat(),
    }
}

impl Facts {
    fn sites(&self) -> Met {
        let levels = [Level::Village.number(), Level::Group.number()];
        let mut met = all_of(levels.iter().map(|l| self.sites.get(l).map(|s| s.0)));
        met.evidence = levels
            .iter()
            .filter_map(|l| self.sites.get(l))
            .flat_map(|s| s.1.iter().copied())
            .collect();
        met
    }

    fn met(&self, m: &campaign_milestone::Model) -> Met {
        let kind = Some(m.kind);
        match kind {
            Some(MilestoneKind::RosterSubmitted) => Met {
                done_on: self.first_roster.map(|r| r.0),
                done: u32::from(self.first_roster.is_some()),
                total: 1,
                evidence: self
                    .first_roster
                    .map(|(on, id)| Evidence {
                        kind: EvidenceKind::RosterSubmission,
                        id,
                        on,
                    })
                    .into_iter()
                    .collect(),
            },
            Some(MilestoneKind::TrainingDone) => all_of(self.posts.iter().map(|p| p.0)),
            Some(MilestoneKind::NotebooksIssued) => all_of(self.posts.iter().map(|p| p.1)),
            Some(MilestoneKind::TrainingAndNotebooks) => all_of(
                self.posts
                    .iter()
                    .map(|p| p.0.zip(p.1).map(|(t, n)| t.max(n))),
            ),
            Some(MilestoneKind::DemonstrationSites) => self.sites(),
            Some(MilestoneKind::CoverageComplete) => all_of(self.coverage.iter().copied()),
            Some(MilestoneKind::BuildOut) => {
                both(all_of(self.coverage.iter().copied()), self.sites())
            }
            Some(MilestoneKind::Document) | None => {
                let first = m.document_kind.as_ref().and_then(|k| self.documents.get(k));
                Met {
                    done_on: first.map(|d| d.0),
                    done: u32::from(first.is_some()),
                    total: 1,
                    evidence: first
                        .map(|&(on, id)| Evidence {
                            kind: EvidenceKind::Document,
                            id,
                            on,
                        })
                        .into_iter()
                        .collect(),
                }
            }
        }
    }
}

/// A campaign runs in its year: records of other years do not meet its
/// milestones, and after the year its standing is the one at the year's
/// end (a 2018 deadline is not met by a 2026 roster).
pub fn window(year: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((
        NaiveDate::from_ymd_opt(year, 1, 1)?,
        NaiveDate::from_ymd_opt(year, 12, 31)?,
    ))
}

/// Progress of every township in `range` (already the caller's subtree
/// narrowed to the campaign's), as of `as_of`, for a campaign of `year`.
pub async fn compute(
    db: &impl ConnectionTrait,
    milestones: &[campaign_milestone::Model],
    year: i32,
    range: CodeRange,
    as_of: NaiveDate,
) -> AppResult<Vec<TownshipProgress>> {
    let Some((opens, closes)) = window(year) else {
        return Ok(Vec::new());
    };
    // Statuses compare with the day asked; the records are read as of the
    // campaign's last day at the latest.
    let asked = as_of;
    let as_of = as_of.min(closes);
    let townships = grid_node::Entity::find()
        .filter(grid_node::Column::Code.between(range.lo, range.hi))
        .filter(grid_node::Column::Level.eq(Level::Township.number()))
        .order_by_asc(grid_node::Column::Code)
        .all(db)
        .await?;
    if townships.is_empty() {
        return Ok(Vec::new());
    }
    let mut facts: HashMap<i64, Facts> = townships
        .iter()
        .map(|t| (t.code, Facts::default()))
        .collect();

    let rosters = roster_submission::Entity::find()
        .filter(roster_submission::Column::NodeCode.between(range.lo, range.hi))
        .filter(roster_submission::Column::SubmittedOn.between(opens, as_of))
        .order_by_asc(roster_submission::Column::SubmittedOn)
        .all(db)
        .await?;
    for r in rosters {
        if let Some(f) = facts.get_mut(&township_of(r.node_code)) {
            f.first_roster.get_or_insert((r.submitted_on, r.id));
        }
    }

    // A newer site ends the older one on its own first day, so the chain
    // of a level is unbroken from its first site: met since that day, if a
    // site of the level is current.
    let sites = demonstration::Entity::find()
        .filter(demonstration::Column::TownshipCode.between(range.lo, range.hi))
        .filter(demonstration::Column::Since.lte(as_of))
        .order_by_asc(demonstration::Column::Since)
        .all(db)
        .await?;
    let mut chains: HashMap<(i64, i16), (NaiveDate, Vec<Evidence>, bool)> = HashMap::new();
    for s in sites {
        let chain =
            chains
                .entry((s.township_code, s.level))
                .or_insert((s.since, Vec::new(), false));
        chain.1.push(Evidence {
            kind: EvidenceKind::Demonstration,
            id: s.id,
            on: s.since,
        });
        if s.until.is_none_or(|u| u > as_of) {
            chain.2 = true;
        }
    }
    for ((township, level), (since, ids, current)) in chains {
        if let (true, Some(f)) = (current, facts.get_mut(&township_of(township))) {
            f.sites.insert(level, (since, ids));
        }
    }

    let posts = appointment::Entity::find()
        .filter(appointment::Column::NodeCode.between(range.lo, range.hi))
        .filter(current_on(as_of))
        .all(db)
        .await?;
    // Per village or group: the earliest start among its current posts.
    let mut held: HashMap<Uuid, NaiveDate> = HashMap::new();
    for a in &posts {
        let covering = [post_for(Level::Village), post_for(Level::Group)]
            .into_iter()
            .flatten()
            .any(|r| r == a.role);
        if !covering {
            continue;
        }
        if let Some(f) = facts.get_mut(&township_of(a.node_code)) {
            f.posts.push((
                a.training_date.filter(|d| *d <= as_of),
                a.notebook_issued_date.filter(|d| *d <= as_of),
            ));
        }
        held.entry(a.node_id)
            .and_modify(|d| *d = (*d).min(a.start_date))
            .or_insert(a.start_date);
    }
    let nodes = grid_node::Entity::find()
        .filter(grid_node::Column::Code.between(range.lo, range.hi))
        .filter(grid_node::Column::Level.is_in([Level::Village.number(), Level::Group.number()]))
        .all(db)
        .await?;
    for n in nodes {
        // A post fits its node's level (`authz::rules::check_fits`).
        if let Some(f) = facts.get_mut(&township_of(n.code)) {
            f.coverage.push(held.get(&n.id).copied());
        }
    }

    let kinds: Vec<String> = milestones
        .iter()
        .filter_map(|m| m.document_kind.clone())
        .collect();
    if !kinds.is_empty() {
        let docs = document::Entity::find()
            .filter(document::Column::NodeCode.between(range.lo, range.hi))
            .filter(document::Column::Kind.is_in(kinds))
            .order_by_asc(document::Column::CreatedAt)
            .all(db)
            .await?;
        for d in docs {
            let day = d.created_at.with_timezone(&clock::china()).date_naive();
            if day < opens || day > as_of {
                continue;
            }
            if let Some(f) = facts.get_mut(&township_of(d.node_code)) {
                f.documents.entry(d.kind.clone()).or_insert((day, d.id));
            }
        }
    }

    Ok(townships
        .into_iter()
        .map(|t| {
            let f = facts.remove(&t.code).unwrap_or_default();
            let milestones = milestones
                .iter()
                .map(|m| {
                    let met = f.met(m);
                    MilestoneProgress {
                        status: MilestoneStatus::of(met.done_on, m.due_on, asked),
                        milestone: m.clone(),
                        met,
                    }
                })
                .collect();
            TownshipProgress {
                township: t,
                milestones,
            }
        })
        .collect())
}
