//! Hazards (隐患): reporting one (from the outbox), the paged list, one
//! hazard with its history, and the steps of its lifecycle. Which steps a
//! hazard allows is the server's answer (`allowedNextStates`), never
//! guessed here.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::inspections::Id;
use super::{ApiError, Client, Connection, NodeRef, PhotoRef};

pub const HAZARD_PAGE_SIZE: i64 = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum HazardState {
    Reported,
    FixedOnSpot,
    Rectifying,
    Rectified,
    Closed,
    Reopened,
}

impl HazardState {
    pub const ALL: [HazardState; 6] = [
        HazardState::Reported,
        HazardState::FixedOnSpot,
        HazardState::Rectifying,
        HazardState::Rectified,
        HazardState::Closed,
        HazardState::Reopened,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            HazardState::Reported => "REPORTED",
            HazardState::FixedOnSpot => "FIXED_ON_SPOT",
            HazardState::Rectifying => "RECTIFYING",
            HazardState::Rectified => "RECTIFIED",
            HazardState::Closed => "CLOSED",
            HazardState::Reopened => "REOPENED",
        }
    }

    pub fn from_slug(slug: &str) -> Option<HazardState> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum HazardSeverity {
    General,
    Major,
}

/// A hazard as a row of a list.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HazardItem {
    pub id: String,
    pub title: String,
    pub node: NodeRef,
    /// Null when it sits above the caller's own node (passed up).
    pub handling_node: Option<NodeRef>,
    pub handling_node_name: String,
    pub severity: HazardSeverity,
    /// A sector code, and its name.
    pub category: String,
    pub category_name: String,
    pub state: HazardState,
    pub deadline: Option<String>,
    pub overdue: bool,
    /// Whole days past the deadline, while overdue.
    #[serde(default)]
    pub days_overdue: Option<i32>,
    /// Names from just below the caller's node down to where it was found.
    #[serde(default)]
    pub place_path: Vec<String>,
    pub reported_at: String,
    pub reporter_name: String,
    #[serde(default)]
    pub photos: Vec<PhotoRef>,
}

/// One step of a hazard's history: who, when, what, with which note.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HazardEvent {
    pub id: String,
    pub action: String,
    pub from_state: Option<HazardState>,
    pub to_state: HazardState,
    /// Grid codes of the handling node before and after (escalations).
    pub from_handling_code: Option<String>,
    pub to_handling_code: String,
    /// Null for the server's own overdue escalation.
    pub actor_name: Option<String>,
    pub note: Option<String>,
    pub deadline: Option<String>,
    pub created_at: String,
    #[serde(default)]
    pub photos: Vec<PhotoRef>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HazardDetail {
    #[serde(flatten)]
    pub item: HazardItem,
    pub description: String,
    pub responsible_name: Option<String>,
    pub measures: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub history: Vec<HazardEvent>,
    pub allowed_next_states: Vec<HazardState>,
    /// The steps this user may take now (the buttons shown).
    pub allowed_actions: Vec<super::Action>,
    pub version: i64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct HazardFilter {
    pub under: String,
    pub state: Option<HazardState>,
    /// Only the overdue ones.
    pub overdue: bool,
}

/// One step of the lifecycle, as the hazard page's forms send it.
#[derive(Clone, Debug, PartialEq)]
pub enum HazardAction {
    Plan {
        deadline: String,
        responsible_name: Option<String>,
        measures: String,
    },
    FixOnSpot {
        note: String,
        photo_ids: Vec<String>,
    },
    Rectify {
        note: String,
        photo_ids: Vec<String>,
    },
    Verify {
        passed: bool,
        note: String,
        photo_ids: Vec<String>,
    },
    Reopen {
        reason: String,
    },
    Escalate {
        reason: String,
    },
}

const ITEM: &str = "id title node { id name } handlingNode { id name } handlingNodeName \
    severity category categoryName state deadline overdue reportedAt reporterName \
    photos { id url thumbnailUrl }";

const DETAIL: &str = "description responsibleName measures latitude longitude \
    allowedNextStates allowedActions version history { id action fromState toState \
    fromHandlingCode toHandlingCode actorName note deadline createdAt \
    photos { id url thumbnailUrl } }";

/// Sends one outbox record; `input` is a complete `ReportHazardInput`.
pub async fn report_hazard(
    client: &Client,
    input: Value,
    timeout_ms: u32,
) -> Result<String, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        report_hazard: Id,
    }
    let query =
        "mutation Report($input: ReportHazardInput!) { reportHazard(input: $input) { id } }";
    let data: Data = client
        .run_within(query, json!({ "input": input }), timeout_ms)
        .await?;
    Ok(data.report_hazard.id)
}

