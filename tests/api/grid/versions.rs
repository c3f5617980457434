//! SECURITY.md 24: a stale edit is a CONFLICT, never a silent overwrite.
use crate::helpers::{spawn_demo_app, Session, TestApp};
use serde_json::json;

const UPDATE: &str =
    "mutation($input: UpdateNodeInput!) { updateNode(input: $input) { name version } }";

async fn version_of(app: &TestApp, s: &Session, id: &str) -> (String, i64) {
    let answer = app
        .query(
            &s.access_token,
            "query($id: ID!) { node: gridNode(id: $id) { name version } }",
            json!({ "id": id }),
        )
        .await;
    let node = &answer.data()["node"];
    (
        node["name"].as_str().unwrap().to_string(),
        node["version"].as_i64().unwrap(),
    )
}

#[tokio::test]
async fn updating_a_node_with_a_stale_version_is_a_conflict_and_changes_nothing() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let village = app.node_id("520327002204").await;
    let (_, version) = version_of(&app, &s, &village).await;

    let first = app
        .query(
            &s.access_token,
            UPDATE,
            json!({ "input": { "id": village, "version": version, "name": "凌云村（新）" } }),
        )
        .await;
    assert_eq!(first.data()["updateNode"]["version"], json!(version + 1));

    let stale = app
        .query(
            &s.access_token,
            UPDATE,
            json!({ "input": { "id": village, "version": version, "name": "覆盖" } }),
        )
        .await;
    assert_eq!(
        stale.error_code().as_deref(),
        Some("CONFLICT"),
        "{}",
        stale.text
    );
    assert_eq!(
        version_of(&app, &s, &village).await,
        ("凌云村（新）".to_string(), version + 1)
    );
}

#[tokio::test]
async fn of_five_concurrent_edits_from_one_version_exactly_one_wins() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let village = app.node_id("520327002204").await;
    let (_, version) = version_of(&app, &s, &village).await;
    let edits = (0..5).map(|i| {
        let vars =
            json!({ "input": { "id": village, "version": version, "name": format!("并发{i}") } });
        let (app, s) = (&app, &s);
        async move { app.query(&s.access_token, UPDATE, vars).await }
    });
    let answers = futures_util::future::join_all(edits).await;
    let won = answers.iter().filter(|a| a.error_code().is_none()).count();
    let conflicts = answers
        .iter()
        .filter(|a| a.error_code().as_deref() == Some("CONFLICT"))
        .count();
    assert_eq!(
        (won, conflicts),
        (1, 4),
        "{:?}",
        answers.iter().map(|a| &a.text).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn updating_a_person_with_a_stale_version_is_a_conflict() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let created = app
        .query(
            &s.access_token,
            "mutation($input: PersonInput!) { createPerson(input: $input) { id version } }",
            json!({ "input": { "nodeId": s.node_id, "name": "张三", "phone": "13800138000" } }),
        )
        .await;
    let person = created.data()["createPerson"].clone();
    let update = "mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { version } }";
    let vars =
        json!({ "input": { "id": person["id"], "version": person["version"], "name": "张三丰" } });
    app.query(&s.access_token, update, vars.clone())
        .await
        .data();
    let stale = app.query(&s.access_token, update, vars).await;
    assert_eq!(stale.error_code().as_deref(), Some("CONFLICT"));
}

#[tokio::test]
async fn updating_an_appointment_with_a_stale_version_is_a_conflict() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let lingyun = app.node_id("520327002204").await;
    let list = app
        .query(
            &s.access_token,
            "query($id: ID!) { node: gridNode(id: $id) { appointments { id version } } }",
            json!({ "id": lingyun }),
        )
        .await;
    let appointment = list.data()["node"]["appointments"][0].clone();
    let update = "mutation($input: UpdateAppointmentInput!) { updateAppointment(input: $input) { version trainingDate } }";
    let vars = json!({ "input": { "appointmentId": appointment["id"], "version": appointment["version"], "trainingDate": "2024-03-01" } });
    let first = app.query(&s.access_token, update, vars.clone()).await;
    assert_eq!(
        first.data()["updateAppointment"]["trainingDate"],
        "2024-03-01"
    );
    let stale = app.query(&s.access_token, update, vars).await;
    assert_eq!(stale.error_code().as_deref(), Some("CONFLICT"));
}
