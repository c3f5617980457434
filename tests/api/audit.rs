//! SECURITY.md 25–26: every change leaves a hash-chained audit row in the
//! same transaction; tampering is found and the row named.
use crate::helpers::{spawn_demo_app, TestApp};
use entity::audit_log;
use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait, QueryOrder};
use serde_json::json;

async fn rows(app: &TestApp) -> u64 {
    audit_log::Entity::find()
        .count(&app.state.db)
        .await
        .unwrap()
}

async fn make_some_changes(app: &TestApp) {
    let s = app.login_demo("heba").await;
    let lingyun = app.node_id("520327002204").await;
    app.query(
        &s.access_token,
        "mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }",
        json!({ "input": { "parentId": lingyun, "name": "审计组" } }),
    )
    .await
    .data();
    app.query(
        &s.access_token,
        "mutation($input: PersonInput!) { createPerson(input: $input) { id } }",
        json!({ "input": { "nodeId": lingyun, "name": "审计人", "phone": "13500001234" } }),
    )
    .await
    .data();
    app.query(
        &s.access_token,
        "mutation($input: UpdateNodeInput!) { updateNode(input: $input) { id } }",
        json!({ "input": { "id": lingyun, "version": 1, "demonstration": true } }),
    )
    .await
    .data();
}

#[tokio::test]
async fn every_change_adds_a_row_and_the_chain_stays_intact() {
    let app = spawn_demo_app().await;
    let before = rows(&app).await;
    make_some_changes(&app).await;
    assert_eq!(rows(&app).await, before + 3);
    let (count, broken) = api::audit::verify_chain(&app.state.db).await.unwrap();
    assert_eq!(broken, None);
    assert_eq!(count, before + 3);
}

#[tokio::test]
async fn a_refused_change_leaves_no_audit_row() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let before = rows(&app).await;
    let stale = app
        .query(
            &s.access_token,
            "mutation($input: UpdateNodeInput!) { updateNode(input: $input) { id } }",
            json!({ "input": { "id": s.node_id, "version": 99, "name": "过期" } }),
        )
        .await;
    assert_eq!(stale.error_code().as_deref(), Some("CONFLICT"));
    assert_eq!(rows(&app).await, before);
}

async fn nth_row_id(app: &TestApp, n: u64) -> i64 {
    let all = audit_log::Entity::find()
        .order_by_asc(audit_log::Column::Id)
        .all(&app.state.db)
        .await
        .unwrap();
    all[n as usize].id
}

#[tokio::test]
async fn editing_an_audit_row_is_detected_and_that_row_named() {
    let app = spawn_demo_app().await;
    make_some_changes(&app).await;
    let total = rows(&app).await;
    let victim = nth_row_id(&app, total - 2).await;
    app.state
        .db
        .execute_unprepared(&format!(
            "UPDATE audit_log SET action = 'forged' WHERE id = {victim}"
        ))
        .await
        .unwrap();
    let (good, broken) = api::audit::verify_chain(&app.state.db).await.unwrap();
    assert_eq!(broken, Some(victim));
    assert_eq!(good, total - 2);
}

#[tokio::test]
async fn deleting_an_audit_row_is_detected_at_the_next_row() {
    let app = spawn_demo_app().await;
    make_some_changes(&app).await;
    let total = rows(&app).await;
    let victim = nth_row_id(&app, total - 3).await;
    let next = nth_row_id(&app, total - 2).await;
    app.state
        .db
        .execute_unprepared(&format!("DELETE FROM audit_log WHERE id = {victim}"))
        .await
        .unwrap();
    let (_, broken) = api::audit::verify_chain(&app.state.db).await.unwrap();
    assert_eq!(broken, Some(next));
}
