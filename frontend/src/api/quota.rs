//! Who is behind their quota this month (`monthQuota`): each current
//! officer's and liaison's count, and each township leader's visits to
//! their assigned village, against what the rules expect.

use serde::Deserialize;
use serde_json::json;

use super::{ApiError, AppointmentRole, Client, NodeRef};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum QuotaStatus {
    Met,
    Behind,
    Missed,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PostQuota {
    pub role: AppointmentRole,
    pub node: NodeRef,
    pub person_name: String,
    pub expected: i64,
    pub done: i64,
    pub status: QuotaStatus,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeaderVisitQuota {
    pub name: String,
    pub node: NodeRef,
    pub expected: i64,
    pub done: i64,
    pub status: QuotaStatus,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MonthQuota {
    pub completeness_rate: f64,
    /// The month is closed: records can only be corrected with a reason.
    pub locked: bool,
    pub posts: Vec<PostQuota>,
    pub leader_visits: Vec<LeaderVisitQuota>,
}

pub async fn month_quota(
    client: &Client,
    node_id: &str,
    month: &str,
) -> Result<MonthQuota, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        month_quota: MonthQuota,
    }
    let query = "query Quota($id: ID!, $month: Month!) { monthQuota(nodeId: $id, month: $month) { \
        completenessRate locked \
        posts { role node { id name } personName expected done status } \
        leaderVisits { name node { id name } expected done status } } }";
    let data: Data = client
        .run(query, json!({ "id": node_id, "month": month }))
        .await?;
    Ok(data.month_quota)
}
