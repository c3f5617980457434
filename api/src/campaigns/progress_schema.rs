//! GraphQL for `campaignProgress`: the campaign board's data.
use super::progress::{self, EvidenceKind, MilestoneProgress, MilestoneStatus, TownshipProgress};
use super::schema::{Campaign, CampaignMilestone};
use super::service;
use crate::authz::{self, Action};
use crate::context::{scope, state};
use crate::error::{AppError, GqlResult};
use crate::grid::code::{GridCode, Level};
use crate::grid::schema::GridNode;
use crate::ids;
use async_graphql::{Context, Object, SimpleObject, ID};
use chrono::NaiveDate;

/// Every township's standing on a campaign's milestones as of a day.
pub struct CampaignProgress {
    campaign: Campaign,
    as_of: NaiveDate,
    townships: Vec<TownshipProgress>,
}

/// Every township's standing on a campaign's milestones as of a day.
#[Object]
impl CampaignProgress {
    /// The campaign.
    async fn campaign(&self) -> &Campaign {
        &self.campaign
    }
    /// The day it is measured on.
    async fn as_of(&self) -> NaiveDate {
        self.as_of
    }
    /// One row per township in the range, in grid order.
    #[graphql(complexity = "crate::pagination::list_cost(50, child_complexity)")]
    async fn townships(&self, ctx: &Context<'_>) -> GqlResult<Vec<TownshipRow<'_>>> {
        let sc = scope(ctx)?;
        self.townships
            .iter()
            .map(|t| {
                Ok(TownshipRow {
                    township: authz::authorize(sc, Action::Read, t.township.clone())?,
                    row: t,
                })
            })
            .collect::<Result<_, AppError>>()
            .map_err(Into::into)
    }
    /// Per milestone, how many townships stand where.
    async fn totals(&self) -> Vec<MilestoneTotals> {
        let Some(first) = self.townships.first() else {
            return Vec::new();
        };
        (0..first.milestones.len())
            .map(|i| {
                let count = |s: MilestoneStatus| {
                    let n = self
                        .townships
                        .iter()
                        .filter(|t| t.milestones.get(i).is_some_and(|m| m.status == s))
                        .count();
                    i32::try_from(n).unwrap_or(i32::MAX)
                };
                MilestoneTotals {
                    milestone: CampaignMilestone::from(&first.milestones[i].milestone),
                    done_on_time: count(MilestoneStatus::DoneOnTime),
                    done_late: count(MilestoneStatus::DoneLate),
                    not_done: count(MilestoneStatus::NotDone),
                    not_due: count(MilestoneStatus::NotDue),
                }
            })
            .collect()
    }
}

/// How many townships stand where on one milestone.
#[derive(SimpleObject)]
pub struct MilestoneTotals {
    /// The milestone.
    pub milestone: CampaignMilestone,
    /// Townships that met it on time.
    pub done_on_time: i32,
    /// Townships that met it late.
    pub done_late: i32,
    /// Townships past its due day without it.
    pub not_done: i32,
    /// Townships without it, not yet due.
    pub not_due: i32,
}

/// One township on the campaign board.
pub struct TownshipRow<'a> {
    township: authz::Authorized<entity::grid_node::Model>,
    row: &'a TownshipProgress,
}

/// One township on the campaign board.
#[Object]
impl TownshipRow<'_> {
    /// The township.
    async fn township(&self) -> GridNode {
        GridNode(self.township.clone())
    }
    /// Its standing on each milestone, in the campaign's order.
    async fn milestones(&self) -> Vec<MilestoneRow<'_>> {
        self.row.milestones.iter().map(MilestoneRow).collect()
    }
}

/// A record that meets a milestone.
#[derive(SimpleObject)]
pub struct MilestoneEvidence {
    /// What it is.
    pub kind: EvidenceKind,
    /// Its id (`node(id:)` answers it; a document's file is
    /// `GET /api/documents/{id}`).
    pub id: ID,
    /// Its day: submitted, designated from, uploaded.
    pub on: NaiveDate,
}

/// One township on one milestone.
pub struct MilestoneRow<'a>(&'a MilestoneProgress);

/// One township on one milestone.
#[Object]
impl MilestoneRow<'_> {
    /// The milestone.
    async fn milestone(&self) -> CampaignMilestone {
        CampaignMilestone::from(&self.0.milestone)
    }
    /// Done on time, done late, not done, or not yet due.
    async fn status(&self) -> MilestoneStatus {
        self.0.status
    }
    /// The day it was met (the day its last part was), if it is.
    async fn done_on(&self) -> Option<NaiveDate> {
        self.0.met.done_on
    }
    /// Parts met: posts trained, villages and groups covered, sites set.
    async fn done(&self) -> i32 {
        i32::try_from(self.0.met.done).unwrap_or(i32::MAX)
    }
    /// Parts in all.
    async fn total(&self) -> i32 {
        i32::try_from(self.0.met.total).unwrap_or(i32::MAX)
    }
    /// The records that meet it (roster submissions, demonstration sites,
    /// documents): open each with `node(id:)`.
    async fn evidence_ids(&self) -> Vec<ID> {
        self.0
            .met
            .evidence
            .iter()
            .map(|e| ids::to_id(e.id))
            .collect()
    }
    /// The same records with their kind and day, for a board to link them.
    async fn evidence(&self) -> Vec<MilestoneEvidence> {
        self.0
            .met
            .evidence
            .iter()
            .map(|e| MilestoneEvidence {
                kind: e.kind,
                id: ids::to_id(e.id),
                on: e.on,
            })
            .collect()
    }
}

#[derive(Default)]
pub struct CampaignProgressQuery;

#[Object]
impl CampaignProgressQuery {
    /// Each township's standing on a campaign's milestones as of a day,
    /// computed from the records (a fixed number of statements for any
    /// number of townships).
    async fn campaign_progress(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The campaign.")] campaign_id: ID,
        #[graphql(desc = "Only townships at or below this node (default: the caller's node).")]
        under: Option<ID>,
        #[graphql(desc = "The day to measure on (default: today; not in the future).")]
        as_of: Option<NaiveDate>,
    ) -> GqlResult<CampaignProgress> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let today = st.today();
        let as_of = as_of.unwrap_or(today);
        if as_of > today {
            return Err(AppError::input("asOf", crate::error::Key::RecordDayInFuture).into());
        }
        let shown = service::find(&st.db, sc, ids::parse(&campaign_id)?).await?;
        let mine = crate::grid::service::range_under(&st.db, sc, ids::parse_opt(&under)?).await?;
        let level = Level::from_number(shown.campaign.node_level).ok_or(AppError::NotFound)?;
        let set_for = GridCode::new(shown.campaign.node_code, level).subtree();
        let townships = match mine.intersect(&set_for) {
            Some(range) => {
                progress::compute(&st.db, &shown.milestones, shown.campaign.year, range, as_of)
                    .await?
            }
            None => Vec::new(),
        };
        Ok(CampaignProgress {
            campaign: Campaign(shown),
            as_of,
            townships,
        })
    }
}
