use crate::helpers::{spawn_demo_app, Session, TestApp};
use serde_json::{json, Value};

const CREATE: &str = "mutation($input: CreateNodeInput!) { createNode(input: $input) { id name level code divisionCode parent { id } } }";
const CHILDREN: &str =
    "query($id: ID!) { node: gridNode(id: $id) { children(first: 100) { totalCount nodes { id code } } } }";

async fn heba() -> (TestApp, Session) {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    (app, s)
}

async fn create(app: &TestApp, s: &Session, input: Value) -> crate::helpers::Answer {
    app.query(&s.access_token, CREATE, json!({ "input": input }))
        .await
}

#[tokio::test]
async fn a_node_created_under_a_village_is_a_group_numbered_village_times_1000_plus_n() {
    let (app, s) = heba().await;
    let lingyun = app.node_id("520327002204").await;
    let before = app
        .query(&s.access_token, CHILDREN, json!({ "id": lingyun }))
        .await;
    let groups = before.data()["node"]["children"]["totalCount"]
        .as_i64()
        .unwrap();
    assert!(groups >= 3, "the demo gives every village 3–12 groups");

    let answer = create(
        &app,
        &s,
        json!({ "parentId": lingyun, "name": "新建村民组" }),
    )
    .await;
    let group = &answer.data()["createNode"];
    assert_eq!(group["level"], "GROUP");
    assert_eq!(group["parent"]["id"], json!(lingyun));
    let n = groups + 1;
    assert_eq!(
        group["code"],
        json!(format!("{}", 520_327_002_204_i64 * 1000 + n))
    );
    assert_eq!(group["divisionCode"], json!(format!("520327002204{n:03}")));

    let after = app
        .query(&s.access_token, CHILDREN, json!({ "id": lingyun }))
        .await;
    assert_eq!(after.data()["node"]["children"]["totalCount"], json!(n));
}

#[tokio::test]
async fn a_new_node_can_be_found_by_name() {
    let (app, s) = heba().await;
    let lingyun = app.node_id("520327002204").await;
    let created = create(
        &app,
        &s,
        json!({ "parentId": lingyun, "name": "独一无二组" }),
    )
    .await;
    let id = created.data()["createNode"]["id"].clone();
    let found = app
        .query(
            &s.access_token,
            "{ nodes(search: \"独一无二\") { totalCount nodes { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(found.data()["nodes"]["totalCount"], 1);
    assert_eq!(found.data()["nodes"]["nodes"][0]["id"], id);
}

#[tokio::test]
async fn a_village_with_a_given_division_code_gets_that_code() {
    let (app, s) = heba().await;
    let heba_id = s.node_id.clone();
    let answer = create(
        &app,
        &s,
        json!({ "parentId": heba_id, "name": "新村", "code": "520327002299" }),
    )
    .await;
    let village = &answer.data()["createNode"];
    assert_eq!(village["level"], "VILLAGE");
    assert_eq!(village["divisionCode"], "520327002299");
}

#[tokio::test]
async fn a_division_code_already_in_use_is_a_conflict() {
    let (app, s) = heba().await;
    let answer = create(
        &app,
        &s,
        json!({ "parentId": s.node_id, "name": "重复", "code": "520327002204" }),
    )
    .await;
    assert_eq!(
        answer.error_code().as_deref(),
        Some("CONFLICT"),
        "{}",
        answer.text
    );
}

#[tokio::test]
async fn a_division_code_outside_the_parent_is_bad_user_input_naming_the_code() {
    let (app, s) = heba().await;
    for code in ["520327001299", "5203270022", "52032700229x"] {
        let answer = create(
            &app,
            &s,
            json!({ "parentId": s.node_id, "name": "错码村", "code": code }),
        )
        .await;
        assert_eq!(
            answer.error_code().as_deref(),
            Some("BAD_USER_INPUT"),
            "{code}: {}",
            answer.text
        );
        assert_eq!(answer.error_field(), Some("code"), "{code}");
    }
}

#[tokio::test]
async fn a_villager_group_cannot_have_children() {
    let (app, s) = heba().await;
    let group = app.node_id("520327002204001").await;
    let answer = create(&app, &s, json!({ "parentId": group, "name": "不可能" })).await;
    assert_eq!(answer.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(answer.error_field(), Some("parentId"));
}

#[tokio::test]
async fn an_empty_or_overlong_name_is_bad_user_input_naming_the_name() {
    let (app, s) = heba().await;
    let lingyun = app.node_id("520327002204").await;
    for name in ["   ".to_string(), "长".repeat(51)] {
        let answer = create(&app, &s, json!({ "parentId": lingyun, "name": name })).await;
        assert_eq!(
            answer.error_code().as_deref(),
            Some("BAD_USER_INPUT"),
            "{name:?}"
        );
        assert_eq!(answer.error_field(), Some("name"));
    }
}