pub async fn hazards_page(
    client: &Client,
    filter: &HazardFilter,
    after: Option<String>,
) -> Result<Connection<HazardItem>, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        hazards: Connection<HazardItem>,
    }
    // The same text the server's statement-count test sends.
    let query = include_str!("queries/hazards_page.graphql");
    let overdue = filter.overdue.then_some(true);
    let vars = json!({ "under": filter.under, "state": filter.state, "overdue": overdue,
        "first": HAZARD_PAGE_SIZE, "after": after });
    let data: Data = client.run(query, vars).await?;
    Ok(data.hazards)
}

pub async fn hazard_detail(client: &Client, id: &str) -> Result<HazardDetail, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        hazard: HazardDetail,
    }
    let query = format!("query Hazard($id: ID!) {{ hazard(id: $id) {{ {ITEM} {DETAIL} }} }}");
    let data: Data = client.run(&query, json!({ "id": id })).await?;
    Ok(data.hazard)
}

/// Takes one step; answers the hazard as it is afterwards.
pub async fn hazard_act(
    client: &Client,
    id: &str,
    action: &HazardAction,
) -> Result<HazardDetail, ApiError> {
    let (field, args, vars) = match action {
        HazardAction::Plan {
            deadline,
            responsible_name,
            measures,
        } => (
            "planRectification",
            "$deadline: NaiveDate!, $responsibleName: String, $measures: String!",
            json!({ "deadline": deadline, "responsibleName": responsible_name, "measures": measures }),
        ),
        HazardAction::FixOnSpot { note, photo_ids } => (
            "fixHazardOnSpot",
            "$note: String!, $photoIds: [ID!]!",
            json!({ "note": note, "photoIds": photo_ids }),
        ),
        HazardAction::Rectify { note, photo_ids } => (
            "rectifyHazard",
            "$note: String!, $photoIds: [ID!]",
            json!({ "note": note, "photoIds": photo_ids }),
        ),
        HazardAction::Verify {
            passed,
            note,
            photo_ids,
        } => (
            "verifyHazard",
            "$passed: Boolean!, $note: String!, $photoIds: [ID!]",
            json!({ "passed": passed, "note": note, "photoIds": photo_ids }),
        ),
        HazardAction::Reopen { reason } => (
            "reopenHazard",
            "$reason: String!",
            json!({ "reason": reason }),
        ),
        HazardAction::Escalate { reason } => (
            "escalateHazard",
            "$reason: String!",
            json!({ "reason": reason }),
        ),
    };
    let mut vars = vars;
    vars["id"] = json!(id);
    // Each variable the mutation declares is passed as the argument of the same name.
    let pass: Vec<String> = args
        .split(", ")
        .filter_map(|a| a.split(':').next())
        .map(|v| format!("{}: {v}", v.trim_start_matches('$')))
        .collect();
    let query = format!(
        "mutation Step($id: ID!, {args}) {{ step: {field}(id: $id, {}) {{ {ITEM} {DETAIL} }} }}",
        pass.join(", ")
    );
    #[derive(Deserialize)]
    struct Data {
        step: HazardDetail,
    }
    let data: Data = client.run(&query, vars).await?;
    Ok(data.step)
}
