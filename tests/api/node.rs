//! Relay Global Object Identification: `node(id)` answers any record by its
//! id, scoped as that type's own query; outside the caller's reach it
//! answers byte for byte like a random id.
use crate::hazards::fixtures::{report_ok, uploaded_photo, LINGYUN_GROUP1};
use crate::helpers::{spawn_demo_app, Session, TestApp};
use serde_json::{json, Value};

const NODE: &str = "query($id: ID!) { node(id: $id) { __typename id } }";
const RANDOM: &str = "7b0c2a4e-9d51-4f3a-8e6b-2c1d0f9a8b7c";

async fn node(app: &TestApp, s: &Session, id: &Value) -> crate::helpers::Answer {
    app.query(&s.access_token, NODE, json!({ "id": id })).await
}

async fn typename(app: &TestApp, s: &Session, id: &Value) -> String {
    let answer = node(app, s, id).await;
    assert_eq!(&answer.data()["node"]["id"], id, "{}", answer.text);
    answer.data()["node"]["__typename"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The answer for `id`, which must read exactly like a random id's.
async fn assert_unseen(app: &TestApp, s: &Session, id: &Value) {
    let hidden = node(app, s, id).await;
    let random = node(app, s, &json!(RANDOM)).await;
    assert_eq!(hidden.error_code().as_deref(), Some("NOT_FOUND"));
    assert_eq!(hidden.text, random.text);
    assert_eq!(hidden.status, random.status);
}

fn first_id(answer: &crate::helpers::Answer, field: &str) -> Value {
    answer.data()[field]["nodes"][0]["id"].clone()
}

#[tokio::test]
async fn node_answers_each_record_type_by_its_id() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let own = app
        .query(&heba.access_token, "{ me { node { id } } }", json!({}))
        .await;
    let grid = own.data()["me"]["node"]["id"].clone();
    assert_eq!(typename(&app, &heba, &grid).await, "GridNode");
    let lists = app
        .query(
            &heba.access_token,
            "{ persons(first: 1) { nodes { id } } appointments(first: 1) { nodes { id } } accounts(first: 1) { nodes { id } } }",
            json!({}),
        )
        .await;
    for (field, want) in [
        ("persons", "Person"),
        ("appointments", "Appointment"),
        ("accounts", "Account"),
    ] {
        let id = first_id(&lists, field);
        assert_eq!(typename(&app, &heba, &id).await, want, "{field}");
    }

    let liaison = app.login_demo("lingyun-1").await;
    let group = app.node_id(LINGYUN_GROUP1).await;
    let hazard = report_ok(&app, &liaison, &group, json!({})).await;
    assert_eq!(typename(&app, &liaison, &hazard["id"]).await, "Hazard");
    assert_eq!(typename(&app, &heba, &hazard["id"]).await, "Hazard");
    let history = app
        .query(
            &liaison.access_token,
            "query($id: ID!) { hazard(id: $id) { history { id } } }",
            json!({ "id": hazard["id"] }),
        )
        .await;
    let step = history.data()["hazard"]["history"][0]["id"].clone();
    assert_eq!(typename(&app, &liaison, &step).await, "HazardEvent");
    let photo = json!(uploaded_photo(&app, "lingyun-1").await);
    assert_eq!(typename(&app, &liaison, &photo).await, "Photo");
}

#[tokio::test]
async fn a_record_outside_the_callers_reach_reads_like_a_random_id() {
    let app = spawn_demo_app().await;
    let officer = app.login_demo("lingyun").await;
    let liaison = app.login_demo("lingyun-1").await;
    // A hazard at the village's second group: the first group's liaison
    // does not see it.
    let group2 = app.node_id("520327002204002").await;
    let hazard = report_ok(&app, &officer, &group2, json!({})).await;
    assert_unseen(&app, &liaison, &hazard["id"]).await;
    let history = app
        .query(
            &officer.access_token,
            "query($id: ID!) { hazard(id: $id) { history { id } } }",
            json!({ "id": hazard["id"] }),
        )
        .await;
    let step = history.data()["hazard"]["history"][0]["id"].clone();
    assert_unseen(&app, &liaison, &step).await;
    // The township above the liaison.
    let township = app
        .query(
            &officer.access_token,
            "{ me { node { parent { id } } } }",
            json!({}),
        )
        .await;
    let above = township.data()["me"]["node"]["parent"]["id"].clone();
    if !above.is_null() {
        assert_unseen(&app, &liaison, &above).await;
    }
    // An account in a viewer's subtree: viewers do not list accounts, so
    // `node` does not show one either.
    let heba = app.login_demo("heba").await;
    let accounts = app
        .query(
            &heba.access_token,
            "{ accounts(first: 1) { nodes { id } } }",
            json!({}),
        )
        .await;
    let account = first_id(&accounts, "accounts");
    let viewer = app.login_demo("zunyi").await;
    assert_unseen(&app, &viewer, &account).await;
    // A malformed id too.
    let malformed = node(&app, &liaison, &json!("not-an-id")).await;
    assert_eq!(malformed.error_code().as_deref(), Some("NOT_FOUND"));
}

#[tokio::test]
async fn grid_node_answers_the_concrete_type() {
    let app = spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let group = app.node_id(LINGYUN_GROUP1).await;
    let answer = app
        .query(
            &liaison.access_token,
            "query($id: ID!) { gridNode(id: $id) { id code } }",
            json!({ "id": group }),
        )
        .await;
    assert_eq!(answer.data()["gridNode"]["code"], LINGYUN_GROUP1);
}
