//! A node's month at a glance (`monthOverview`: one row per child) and who
//! is behind their quota (`monthQuota`). Months are `YYYY-MM`.

use serde::Deserialize;
use serde_json::json;

use super::{ApiError, Client, NodeRef};

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MonthOverviewRow {
    pub node: NodeRef,
    pub inspections_done: i64,
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
        node { id name } inspectionsDone inspectionsExpected completenessRate leaderVisitsDone \
        hazardsOpen hazardsOverdue hazardsClosed } }";
    let data: Data = client
        .run(query, json!({ "id": node_id, "month": month }))
        .await?;
    Ok(data.month_overview)
}
