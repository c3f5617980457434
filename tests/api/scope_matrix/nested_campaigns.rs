//! Nested fields of demonstration sites, campaigns and campaign progress
//! (like nested.rs for hazards and inspections): every field of each type
//! is read, by every demo role, inside and outside the subtree. Inside,
//! the nested fields answer and `allowedActions` is the decision's;
//! outside, the answer is a missing id's, byte for byte.
use super::nested::fields_of;
use super::operations::campaign_input;
use super::positions::add_neighbours;
use crate::helpers::{spawn_demo_app, TestApp};
use serde_json::{json, Value};

const DEMONSTRATION: &str = "query($id: ID!) { node(id: $id) { __typename ... on Demonstration {
  allowedActions id node { id name } on authorName photos { id } documents { id }
  earlierVersions { version } locked version createdAt updatedAt level since until current
  township { id name }
} } }";

const CAMPAIGN: &str = "query($id: ID!) { campaign(id: $id) {
  id name year setAtName version allowedActions createdAt updatedAt
  milestones { id position kind title dueOn documentKind }
} }";

const PROGRESS: &str = "query($id: ID!) { campaignProgress(campaignId: $id) {
  campaign { id allowedActions } asOf
  townships { township { id name } milestones { milestone { id kind } status doneOn done total evidenceIds evidence { kind id on } } }
  totals { milestone { id } doneOnTime doneLate notDone notDue }
} }";

const SET: &str = "mutation($n: ID!, $since: NaiveDate!) {
  setDemonstration(nodeId: $n, since: $since) { id } }";
const CREATE: &str = "mutation($n: ID!, $input: CampaignInput!) {
  createCampaign(nodeId: $n, input: $input) { id } }";

