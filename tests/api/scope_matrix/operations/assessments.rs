//! Operations for the assessment rows. The province administrator makes
//! a post at the target (an officer at a village, a liaison at a group)
//! and starts its assessment for this year; the states a step needs are
//! then written straight to the database, with the assessor's level set
//! to the township's (an officer's) or the village's (a liaison's), as if
//! the post's own assessor had made it.
use super::{Fixtures, Prepared, Target};
use chrono::Datelike;
use entity::assessment::{self, AssessmentStatus};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::{json, Value};

const RULES: &str =
    "query($n: ID!) { assessmentRules(nodeId: $n) { role isDefault items { key } } }";
const SET_RULES: &str = "mutation($n: ID!, $r: [AssessmentRuleInput!]!) { setAssessmentRules(nodeId: $n, rules: $r) { role isDefault } }";
const LIST: &str =
    "query($under: ID!) { assessments(under: $under, first: 100) { totalCount nodes { id } } }";
const START: &str = "mutation($a: ID!, $p: String!) { startAssessment(appointmentId: $a, period: $p) { id status } }";
const SCORE: &str = "mutation($id: ID!, $k: String!) { scoreAssessmentItem(id: $id, itemKey: $k, points: 1) { id total } }";
const SUBMIT: &str = "mutation($id: ID!) { submitAssessment(id: $id) { id status } }";
const APPROVE: &str = "mutation($id: ID!) { approveAssessment(id: $id) { id status } }";
const REVISE: &str =
    "mutation($id: ID!) { reviseAssessment(id: $id, reason: \"矩阵更正\") { id version } }";

fn this_year() -> String {
    api::clock::today().year().to_string()
}

fn prepared(document: &'static str, vars: Value, target_path: &'static [&'static str]) -> Prepared {
    Prepared {
        document,
        vars,
        target_path,
        record_id: None,
        unfiltered: None,
    }
}

/// The manual item of the built-in rules for the post at this level.
fn manual_key(level: i16) -> &'static str {
    if level == 6 {
        "ceremonies"
    } else {
        "other"
    }
}

fn liaisons_rules() -> Value {
    json!([{ "role": "GROUP_LIAISON", "periodKind": "YEAR", "passMark": 60, "fenPerPoint": 500,
        "items": [{ "key": "patrols", "title": "巡查频次", "maxPoints": 50,
                    "measure": "INSPECTION_QUOTA", "perMiss": 10 },
                  // The same manual key as the default's: later fields score it.
                  { "key": "ceremonies", "title": "红白喜事与劝导", "maxPoints": 50,
                    "measure": "MANUAL", "perMiss": 0 }] }])
}

impl Fixtures<'_> {
    /// A post at `node` and its assessment for this year, in `status`.
    async fn assessment_at(&self, node: &Target, status: AssessmentStatus) -> (String, String) {
        let (post, _) = self.appointment_at(node).await;
        let data = self
            .as_root(START, json!({ "a": post, "p": this_year() }))
            .await;
        let id = data["startAssessment"]["id"].as_str().unwrap().to_string();
        if status != AssessmentStatus::Draft {
            let uuid = uuid::Uuid::parse_str(&id).unwrap();
            let assessor_level = if node.level == 6 { 5 } else { 4 };
            assessment::Entity::update_many()
                .set(assessment::ActiveModel {
                    status: Set(status),
                    assessor_level: Set(assessor_level),
                    ..Default::default()
                })
                .filter(assessment::Column::Id.eq(uuid))
                .exec(&self.app.state.db)
                .await
                .unwrap();
        }
        (id, post)
    }

    pub(super) async fn prepare_assessments(&self, field: &str, node: &Target) -> Option<Prepared> {
        let p = prepared;
        Some(match field {
            "assessmentRules" => p(RULES, json!({ "n": node.id }), &["n"]),
            "setAssessmentRules" => p(
                SET_RULES,
                json!({ "n": node.id, "r": liaisons_rules() }),
                &["n"],
            ),
            "assessments" => {
                let (id, _) = self.assessment_at(node, AssessmentStatus::Draft).await;
                Prepared {
                    record_id: Some(id),
                    ..p(LIST, json!({ "under": node.id }), &["under"])
                }
            }
            "startAssessment" => {
                let (post, _) = self.appointment_at(node).await;
                p(START, json!({ "a": post, "p": this_year() }), &["a"])
            }
            "scoreAssessmentItem" => {
                let (id, _) = self.assessment_at(node, AssessmentStatus::Draft).await;
                p(
                    SCORE,
                    json!({ "id": id, "k": manual_key(node.level) }),
                    &["id"],
                )
            }
            "submitAssessment" => {
                let (id, _) = self.assessment_at(node, AssessmentStatus::Draft).await;
                let key = manual_key(node.level);
                self.as_root(SCORE, json!({ "id": id, "k": key })).await;
                p(SUBMIT, json!({ "id": id }), &["id"])
            }
            "approveAssessment" => {
                let (id, _) = self.assessment_at(node, AssessmentStatus::Submitted).await;
                p(APPROVE, json!({ "id": id }), &["id"])
            }
            "reviseAssessment" => {
                let (id, _) = self.assessment_at(node, AssessmentStatus::Approved).await;
                p(REVISE, json!({ "id": id }), &["id"])
            }
            _ => return None,
        })
    }
}
