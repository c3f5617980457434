//! Nested fields of assessments and rule sets (like nested_money.rs):
//! every field of each type is read, by every demo role, inside and
//! outside the subtree. Inside, the nested fields answer and
//! `allowedActions` is the decision's (the assessed officer sees their
//! own assessment and may do nothing with it); outside, the answer is a
//! missing id's, byte for byte.
use super::nested::fields_of;
use crate::helpers::spawn_demo_app;
use chrono::Datelike;
use serde_json::json;

const ASSESSMENT: &str = "query($id: ID!) { node(id: $id) { __typename ... on Assessment {
  id period periodKind status total maxTotal grade passMark fenPerPoint deductionFen defaultRules
  assessor approvedBy version superseded previousId reason allowedActions personName role
  submittedAt approvedAt createdAt updatedAt appointment { id person { name } }
  items { key title maxPoints measure perMiss points auto autoPoints misses
          evidence { summary recordIds } note documentIds }
} } }";

const RULES: &str = "query($id: ID!) { assessmentRules(nodeId: $id) {
  role periodKind passMark fenPerPoint isDefault fromNode { id } fromNodeName setAt
  items { key title maxPoints measure perMiss } } }";

const START: &str =
    "mutation($a: ID!, $p: String!) { startAssessment(appointmentId: $a, period: $p) { id } }";

#[test]
fn every_nested_field_of_an_assessment_and_a_rule_set_is_in_the_matrix() {
    let types = [
        ("Assessment", ASSESSMENT),
        ("AssessmentItem", ASSESSMENT),
        ("AssessmentEvidence", ASSESSMENT),
        ("AssessmentRuleSet", RULES),
        ("AssessmentRuleItem", RULES),
    ];
    for (ty, doc) in types {
        let words: Vec<&str> = doc
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let missing: Vec<String> = fields_of(ty)
            .into_iter()
            .filter(|f| !words.contains(&f.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "{ty} fields not read by the nested matrix: {missing:?}"
        );
    }
}

#[tokio::test]
async fn nested_assessment_fields_follow_the_decision_for_every_role() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let village = app.node_id("520327002204").await;
    let posts = app
        .query(
            &heba.access_token,
            "query($id: ID!) { gridNode(id: $id) { appointments { id role } } }",
            json!({ "id": village }),
        )
        .await;
    let post = posts.data()["gridNode"]["appointments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["role"] == "VILLAGE_OFFICER")
        .expect("凌云村 has an officer")["id"]
        .clone();
    let year = api::clock::today().year().to_string();
    let made = app
        .query(&heba.access_token, START, json!({ "a": post, "p": year }))
        .await;
    let id = made.data()["startAssessment"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let draft = vec![
        "SCORE_ASSESSMENT".to_string(),
        "SUBMIT_ASSESSMENT".to_string(),
    ];
    let cases: [(&str, Result<Vec<String>, &str>); 6] = [
        ("zunyi", Ok(vec![])),
        ("fenggang", Ok(draft.clone())),
        ("heba", Ok(draft)),
        ("longquan", Err("NOT_FOUND")),
        // 凌云村's officer reads their own assessment and can do nothing with it.
        ("lingyun", Ok(vec![])),
        ("lingyun-1", Err("NOT_FOUND")),
    ];
    let mut wrong = Vec::new();
    for (user, expected) in cases {
        let token = app.login_demo(user).await.access_token;
        let answer = app.query(&token, ASSESSMENT, json!({ "id": id })).await;
        match (answer.error_code(), &expected) {
            (None, Ok(want)) => {
                let a = &answer.body["data"]["node"];
                let mut got: Vec<String> = a["allowedActions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_str().unwrap().to_string())
                    .collect();
                got.sort();
                if &got != want || a["assessor"] != "陈明" || a["items"][0]["key"] != "inspections"
                {
                    wrong.push(format!("{user}: {a}"));
                }
            }
            (Some(code), Err(want)) if code == *want => {
                let missing = app
                    .query(
                        &token,
                        ASSESSMENT,
                        json!({ "id": uuid::Uuid::new_v4().to_string() }),
                    )
                    .await;
                if missing.text != answer.text {
                    wrong.push(format!(
                        "{user}: {} differs from {}",
                        answer.text, missing.text
                    ));
                }
            }
            _ => wrong.push(format!("{user}: {} expected {expected:?}", answer.text)),
        }
        let rules = app.query(&token, RULES, json!({ "id": village })).await;
        let sees = !matches!(user, "longquan" | "lingyun-1");
        match (sees, rules.error_code()) {
            (true, None) if rules.body["data"]["assessmentRules"][0]["isDefault"] == true => {}
            (false, Some(code)) if code == "NOT_FOUND" => {}
            _ => wrong.push(format!("{user}: rules {}", rules.text)),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