#[test]
fn every_nested_field_of_a_site_a_campaign_and_its_progress_is_in_the_matrix() {
    let types = [
        ("Demonstration", DEMONSTRATION),
        ("Campaign", CAMPAIGN),
        ("CampaignMilestone", CAMPAIGN),
        ("CampaignProgress", PROGRESS),
        ("TownshipRow", PROGRESS),
        ("MilestoneRow", PROGRESS),
        ("MilestoneTotals", PROGRESS),
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

/// The answer to `doc` for `id` as `user`, checked against a missing id's
/// when it is refused.
async fn read(app: &TestApp, token: &str, doc: &str, id: &str) -> Result<Value, String> {
    let answer = app.query(token, doc, json!({ "id": id })).await;
    let Some(code) = answer.error_code() else {
        return Ok(answer.body["data"].clone());
    };
    let missing = app
        .query(
            token,
            doc,
            json!({ "id": uuid::Uuid::new_v4().to_string() }),
        )
        .await;
    if (missing.status, &missing.text) != (answer.status, &answer.text) {
        return Err(format!(
            "{code} differs from a missing id's: {} / {}",
            answer.text, missing.text
        ));
    }
    Err(code)
}

fn actions(v: &Value) -> Vec<String> {
    let mut a: Vec<String> = v["allowedActions"]
        .as_array()
        .expect("allowedActions")
        .iter()
        .map(|x| x.as_str().unwrap_or_default().to_string())
        .collect();
    a.sort();
    a
}

#[tokio::test]
async fn nested_site_fields_follow_the_decision_for_every_role() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let today = app.state.today().to_string();
    let mut sites = Vec::new();
    for code in ["520327002204", "520327002204001"] {
        let made = app
            .query(
                &heba.access_token,
                SET,
                json!({ "n": app.node_id(code).await, "since": today }),
            )
            .await;
        sites.push(
            made.data()["setDemonstration"]["id"]
                .as_str()
                .unwrap()
                .to_string(),
        );
    }
    let (village, group) = (&sites[0], &sites[1]);
    // (user, site, township shown, refused with)
    let cases: [(&str, &str, Option<&str>, Option<&str>); 9] = [
        ("zunyi", village, Some("何坝街道"), None),
        ("fenggang", village, Some("何坝街道"), None),
        ("heba", village, Some("何坝街道"), None),
        // The township is outside a village's subtree: null, not leaked.
        ("lingyun", village, None, None),
        ("lingyun", group, None, None),
        ("lingyun-1", group, None, None),
        ("lingyun-1", village, None, Some("NOT_FOUND")),
        ("longquan", village, None, Some("NOT_FOUND")),
        ("longquan", group, None, Some("NOT_FOUND")),
    ];
    let mut wrong = Vec::new();
    for (user, id, township, refused) in cases {
        let token = app.login_demo(user).await.access_token;
        match (read(&app, &token, DEMONSTRATION, id).await, refused) {
            (Ok(data), None) => {
                let d = &data["node"];
                if d["__typename"] != "Demonstration" || d["node"]["id"].is_null() {
                    wrong.push(format!("{user}: {d}"));
                }
                if d["township"]["name"].as_str() != township {
                    wrong.push(format!("{user}: township {}", d["township"]));
                }
                // No mutation corrects a site: a newer designation replaces it.
                if !actions(d).is_empty() {
                    wrong.push(format!("{user}: actions {:?}", actions(d)));
                }
                if d["current"] != true || d["since"] != json!(today) || d["authorName"].is_null() {
                    wrong.push(format!("{user}: {d}"));
                }
            }
            (Err(code), Some(want)) if code == want => {}
            (got, _) => wrong.push(format!("{user} on {id}: {got:?}, expected {refused:?}")),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn nested_campaign_and_progress_fields_follow_the_decision_for_every_role() {
    let app = spawn_demo_app().await;
    let root = app.root().await;
    add_neighbours(&app, &root).await;
    let made = app
        .query(
            &root.access_token,
            CREATE,
            json!({ "n": app.node_id("520327").await, "input": campaign_input("凤冈县部署") }),
        )
        .await;
    let id = made.data()["createCampaign"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let meitan = app.create_admin("meitan-admin", "520328").await;
    let edit = vec!["EDIT_CAMPAIGN".to_string()];
    // (user, allowedActions, townships on the board)
    let cases: [(&str, Vec<String>, usize); 5] = [
        ("zunyi", vec![], 14),
        ("fenggang", edit, 14),
        ("heba", vec![], 1),
        ("lingyun", vec![], 0),
        ("lingyun-1", vec![], 0),
    ];
    let mut wrong = Vec::new();
    for (user, expected, townships) in cases {
        let token = app.login_demo(user).await.access_token;
        match read(&app, &token, CAMPAIGN, &id).await {
            Ok(data) => {
                let c = &data["campaign"];
                if actions(c) != expected || c["setAtName"] != "凤冈县" {
                    wrong.push(format!("{user}: {c}"));
                }
                if c["milestones"][0]["kind"] != "ROSTER_SUBMITTED" {
                    wrong.push(format!("{user}: milestones {}", c["milestones"]));
                }
            }
            Err(code) => wrong.push(format!("{user}: campaign {code}")),
        }
        match read(&app, &token, PROGRESS, &id).await {
            Ok(data) => {
                let p = &data["campaignProgress"];
                let rows = p["townships"].as_array().map_or(0, Vec::len);
                if rows != townships || actions(&p["campaign"]) != expected {
                    wrong.push(format!("{user}: {rows} townships, {}", p["campaign"]));
                }
                if townships > 0 {
                    let row = &p["townships"][0];
                    if row["township"]["name"].is_null()
                        || row["milestones"][0]["milestone"]["kind"] != "ROSTER_SUBMITTED"
                        || p["totals"][0]["milestone"]["id"].is_null()
                    {
                        wrong.push(format!("{user}: nested rows missing: {p}"));
                    }
                }
            }
            Err(code) => wrong.push(format!("{user}: campaignProgress {code}")),
        }
    }
    for doc in [CAMPAIGN, PROGRESS] {
        match read(&app, &meitan.access_token, doc, &id).await {
            Err(code) if code == "NOT_FOUND" => {}
            other => wrong.push(format!("the neighbouring county: {other:?}")),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
