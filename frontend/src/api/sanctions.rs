//! Sanctions (issue 9): what the records propose for a year under a node
//! (warning interviews, award disqualifications), the county's decisions
//! (the register), and recording one.

use serde::Deserialize;
use serde_json::json;

use super::{Action, ApiError, Client, PersonName};

/// 警示约谈 or 取消当年评先评优 (`SanctionKind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SanctionKind {
    WarningInterview,
    AwardDisqualification,
    #[serde(other)]
    Other,
}

impl SanctionKind {
    /// The value the server takes.
    pub fn as_graphql(self) -> &'static str {
        match self {
            SanctionKind::AwardDisqualification => "AWARD_DISQUALIFICATION",
            _ => "WARNING_INTERVIEW",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SanctionNode {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub allowed_actions: Vec<Action>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SanctionPost {
    pub id: String,
    pub role: String,
    #[serde(default)]
    pub allowed_actions: Vec<Action>,
    pub person: Option<PersonName>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LateMilestone {
    pub campaign: String,
    pub title: String,
    pub due_on: String,
    pub done_on: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct MissedMonth {
    pub month: String,
    pub done: i32,
    pub expected: i32,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FailedAssessment {
    pub id: String,
    pub period: String,
    pub total: i32,
    pub pass_mark: i32,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Decision {
    pub id: String,
    pub decided_on: String,
    pub reason: String,
    pub decided_by: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SanctionProposal {
    pub kind: SanctionKind,
    pub subject_id: String,
    pub node: SanctionNode,
    pub appointment: Option<SanctionPost>,
    pub late_milestones: Vec<LateMilestone>,
    pub missed_months: Vec<MissedMonth>,
    pub threshold: Option<i32>,
    pub failed_assessment: Option<FailedAssessment>,
    pub decision: Option<Decision>,
}

impl SanctionProposal {
    /// Whether the server lets this user record the decision: the
    /// subject's own `allowedActions` (the township's, or the post's).
    pub fn decidable(&self) -> bool {
        let actions = match &self.appointment {
            Some(post) => &post.allowed_actions,
            None => &self.node.allowed_actions,
        };
        self.decision.is_none() && actions.contains(&Action::RecordSanction)
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SanctionDocument {
    pub id: String,
    pub title: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Sanction {
    pub id: String,
    pub kind: SanctionKind,
    pub year: i32,
    pub decided_on: String,
    pub reason: String,
    pub decided_by: Option<String>,
    pub subject: SanctionNode,
    pub appointment: Option<SanctionPost>,
    pub documents: Vec<SanctionDocument>,
}

pub async fn sanction_proposals(
    client: &Client,
    under: &str,
    year: i32,
) -> Result<Vec<SanctionProposal>, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        sanction_proposals: Vec<SanctionProposal>,
    }
    let query = include_str!("queries/sanction_proposals.graphql");
    let data: Data = client
        .run(query, json!({ "under": under, "year": year }))
        .await?;
    Ok(data.sanction_proposals)
}

pub async fn sanctions(client: &Client, under: &str, year: i32) -> Result<Vec<Sanction>, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        sanctions: Vec<Sanction>,
    }
    let query = include_str!("queries/sanctions.graphql");
    let data: Data = client
        .run(query, json!({ "under": under, "year": year }))
        .await?;
    Ok(data.sanctions)
}

/// The county's decision on a proposal.
#[derive(Clone, Debug, PartialEq)]
pub struct NewSanction {
    pub kind: SanctionKind,
    pub subject_id: String,
    pub year: i32,
    pub decided_on: String,
    pub reason: String,
    /// Made when the form opens: a retry records one decision.
    pub idempotency_key: String,
}

pub async fn record_sanction(client: &Client, new: &NewSanction) -> Result<String, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        record_sanction: super::IdOnly,
    }
    let input = json!({ "kind": new.kind.as_graphql(), "subjectId": new.subject_id,
        "year": new.year, "decidedOn": new.decided_on, "reason": new.reason,
        "idempotencyKey": new.idempotency_key });
    let query = include_str!("queries/record_sanction.graphql");
    let data: Data = client.run(query, json!({ "input": input })).await?;
    Ok(data.record_sanction.id)
}
