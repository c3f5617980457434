//! Nested fields of a scorecard (like nested_money.rs): every field of
//! each type is read, by every demo role, inside and outside the subtree.
//! Inside, the nested fields answer and `allowedActions` is the
//! decision's; outside, the answer is a missing id's, byte for byte.
use super::nested::fields_of;
use crate::helpers::spawn_demo_app;
use crate::programme::documents::{upload, PDF};
use chrono::Datelike;
use serde_json::{json, Value};

const CARD: &str = "query($id: ID!) { node(id: $id) { __typename ... on Scorecard {
  id year total locked lockedAt rank allowedActions township { id name }
  parts { key title maxPoints points
    items { key title points maxPoints auto rule note
      evidence { finding count of recordIds } documents { id title } } }
} } }";

const RANKING: &str = "query($c: ID!, $y: Int!) { scorecardRanking(countyId: $c, year: $y) {
  rank total township { id } parts { key title maxPoints points } scorecard { id } } }";

const TEMPLATE: &str = "query($y: Int!) { scorecardTemplate(year: $y) { year version isDefault
  parts { key title maxPoints items { key title maxPoints rule perUnit documentKinds milestoneKind } } } }";

const SET_ITEM: &str = "mutation($s: ID!, $d: [ID!]) { setScorecardItem(scorecardId: $s,
  itemKey: \"assessments_done\", points: 4, note: \"矩阵\", documentIds: $d) { id } }";

#[test]
fn every_nested_field_of_a_scorecard_and_its_template_is_in_the_matrix() {
    let types = [
        ("Scorecard", CARD),
        ("ScorecardPart", CARD),
        ("ScorecardItem", CARD),
        ("ScorecardEvidence", CARD),
        ("ScorecardRank", RANKING),
        ("ScorecardPartPoints", RANKING),
        ("ScorecardTemplate", TEMPLATE),
        ("ScorecardTemplatePart", TEMPLATE),
        ("ScorecardTemplateItem", TEMPLATE),
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
        assert!(missing.is_empty(), "{ty} fields not read: {missing:?}");
    }
}

#[tokio::test]
async fn nested_scorecard_fields_follow_the_decision_for_every_role() {
    let app = spawn_demo_app().await;
    let year = api::clock::today().year();
    let office = app.login_demo("fenggang").await;
    let township = app.node_id("520327002").await;
    let card = app
        .query(
            &office.access_token,
            "query($t: ID!, $y: Int!) { scorecard(townshipId: $t, year: $y) { id } }",
            json!({ "t": township, "y": year }),
        )
        .await;
    let id = card.data()["scorecard"]["id"].as_str().unwrap().to_string();
    let q = [
        ("nodeId", township.as_str()),
        ("kind", "OTHER"),
        ("title", "考核记录"),
    ];
    let (status, body) = upload(&app, &office, &q, "application/pdf", PDF).await;
    assert!(status.is_success(), "{status} {body}");
    let doc = body["id"].as_str().unwrap().to_string();
    let set = app
        .query(
            &office.access_token,
            SET_ITEM,
            json!({ "s": id, "d": [doc] }),
        )
        .await;
    assert!(set.body["errors"].is_null(), "{}", set.text);

    let cases: [(&str, Option<Vec<&str>>); 6] = [
        ("zunyi", Some(vec![])),
        ("fenggang", Some(vec!["SET_SCORECARD_ITEM"])),
        ("heba", Some(vec![])),
        ("longquan", None),
        ("lingyun", None),
        ("lingyun-1", None),
    ];
    let mut wrong = Vec::new();
    for (user, expected) in cases {
        let token = app.login_demo(user).await.access_token;
        let answer = app.query(&token, CARD, json!({ "id": id })).await;
        let missing = app
            .query(
                &token,
                CARD,
                json!({ "id": uuid::Uuid::new_v4().to_string() }),
            )
            .await;
        match expected {
            Some(actions) => {
                let c = &answer.body["data"]["node"];
                let got: Vec<&str> = c["allowedActions"]
                    .as_array()
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let entered = c["parts"][3]["items"][1].clone();
                if got != actions
                    || c["township"]["name"] != "何坝街道"
                    || entered["documents"][0]["id"] != doc.as_str()
                    || entered["points"] != 4
                {
                    wrong.push(format!("{user}: {}", answer.text));
                }
            }
            None => {
                if answer.error_code().as_deref() != Some("NOT_FOUND")
                    || (answer.status, &answer.text) != (missing.status, &missing.text)
                {
                    wrong.push(format!("{user}: {} / {}", answer.text, missing.text));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
