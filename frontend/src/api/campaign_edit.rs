//! Setting and editing a campaign (工作部署): the county's name, year and
//! milestones as `CampaignInput`; an edit names the `version` it read
//! (a stale one is CONFLICT) and why it changes.

use serde::Deserialize;
use serde_json::{json, Value};

use super::{ApiError, Client};

/// One milestone row of the editor, as typed.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct MilestoneDraft {
    /// A `MilestoneKind` value.
    pub kind: String,
    pub title: String,
    pub due_on: String,
    /// Sent only for `DOCUMENT`.
    pub document_kind: String,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct CampaignDraft {
    pub name: String,
    pub year: String,
    pub milestones: Vec<MilestoneDraft>,
}

impl CampaignDraft {
    /// The `CampaignInput`; `None` when the year is not a number (the form
    /// says so before anything is sent).
    pub fn input(&self) -> Option<Value> {
        let year: i32 = self.year.trim().parse().ok()?;
        let milestones: Vec<Value> = self
            .milestones
            .iter()
            .map(|m| {
                let document_kind = (m.kind == "DOCUMENT" && !m.document_kind.is_empty())
                    .then(|| m.document_kind.clone());
                json!({
                    "kind": m.kind,
                    "title": m.title.trim(),
                    "dueOn": m.due_on,
                    "documentKind": document_kind,
                })
            })
            .collect();
        Some(json!({ "name": self.name.trim(), "year": year, "milestones": milestones }))
    }
}

#[derive(Deserialize)]
struct Saved {
    id: String,
}

/// Sets a campaign at `node_id`; answers its id.
pub async fn create_campaign(
    client: &Client,
    node_id: &str,
    input: Value,
) -> Result<String, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        create_campaign: Saved,
    }
    let query = include_str!("queries/create_campaign.graphql");
    let data: Data = client
        .run(query, json!({ "nodeId": node_id, "input": input }))
        .await?;
    Ok(data.create_campaign.id)
}

pub async fn update_campaign(
    client: &Client,
    id: &str,
    version: i64,
    reason: &str,
    input: Value,
) -> Result<String, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        update_campaign: Saved,
    }
    let query = include_str!("queries/update_campaign.graphql");
    let vars = json!({ "id": id, "version": version, "reason": reason.trim(), "input": input });
    let data: Data = client.run(query, vars).await?;
    Ok(data.update_campaign.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_document_milestone_sends_its_document_kind() {
        let draft = CampaignDraft {
            name: " 2027 年网格化建设 ".into(),
            year: "2027".into(),
            milestones: vec![
                MilestoneDraft {
                    kind: "ROSTER_SUBMITTED".into(),
                    title: "上报名单".into(),
                    due_on: "2027-03-31".into(),
                    document_kind: "PLAN".into(),
                },
                MilestoneDraft {
                    kind: "DOCUMENT".into(),
                    title: "实施方案".into(),
                    due_on: "2027-04-30".into(),
                    document_kind: "PLAN".into(),
                },
            ],
        };
        let input = draft.input().expect("a year");
        assert_eq!(input["name"], "2027 年网格化建设");
        assert_eq!(input["year"], 2027);
        assert_eq!(input["milestones"][0]["documentKind"], Value::Null);
        assert_eq!(input["milestones"][1]["documentKind"], "PLAN");
        assert_eq!(input["milestones"][1]["dueOn"], "2027-04-30");
        let bad = CampaignDraft {
            year: "二〇二七".into(),
            ..draft
        };
        assert_eq!(bad.input(), None);
    }
}
