//! A node's year of programme records (`yearOverview`: one row per child):
//! village safety meetings held against four a village, trainings, drills,
//! publicity and notebook checks.

use serde::Deserialize;
use serde_json::json;

use super::{ApiError, Client};

/// The child node a year row is about.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct YearNode {
    pub id: String,
    pub name: String,
    pub division_code: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct YearOverviewRow {
    pub node: YearNode,
    pub meetings_held: i64,
    pub meetings_expected: i64,
    pub trainings: i64,
    pub drills: i64,
    pub publicity: i64,
    pub notebook_checks_kept: i64,
    pub notebook_checks_not_kept: i64,
}

pub async fn year_overview(
    client: &Client,
    node_id: &str,
    year: i32,
) -> Result<Vec<YearOverviewRow>, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        year_overview: Vec<YearOverviewRow>,
    }
    let query = include_str!("queries/year_overview.graphql");
    let data: Data = client
        .run(query, json!({ "id": node_id, "year": year }))
        .await?;
    Ok(data.year_overview)
}
