//! A node's year of programme records (`yearOverview`: one row per child):
//! village safety meetings held against four a village, trainings, drills,
//! publicity, notebook checks, ceremony notices, on-site reminders and
//! vehicles; and what was recorded at or below the node ([`year_subtree`]).

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
    pub ceremonies: i64,
    pub reminders: i64,
    pub vehicles: i64,
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

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Total {
    total_count: i64,
}

/// Records at or below a node in a year, by kind (vehicles are on the
/// groups' registers only: nothing to add at a node above them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct YearSubtree {
    pub trainings: i64,
    pub drills: i64,
    pub publicity: i64,
    pub checks_kept: i64,
    pub checks_not_kept: i64,
    pub ceremonies: i64,
    pub reminders: i64,
}

pub async fn year_subtree(
    client: &Client,
    node_id: &str,
    year: i32,
) -> Result<YearSubtree, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        trainings: Total,
        drills: Total,
        publicity_sessions: Total,
        kept: Total,
        not_kept: Total,
        ceremony_notices: Total,
        on_site_reminders: Total,
    }
    let query = include_str!("queries/year_subtree.graphql");
    let vars =
        json!({ "under": node_id, "from": format!("{year}-01-01"), "to": format!("{year}-12-31") });
    let d: Data = client.run(query, vars).await?;
    Ok(YearSubtree {
        trainings: d.trainings.total_count,
        drills: d.drills.total_count,
        publicity: d.publicity_sessions.total_count,
        checks_kept: d.kept.total_count,
        checks_not_kept: d.not_kept.total_count,
        ceremonies: d.ceremony_notices.total_count,
        reminders: d.on_site_reminders.total_count,
    })
}
