//! Campaigns (工作部署) and their progress: the county's milestones and,
//! per township, each one done on time, late, not done or not yet due.

use serde::Deserialize;
use serde_json::json;

use super::{ApiError, Client};

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CampaignMilestone {
    pub id: String,
    pub position: i32,
    pub kind: Option<String>,
    pub title: String,
    pub due_on: String,
    pub document_kind: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Campaign {
    pub id: String,
    pub name: String,
    pub year: i32,
    pub set_at_name: String,
    pub milestones: Vec<CampaignMilestone>,
    /// Sent back with an edit (a stale one is CONFLICT).
    #[serde(default)]
    pub version: i64,
    #[serde(default)]
    pub allowed_actions: Vec<super::Action>,
}

/// Where a township stands on one milestone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MilestoneStatus {
    DoneOnTime,
    DoneLate,
    NotDone,
    NotDue,
}

/// What kind of record meets a milestone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EvidenceKind {
    RosterSubmission,
    Demonstration,
    Document,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    pub kind: EvidenceKind,
    pub id: String,
    pub on: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MilestoneCell {
    pub status: MilestoneStatus,
    pub done_on: Option<String>,
    pub done: i64,
    pub total: i64,
    pub evidence_ids: Vec<String>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProgressTownship {
    pub id: String,
    pub name: String,
    pub division_code: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TownshipProgress {
    pub township: ProgressTownship,
    /// In the campaign's milestone order.
    pub milestones: Vec<MilestoneCell>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MilestoneTotals {
    pub done_on_time: i64,
    pub done_late: i64,
    pub not_done: i64,
    pub not_due: i64,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CampaignProgress {
    pub as_of: String,
    pub townships: Vec<TownshipProgress>,
    pub totals: Vec<MilestoneTotals>,
}

/// The campaigns the caller works under and those set below, newest first.
pub async fn campaigns(client: &Client) -> Result<Vec<Campaign>, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        campaigns: Vec<Campaign>,
    }
    let query = include_str!("queries/campaigns.graphql");
    let data: Data = client.run(query, json!({})).await?;
    Ok(data.campaigns)
}

pub async fn campaign_progress(
    client: &Client,
    campaign_id: &str,
    under: &str,
    as_of: &str,
) -> Result<CampaignProgress, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        campaign_progress: CampaignProgress,
    }
    let query = include_str!("queries/campaign_progress.graphql");
    let data: Data = client
        .run(
            query,
            json!({ "campaignId": campaign_id, "under": under, "asOf": as_of }),
        )
        .await?;
    Ok(data.campaign_progress)
}
