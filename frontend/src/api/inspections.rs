//! Inspections and patrols (检查 / 巡查): the sectors checked, recording
//! one (from the outbox), and the paged list under a node.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::{ApiError, Client, Connection, PhotoRef};

/// Rows per page of the inspection list.
pub const INSPECTION_PAGE_SIZE: i64 = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum InspectionKind {
    VillageInspection,
    GroupPatrol,
    LeaderVisit,
}

impl InspectionKind {
    pub const ALL: [InspectionKind; 3] = [
        InspectionKind::GroupPatrol,
        InspectionKind::VillageInspection,
        InspectionKind::LeaderVisit,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            InspectionKind::VillageInspection => "VILLAGE_INSPECTION",
            InspectionKind::GroupPatrol => "GROUP_PATROL",
            InspectionKind::LeaderVisit => "LEADER_VISIT",
        }
    }

    pub fn from_slug(slug: &str) -> Option<InspectionKind> {
        Self::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// A checked area (道路交通, 消防, …); the list is data on the server.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Sector {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
}

/// A node named in a record: enough to link to it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct NodeRef {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InspectionItem {
    pub id: String,
    pub node: NodeRef,
    pub kind: InspectionKind,
    pub occurred_at: String,
    pub sectors: Vec<Sector>,
    pub notes: String,
    pub author_name: String,
    pub photos: Vec<PhotoRef>,
    pub locked: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct InspectionFilter {
    pub under: String,
    /// `YYYY-MM`
    pub month: Option<String>,
    pub kind: Option<InspectionKind>,
}

pub async fn sectors(client: &Client) -> Result<Vec<Sector>, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        sectors: Vec<Sector>,
    }
    let data: Data = client
        .run(
            "query Sectors { sectors { code nameZh nameEn } }",
            json!({}),
        )
        .await?;
    Ok(data.sectors)
}

/// Sends one outbox record; `input` is a complete `RecordInspectionInput`.
/// Answers the new (or, for a repeated idempotency key, the existing) id.
pub async fn record_inspection(
    client: &Client,
    input: Value,
    timeout_ms: u32,
) -> Result<String, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        record_inspection: Id,
    }
    let query = "mutation Record($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }";
    let data: Data = client
        .run_within(query, json!({ "input": input }), timeout_ms)
        .await?;
    Ok(data.record_inspection.id)
}

#[derive(Deserialize)]
pub(super) struct Id {
    pub id: String,
}

pub async fn inspections_page(
    client: &Client,
    filter: &InspectionFilter,
    after: Option<String>,
) -> Result<Connection<InspectionItem>, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        inspections: Connection<InspectionItem>,
    }
    // The same text the server's statement-count test sends.
    let query = include_str!("queries/inspections_page.graphql");
    let vars = json!({ "under": filter.under, "month": filter.month, "kind": filter.kind,
        "first": INSPECTION_PAGE_SIZE, "after": after });
    let data: Data = client.run(query, vars).await?;
    Ok(data.inspections)
}
