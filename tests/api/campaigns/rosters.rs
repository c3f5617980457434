//! Roster submissions: the township sends a frozen copy of its posts; a
//! village cannot; a sibling township sees nothing; a retried key makes one.
use crate::inspections::{app_at, HEBA, LINGYUN, MID_NOVEMBER};
use serde_json::json;

const SUBMIT: &str = "mutation($t: ID!, $k: String) {
  submitRoster(townshipId: $t, idempotencyKey: $k) {
    id submittedOn entryCount missingCount allowedActions
    entries { nodeName role name phone } missing { nodeName role }
  }
}";
const LIST: &str = "query { rosterSubmissions { totalCount edges { node { id submittedOn } } } }";
const GET: &str = "query($id: ID!) { node(id: $id) { id ... on RosterSubmission { entryCount } } }";

#[tokio::test]
async fn the_township_submits_its_roster_with_names_phones_and_the_empty_posts() {
    let app = app_at(MID_NOVEMBER).await;
    let heba_id = app.node_id(HEBA).await;
    let heba = app.login_demo("heba").await;
    let made = app
        .query(
            &heba.access_token,
            SUBMIT,
            json!({ "t": heba_id, "k": "roster-heba-1" }),
        )
        .await;
    let r = &made.data()["submitRoster"];
    assert_eq!(r["submittedOn"], "2026-11-20", "{}", made.text);
    let entries = r["entries"].as_array().unwrap();
    assert!(!entries.is_empty(), "{}", made.text);
    assert_eq!(r["entryCount"].as_u64().unwrap() as usize, entries.len());
    assert_eq!(
        r["missingCount"].as_u64().unwrap() as usize,
        r["missing"].as_array().unwrap().len()
    );
    // The lingyun village officer of the demo is on it by name, with a phone.
    assert!(
        entries.iter().any(|e| e["role"] == "VILLAGE_OFFICER"
            && !e["name"].as_str().unwrap().is_empty()
            && e["phone"].as_str().unwrap().len() >= 7),
        "{}",
        made.text
    );
    // A retry with the same key returns the same submission.
    let again = app
        .query(
            &heba.access_token,
            SUBMIT,
            json!({ "t": heba_id, "k": "roster-heba-1" }),
        )
        .await;
    assert_eq!(again.data()["submitRoster"]["id"], r["id"]);
    let list = app.query(&heba.access_token, LIST, json!({})).await;
    assert_eq!(
        list.data()["rosterSubmissions"]["totalCount"],
        1,
        "{}",
        list.text
    );
    // The county keeps the copy it was sent.
    let county = app.login_demo("fenggang").await;
    let list = app.query(&county.access_token, LIST, json!({})).await;
    assert_eq!(
        list.data()["rosterSubmissions"]["totalCount"],
        1,
        "{}",
        list.text
    );
}

#[tokio::test]
async fn a_village_cannot_submit_and_a_sibling_township_sees_nothing() {
    let app = app_at(MID_NOVEMBER).await;
    let heba_id = app.node_id(HEBA).await;
    let lingyun_id = app.node_id(LINGYUN).await;
    let officer = app.login_demo("lingyun").await;
    let refused = app
        .query(&officer.access_token, SUBMIT, json!({ "t": heba_id }))
        .await;
    assert_eq!(
        refused.error_code().as_deref(),
        Some("NOT_FOUND"),
        "{}",
        refused.text
    );
    let refused = app
        .query(&officer.access_token, SUBMIT, json!({ "t": lingyun_id }))
        .await;
    assert!(refused.error_code().is_some(), "{}", refused.text);
    assert!(refused.body["data"].is_null() || refused.body["data"]["submitRoster"].is_null());

    let heba = app.login_demo("heba").await;
    let made = app
        .query(&heba.access_token, SUBMIT, json!({ "t": heba_id }))
        .await;
    let id = made.data()["submitRoster"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let longquan = app.login_demo("longquan").await;
    let list = app.query(&longquan.access_token, LIST, json!({})).await;
    assert_eq!(list.data()["rosterSubmissions"]["totalCount"], 0);
    let outside = app
        .query(&longquan.access_token, GET, json!({ "id": id }))
        .await;
    let missing = app
        .query(
            &longquan.access_token,
            GET,
            json!({ "id": uuid::Uuid::new_v4().to_string() }),
        )
        .await;
    assert_eq!(
        outside.error_code().as_deref(),
        Some("NOT_FOUND"),
        "{}",
        outside.text
    );
    assert_eq!(outside.text, missing.text);
    let mine = app
        .query(&heba.access_token, GET, json!({ "id": id }))
        .await;
    assert!(
        mine.data()["node"]["entryCount"].as_i64().unwrap() > 0,
        "{}",
        mine.text
    );
}
