//! Officer assessments (考核, issue 9): the assessments under a node for a
//! period, the posts it assesses, the rules' period kind, and starting a
//! post's assessment. One assessment's form and its steps are
//! `assessment_form`.

use serde::Deserialize;
use serde_json::json;

use super::{Action, ApiError, AppointmentRole, Client, Connection, SubsidyRole};

/// DRAFT → SUBMITTED → APPROVED (`AssessmentStatus`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AssessmentStatus {
    Draft,
    Submitted,
    Approved,
    #[serde(other)]
    Other,
}

impl AssessmentStatus {
    /// The value the server takes, for the status filter.
    pub fn as_graphql(self) -> Option<&'static str> {
        match self {
            AssessmentStatus::Draft => Some("DRAFT"),
            AssessmentStatus::Submitted => Some("SUBMITTED"),
            AssessmentStatus::Approved => Some("APPROVED"),
            AssessmentStatus::Other => None,
        }
    }
}

/// 优秀, 合格 or 不合格 (`AssessmentGrade`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AssessmentGrade {
    Excellent,
    Pass,
    Fail,
    #[serde(other)]
    Other,
}

/// By the month or by the year, as the rules set it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AssessmentPeriodKind {
    Month,
    Year,
    #[serde(other)]
    Other,
}

/// What the records count as a miss for an item (`AssessmentMeasure`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AssessmentMeasure {
    InspectionQuota,
    HazardFollowUp,
    VillageMeetings,
    NotebookCheck,
    Manual,
    #[serde(other)]
    Other,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct PostNode {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct AssessedPost {
    pub id: String,
    pub node: PostNode,
}

/// One line of the list.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssessmentRow {
    pub id: String,
    pub person_name: Option<String>,
    pub role: SubsidyRole,
    pub period: String,
    pub status: AssessmentStatus,
    pub total: i32,
    pub max_total: i32,
    pub grade: AssessmentGrade,
    pub version: i32,
    pub assessor: Option<String>,
    pub appointment: Option<AssessedPost>,
}

/// A post the node assesses, and whether this user may start its form.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PostToAssess {
    pub id: String,
    pub role: AppointmentRole,
    pub start_date: String,
    pub end_date: Option<String>,
    #[serde(default)]
    pub allowed_actions: Vec<Action>,
    pub person: super::PersonName,
    pub node: PostNode,
}

/// The rules' period kind for one post.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RulePeriod {
    pub role: SubsidyRole,
    pub period_kind: AssessmentPeriodKind,
    pub pass_mark: i32,
    pub is_default: bool,
    pub from_node_name: Option<String>,
}

/// Rows per request; the server allows at most 100.
pub const ASSESSMENT_PAGE_SIZE: i64 = 100;

pub async fn assessments_page(
    client: &Client,
    under: &str,
    period: &str,
    status: Option<AssessmentStatus>,
    after: Option<String>,
) -> Result<Connection<AssessmentRow>, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        assessments: Connection<AssessmentRow>,
    }
    let vars = json!({ "under": under, "period": period,
        "status": status.and_then(AssessmentStatus::as_graphql),
        "first": ASSESSMENT_PAGE_SIZE, "after": after });
    let query = include_str!("queries/assessments_page.graphql");
    let data: Data = client.run(query, vars).await?;
    Ok(data.assessments)
}

/// Every assessment under the node for the period (the page filters by
/// status itself, as the "start" buttons need to know every post that
/// already has one).
pub async fn assessments_all(
    client: &Client,
    under: &str,
    period: &str,
) -> Result<Vec<AssessmentRow>, ApiError> {
    let mut rows = Vec::new();
    let mut after = None;
    loop {
        let page = assessments_page(client, under, period, None, after).await?;
        let got = page.edges.len();
        rows.extend(page.edges.into_iter().map(|e| e.node));
        match page.page_info.end_cursor {
            Some(cursor) if page.page_info.has_next_page && got > 0 => after = Some(cursor),
            _ => return Ok(rows),
        }
    }
}

/// The posts of `role` under the node, every page.
pub async fn assessable_posts(
    client: &Client,
    under: &str,
    role: AppointmentRole,
) -> Result<Vec<PostToAssess>, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        appointments: Connection<PostToAssess>,
    }
    let query = include_str!("queries/assessable_posts.graphql");
    let mut rows = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let vars = json!({ "under": under, "role": role, "first": 100, "after": after });
        let page = client.run::<Data>(query, vars).await?.appointments;
        let got = page.edges.len();
        rows.extend(page.edges.into_iter().map(|e| e.node));
        match page.page_info.end_cursor {
            Some(cursor) if page.page_info.has_next_page && got > 0 => after = Some(cursor),
            _ => return Ok(rows),
        }
    }
}

pub async fn assessment_rules(client: &Client, node_id: &str) -> Result<Vec<RulePeriod>, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        assessment_rules: Vec<RulePeriod>,
    }
    let query = include_str!("queries/assessment_rules.graphql");
    let data: Data = client.run(query, json!({ "nodeId": node_id })).await?;
    Ok(data.assessment_rules)
}

/// Opens (or finds) the post's assessment for the period; its id.
pub async fn start_assessment(
    client: &Client,
    appointment_id: &str,
    period: &str,
) -> Result<String, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        start_assessment: super::IdOnly,
    }
    let query = include_str!("queries/start_assessment.graphql");
    let vars = json!({ "appointmentId": appointment_id, "period": period });
    let data: Data = client.run(query, vars).await?;
    Ok(data.start_assessment.id)
}
