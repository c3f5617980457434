//! SECURITY.md 8: dashboards use separate, revocable, read-only tokens
//! bound to a node.
use crate::helpers::{spawn_demo_app, Session, TestApp};
use entity::api_token;
use sea_orm::EntityTrait;
use serde_json::{json, Value};

const CREATE: &str = "mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name } } }";

/// heba's dashboard token for 何坝街道: (token, its id).
async fn dashboard_token(app: &TestApp, heba: &Session) -> (String, Value) {
    let answer = app
        .query(
            &heba.access_token,
            CREATE,
            json!({ "input": { "name": "何坝大屏", "nodeId": heba.node_id } }),
        )
        .await;
    let created = &answer.data()["createApiToken"];
    (
        created["token"].as_str().unwrap().to_string(),
        created["apiToken"]["id"].clone(),
    )
}

#[tokio::test]
async fn a_dashboard_token_reads_its_subtree_as_a_viewer() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let (token, _) = dashboard_token(&app, &heba).await;
    let me = app
        .query(&token, "{ me { role node { name } } }", json!({}))
        .await;
    assert_eq!(me.data()["me"]["role"], "VIEWER");
    assert_eq!(me.data()["me"]["node"]["name"], "何坝街道");
    let count = "{ nodes { totalCount } }";
    assert_eq!(
        app.query(&token, count, json!({})).await.data()["nodes"]["totalCount"],
        app.query(&heba.access_token, count, json!({})).await.data()["nodes"]["totalCount"]
    );
    let county = app.node_id("520327").await;
    let above = app
        .query(
            &token,
            "query($id: ID!) { node: gridNode(id: $id) { id } }",
            json!({ "id": county }),
        )
        .await;
    assert_eq!(above.error_code().as_deref(), Some("NOT_FOUND"));
}

#[tokio::test]
async fn a_dashboard_token_may_not_write() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let (token, _) = dashboard_token(&app, &heba).await;
    let lingyun = app.node_id("520327002204").await;
    let create_node = app
        .query(
            &token,
            "mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }",
            json!({ "input": { "parentId": lingyun, "name": "看板建组" } }),
        )
        .await;
    assert_eq!(create_node.error_code().as_deref(), Some("FORBIDDEN"));
    let another = app
        .query(
            &token,
            CREATE,
            json!({ "input": { "name": "再来一个", "nodeId": lingyun } }),
        )
        .await;
    assert_eq!(another.error_code().as_deref(), Some("FORBIDDEN"));
}

#[tokio::test]
async fn a_revoked_dashboard_token_is_refused_with_401() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let (token, id) = dashboard_token(&app, &heba).await;
    assert!(app.token_works(&token).await);
    app.query(
        &heba.access_token,
        "mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }",
        json!({ "id": id }),
    )
    .await
    .data();
    let answer = app.query(&token, "{ me { username } }", json!({})).await;
    assert_eq!(answer.status, 401, "{}", answer.text);
}

#[tokio::test]
async fn a_made_up_dashboard_token_is_refused_with_401() {
    let app = spawn_demo_app().await;
    let answer = app
        .query(
            &format!("sgt_{}", "ab".repeat(32)),
            "{ me { username } }",
            json!({}),
        )
        .await;
    assert_eq!(answer.status, 401);
}

#[tokio::test]
async fn a_dashboard_token_is_stored_only_as_a_hash() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let (token, _) = dashboard_token(&app, &heba).await;
    assert!(token.starts_with("sgt_"));
    for row in api_token::Entity::find().all(&app.state.db).await.unwrap() {
        assert_ne!(row.token_hash, token);
        assert!(
            !row.token_hash.contains(&token[4..]),
            "the token is stored in clear"
        );
    }
}

#[tokio::test]
async fn a_dashboard_token_expiring_in_the_past_is_bad_user_input() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let answer = app
        .query(&heba.access_token, CREATE, json!({ "input": { "name": "过期", "nodeId": heba.node_id, "expiresAt": "2020-01-01T00:00:00Z" } }))
        .await;
    assert_eq!(answer.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(answer.error_field(), Some("expiresAt"));
}

#[tokio::test]
async fn a_dashboard_token_sees_phone_numbers_masked() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let (token, _) = dashboard_token(&app, &heba).await;
    let answer = app
        .query(
            &token,
            "{ persons(first: 5) { nodes { phone } } }",
            json!({}),
        )
        .await;
    for person in answer.data()["persons"]["nodes"].as_array().unwrap() {
        assert!(
            person["phone"].as_str().unwrap().contains("****"),
            "{person}"
        );
    }
}
