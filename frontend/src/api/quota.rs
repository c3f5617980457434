//! Who is behind their quota this month (`monthQuota`): each current
//! officer's and liaison's count, each township leader's visits to their
//! assigned villages and duty report, and each township's monthly safety
//! meeting, against what the rules expect.

use serde::Deserialize;
use serde_json::json;

use super::{Action, ApiError, AppointmentRole, Client, NodeRef};

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

/// A record named only by its id (the leader's appointment, the meeting).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RecordId {
    pub id: String,
}

/// The leader's township, with what the caller may do there (file the
/// duty report when `RECORD_DUTY_REPORT` is listed).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeaderTownship {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub allowed_actions: Vec<Action>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeaderVisitQuota {
    pub appointment: RecordId,
    pub name: String,
    /// 分管安全: the leader in charge of safety.
    pub in_charge_of_safety: bool,
    pub node: LeaderTownship,
    /// Visits the quota asks for.
    pub expected: i64,
    /// Visits at a village assigned to the leader that day.
    pub done: i64,
    pub status: QuotaStatus,
    pub duty_report_filed: bool,
    /// False when none is filed: read it with `duty_report_filed`.
    pub duty_report_covers_grid_work: bool,
}

/// A township's monthly safety meeting (安全生产例会) in the month.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TownshipMeetingMonth {
    pub node: NodeRef,
    pub held: bool,
    /// False when none was held: read it with `held`.
    pub covers_grid_work: bool,
    pub meeting: Option<RecordId>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MonthQuota {
    pub completeness_rate: f64,
    /// The month is closed: records can only be corrected with a reason.
    pub locked: bool,
    pub posts: Vec<PostQuota>,
    pub leader_visits: Vec<LeaderVisitQuota>,
    pub township_meetings: Vec<TownshipMeetingMonth>,
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
    let query = include_str!("queries/month_quota.graphql");
    let data: Data = client
        .run(query, json!({ "id": node_id, "month": month }))
        .await?;
    Ok(data.month_quota)
}
