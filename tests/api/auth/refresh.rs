//! SECURITY.md 2: refresh tokens are single use; reuse revokes the family.
use crate::helpers::session::REFRESH;
use crate::helpers::{spawn_demo_app, TestApp};
use serde_json::json;

async fn refresh(app: &TestApp, token: &str) -> crate::helpers::Answer {
    app.graphql(None, REFRESH, json!({ "token": token })).await
}

#[tokio::test]
async fn a_refresh_token_gives_a_working_access_token_once() {
    let app = spawn_demo_app().await;
    let session = app.login_demo("heba").await;
    let first = refresh(&app, &session.refresh_token).await;
    let new_access = first.data()["refreshSession"]["accessToken"]
        .as_str()
        .unwrap();
    assert!(app.token_works(new_access).await);
    assert_ne!(
        first.data()["refreshSession"]["refreshToken"],
        json!(session.refresh_token)
    );
}

#[tokio::test]
async fn using_one_refresh_token_twice_kills_it_and_its_successor() {
    let app = spawn_demo_app().await;
    let session = app.login_demo("heba").await;
    let first = refresh(&app, &session.refresh_token).await;
    let successor = first.data()["refreshSession"]["refreshToken"]
        .as_str()
        .unwrap()
        .to_string();
    let successor_access = first.data()["refreshSession"]["accessToken"]
        .as_str()
        .unwrap()
        .to_string();

    let replay = refresh(&app, &session.refresh_token).await;
    assert_eq!(
        replay.error_code().as_deref(),
        Some("UNAUTHENTICATED"),
        "{}",
        replay.text
    );

    let after_replay = refresh(&app, &successor).await;
    assert_eq!(
        after_replay.error_code().as_deref(),
        Some("UNAUTHENTICATED"),
        "the successor must die too"
    );
    assert!(
        !app.token_works(&successor_access).await,
        "the family's access tokens must die too"
    );
    assert!(!app.token_works(&session.access_token).await);
}

#[tokio::test]
async fn reuse_in_one_session_leaves_the_user_s_other_sessions_alive() {
    let app = spawn_demo_app().await;
    let stolen = app.login_demo("heba").await;
    let other_device = app.login_demo("heba").await;
    refresh(&app, &stolen.refresh_token).await;
    refresh(&app, &stolen.refresh_token).await;
    assert!(app.token_works(&other_device.access_token).await);
}

#[tokio::test]
async fn the_refresh_cookie_is_accepted_instead_of_the_argument() {
    let app = spawn_demo_app().await;
    let session = app.login_demo("heba").await;
    let response = app
        .http
        .post(app.url("/graphql"))
        .header("Content-Type", "application/json")
        .header("Cookie", format!("sg_refresh={}", session.refresh_token))
        .body(json!({ "query": REFRESH, "variables": {} }).to_string())
        .send()
        .await
        .unwrap();
    let answer = crate::helpers::graphql::answer(response).await;
    assert!(answer.data()["refreshSession"]["accessToken"].is_string());
}

#[tokio::test]
async fn an_unknown_refresh_token_is_unauthenticated() {
    let app = spawn_demo_app().await;
    let answer = refresh(&app, "00".repeat(32).as_str()).await;
    assert_eq!(answer.error_code().as_deref(), Some("UNAUTHENTICATED"));
}
