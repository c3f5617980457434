//! One assessment with its form (考核表), as the form page reads it, and
//! the steps on it (score an item, submit, approve, revise); each step
//! answers the assessment as it is after it.

use serde::Deserialize;
use serde_json::json;

use super::{
    Action, ApiError, AssessmentGrade, AssessmentMeasure, AssessmentPeriodKind, AssessmentStatus,
    Client, Level, PathEntry, SubsidyRole,
};
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
