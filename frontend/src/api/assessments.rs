//! Officer assessments (考核, issue 9): the assessments under a node for a
//! period, the posts it assesses, the rules' period kind, one assessment's
//! form, and the steps on it (start, score an item, submit, approve,
//! revise). Each step answers the assessment as it is after it.

use serde::Deserialize;
use serde_json::json;

use super::{Action, ApiError, AppointmentRole, Client, Connection, Level, PathEntry, SubsidyRole};

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

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssessmentEvidence {
    pub summary: String,
    #[serde(default)]
    pub record_ids: Vec<String>,
}

/// One item of the form.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssessmentItem {
    pub key: String,
    pub title: String,
    pub max_points: i32,
    pub measure: AssessmentMeasure,
    pub per_miss: i32,
    pub points: Option<i32>,
    pub auto: bool,
    pub auto_points: Option<i32>,
    pub misses: i32,
    pub note: Option<String>,
    #[serde(default)]
    pub evidence: Vec<AssessmentEvidence>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FormPostNode {
    pub id: String,
    pub name: String,
    pub level: Level,
    pub path: Vec<PathEntry>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct FormPost {
    pub id: String,
    pub node: FormPostNode,
}

/// One assessment with its form, as the form page shows it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    pub id: String,
    pub person_name: Option<String>,
    pub role: SubsidyRole,
    pub period: String,
    pub period_kind: AssessmentPeriodKind,
    pub status: AssessmentStatus,
    pub total: i32,
    pub max_total: i32,
    pub grade: AssessmentGrade,
    pub pass_mark: i32,
    pub fen_per_point: i64,
    pub deduction_fen: Option<i64>,
    pub default_rules: bool,
    pub assessor: Option<String>,
    pub approved_by: Option<String>,
    pub submitted_at: Option<String>,
    pub approved_at: Option<String>,
    pub version: i32,
    pub superseded: bool,
    pub previous_id: Option<String>,
    pub reason: Option<String>,
    #[serde(default)]
    pub allowed_actions: Vec<Action>,
    pub appointment: Option<FormPost>,
    pub items: Vec<AssessmentItem>,
}

impl Assessment {
    pub fn allows(&self, action: Action) -> bool {
        self.allowed_actions.contains(&action)
    }
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

const FIELDS: &str = include_str!("queries/assessment_fields.graphql");

/// The assessment, or NOT_FOUND (also for an id of another kind of record).
pub async fn assessment_detail(client: &Client, id: &str) -> Result<Assessment, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        node: Option<serde_json::Value>,
    }
    let query = format!(
        "{}\n{FIELDS}",
        include_str!("queries/assessment_detail.graphql")
    );
    let data: Data = client.run(&query, json!({ "id": id })).await?;
    let node = data.node.ok_or(ApiError::NotFound)?;
    serde_json::from_value(node).map_err(|_| ApiError::NotFound)
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

/// A step on an assessment.
#[derive(Clone, Debug, PartialEq)]
pub enum AssessmentStep {
    /// An item's points, with the note (required when they differ from
    /// what the records give).
    Score {
        item_key: String,
        points: i32,
        note: Option<String>,
    },
    Submit,
    Approve,
    /// A new draft version of an approved assessment, with the reason.
    Revise {
        reason: String,
    },
}

/// Takes `step`; the assessment as it is after it (for a revision: the
/// new draft version).
pub async fn assessment_step(
    client: &Client,
    id: &str,
    step: &AssessmentStep,
) -> Result<Assessment, ApiError> {
    let (field, head, vars) = match step {
        AssessmentStep::Score {
            item_key,
            points,
            note,
        } => (
            "scoreAssessmentItem",
            include_str!("queries/score_assessment_item.graphql"),
            json!({ "id": id, "itemKey": item_key, "points": points, "note": note }),
        ),
        AssessmentStep::Submit => (
            "submitAssessment",
            "mutation SubmitAssessment($id: ID!) { submitAssessment(id: $id) { ...AssessmentFields } }",
            json!({ "id": id }),
        ),
        AssessmentStep::Approve => (
            "approveAssessment",
            "mutation ApproveAssessment($id: ID!) { approveAssessment(id: $id) { ...AssessmentFields } }",
            json!({ "id": id }),
        ),
        AssessmentStep::Revise { reason } => (
            "reviseAssessment",
            "mutation ReviseAssessment($id: ID!, $reason: String!) {
  reviseAssessment(id: $id, reason: $reason) { ...AssessmentFields } }",
            json!({ "id": id, "reason": reason }),
        ),
    };
    let query = format!("{head}\n{FIELDS}");
    let mut data: serde_json::Map<String, serde_json::Value> = client.run(&query, vars).await?;
    let made = data.remove(field).ok_or(ApiError::Internal)?;
    serde_json::from_value(made).map_err(|_| ApiError::Internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_assessment_of_the_server_reads_with_its_form() {
        let json = r#"{"id":"a1","personName":"张三","role":"VILLAGE_OFFICER","period":"2025",
          "periodKind":"YEAR","status":"APPROVED","total":82,"maxTotal":100,"grade":"PASS",
          "passMark":60,"fenPerPoint":1200,"deductionFen":21600,"defaultRules":true,
          "assessor":"李四","approvedBy":"王五","submittedAt":null,"approvedAt":null,
          "version":1,"superseded":false,"previousId":null,"reason":null,
          "allowedActions":["READ","REVISE_ASSESSMENT","SOMETHING_NEW"],
          "appointment":{"id":"p1","node":{"id":"n1","name":"凌云村","level":"VILLAGE","path":[]}},
          "items":[{"key":"inspections","title":"检查频次","maxPoints":40,"measure":"INSPECTION_QUOTA",
            "perMiss":10,"points":30,"auto":true,"autoPoints":30,"misses":1,"note":null,
            "evidence":[{"summary":"3月 检查 2/4 次","recordIds":["r1"]}]}]}"#;
        let a: Assessment = match serde_json::from_str(json) {
            Ok(a) => a,
            Err(e) => panic!("the assessment does not read: {e}"),
        };
        assert!(a.allows(Action::ReviseAssessment));
        assert!(!a.allows(Action::ApproveAssessment));
        assert_eq!(a.items[0].measure, AssessmentMeasure::InspectionQuota);
        assert_eq!(a.items[0].evidence[0].summary, "3月 检查 2/4 次");
        assert_eq!(AssessmentStatus::Submitted.as_graphql(), Some("SUBMITTED"));
        assert_eq!(AssessmentStatus::Other.as_graphql(), None);
    }
}
