//! A node's month at a glance (`monthOverview`: one row per child) and who
//! is behind their quota (`monthQuota`). Months are `YYYY-MM`.

use serde::Deserialize;
use serde_json::json;

use super::{ApiError, Client, NodeRef};

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MonthOverviewRow {
    pub node: NodeRef,
    /// Every record of the month under this child.
    pub inspections_done: i64,
    /// Those that count toward the quotas (each post up to its own).
    #[serde(default)]
    pub inspections_counted: i64,
    pub inspections_expected: i64,
    pub completeness_rate: f64,
    pub leader_visits_done: i64,
    pub hazards_open: i64,
    pub hazards_overdue: i64,
    pub hazards_closed: i64,
}

pub async fn month_overview(
    client: &Client,
    node_id: &str,
    month: &str,
) -> Result<Vec<MonthOverviewRow>, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        month_overview: Vec<MonthOverviewRow>,
    }
    let query =
        "query Overview($id: ID!, $month: Month!) { monthOverview(nodeId: $id, month: $month) { \
        node { id name } inspectionsDone inspectionsCounted inspectionsExpected completenessRate leaderVisitsDone \
        hazardsOpen hazardsOverdue hazardsClosed } }";
    let data: Data = client
        .run(query, json!({ "id": node_id, "month": month }))
        .await?;
    Ok(data.month_overview)
}

/// The rules the month tables count by, and the month they open on.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldRules {
    /// "YYYY-MM": last month until its close day, this month after.
    pub current_month: String,
    pub month_close_day: u32,
    pub quota_village_officer: u32,
    pub quota_group_liaison: u32,
}

pub async fn field_rules(client: &Client) -> Result<FieldRules, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        field_rules: FieldRules,
    }
    let query = "query FieldRules { fieldRules { currentMonth monthCloseDay quotaVillageOfficer quotaGroupLiaison } }";
    let data: Data = client.run(query, json!({})).await?;
    Ok(data.field_rules)
}
