//! SECURITY.md 3 and 15: moving an account ends its sessions; its scope is
//! the new node's from then on.
use crate::helpers::session::REFRESH;
use crate::helpers::{spawn_demo_app, Session, TestApp};
use serde_json::json;

async fn move_lingyun(app: &TestApp, heba: &Session, to: &str) {
    let list = app
        .query(
            &heba.access_token,
            "{ accounts { nodes { id username } } }",
            json!({}),
        )
        .await;
    let id = list.data()["accounts"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["username"] == "lingyun")
        .unwrap()["id"]
        .clone();
    app.query(
        &heba.access_token,
        "mutation($id: ID!, $to: ID!) { moveAccount(id: $id, nodeId: $to) { node { name } } }",
        json!({ "id": id, "to": to }),
    )
    .await
    .data();
}

#[tokio::test]
async fn moving_an_account_ends_its_sessions_and_moves_its_scope() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let before = app.login_demo("lingyun").await;
    let chuantou = app.node_id("520327002205").await;
    move_lingyun(&app, &heba, &chuantou).await;
    assert!(!app.token_works(&before.access_token).await);

    let after = app.login_demo("lingyun").await;
    assert_eq!(after.node_id, chuantou);
    let old_village = app.node_id("520327002204").await;
    let answer = app
        .query(
            &after.access_token,
            "query($id: ID!) { node: gridNode(id: $id) { id } }",
            json!({ "id": old_village }),
        )
        .await;
    assert_eq!(answer.error_code().as_deref(), Some("NOT_FOUND"));
}

#[tokio::test]
async fn moving_an_account_kills_its_refresh_tokens_too() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let before = app.login_demo("lingyun").await;
    move_lingyun(&app, &heba, &app.node_id("520327002205").await).await;
    let refreshed = app
        .graphql(None, REFRESH, json!({ "token": before.refresh_token }))
        .await;
    assert_eq!(
        refreshed.error_code().as_deref(),
        Some("UNAUTHENTICATED"),
        "a refresh token from before the move still works: {}",
        refreshed.text
    );
}
