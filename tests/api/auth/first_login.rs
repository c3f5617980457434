//! 等保 2.0: a password someone else set (a new account, a reset) must be
//! changed at the first login; until then the session opens only
//! `changePassword`, `me` and `logout`, enforced by the server. The demo's
//! own accounts log straight in.
use crate::accounts::{create, PASSWORD};
use crate::helpers::{spawn_demo_app, TestApp};
use serde_json::json;

async fn new_officer(app: &TestApp) -> String {
    let heba = app.login_demo("heba").await;
    let village = app.node_id("520327002205").await;
    create(app, &heba, "chuantou", &village, "VILLAGE_OFFICER")
        .await
        .data();
    let login = app.try_login("chuantou", PASSWORD).await;
    let payload = &login.data()["login"];
    assert_eq!(payload["mustChangePassword"], true, "{}", login.text);
    payload["accessToken"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn the_demo_accounts_are_not_asked_to_change_their_password() {
    let app = spawn_demo_app().await;
    for username in ["fenggang", "heba", "lingyun", "lingyun-1", "zunyi"] {
        let login = app.try_login(username, crate::helpers::DEMO_PASSWORD).await;
        assert_eq!(
            login.data()["login"]["mustChangePassword"],
            false,
            "{username}"
        );
    }
}

#[tokio::test]
async fn a_new_account_may_only_change_its_password_read_me_and_log_out() {
    let app = spawn_demo_app().await;
    let token = new_officer(&app).await;
    let me = app
        .query(&token, "{ me { username mustChangePassword } }", json!({}))
        .await;
    assert_eq!(me.data()["me"]["mustChangePassword"], true);
    for document in [
        "{ nodes(first: 1) { totalCount } }",
        "{ hazards(first: 1) { totalCount } }",
        "{ me { username } levels { level } }",
    ] {
        let answer = app.query(&token, document, json!({})).await;
        assert_eq!(
            answer.error_code().as_deref(),
            Some("FORBIDDEN"),
            "{document}: {}",
            answer.text
        );
        assert_eq!(
            answer.body["errors"][0]["extensions"]["reason"], "PASSWORD_CHANGE_REQUIRED",
            "{}",
            answer.text
        );
    }
    let changed = app
        .query(
            &token,
            "mutation { changePassword(currentPassword: \"新账号的密码-2026\", newPassword: \"自己的新密码-2026\") }",
            json!({}),
        )
        .await;
    assert_eq!(changed.data()["changePassword"], true);
    let again = app.try_login("chuantou", "自己的新密码-2026").await;
    let payload = &again.data()["login"];
    assert_eq!(payload["mustChangePassword"], false);
    let token = payload["accessToken"].as_str().unwrap();
    let nodes = app
        .query(token, "{ nodes(first: 1) { totalCount } }", json!({}))
        .await;
    assert!(nodes.data()["nodes"]["totalCount"].as_u64().unwrap() > 0);
}

#[tokio::test]
async fn the_forced_change_must_choose_a_different_password() {
    let app = spawn_demo_app().await;
    let token = new_officer(&app).await;
    let same = app
        .query(
            &token,
            "mutation { changePassword(currentPassword: \"新账号的密码-2026\", newPassword: \"新账号的密码-2026\") }",
            json!({}),
        )
        .await;
    assert_eq!(same.error_field(), Some("newPassword"), "{}", same.text);
}

#[tokio::test]
async fn a_session_that_must_change_its_password_cannot_upload_photos() {
    let app = spawn_demo_app().await;
    let token = new_officer(&app).await;
    let answer = app
        .http
        .post(app.url("/api/photos"))
        .bearer_auth(&token)
        .header("Content-Type", "image/jpeg")
        .body(vec![0xFF, 0xD8, 0xFF])
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), reqwest::StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn logging_out_still_works_before_the_change() {
    let app = spawn_demo_app().await;
    let token = new_officer(&app).await;
    let out = app.query(&token, "mutation { logout }", json!({})).await;
    assert_eq!(out.data()["logout"], true);
}
