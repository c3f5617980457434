//! SECURITY.md 7: idle and absolute session limits, on the server, as
//! configured (`SAFEGRID_SESSION_IDLE_MINUTES`, `_ABSOLUTE_HOURS`).
use crate::helpers::session::REFRESH;
use crate::helpers::{spawn_demo_app_with, DEMO_PASSWORD};
use serde_json::json;

#[tokio::test]
async fn a_session_idle_past_its_limit_cannot_be_refreshed() {
    // An idle limit of zero: every refresh token is already past it.
    let app = spawn_demo_app_with(|s| s.session_idle_minutes = 0).await;
    let s = app.login("heba", DEMO_PASSWORD).await;
    let refreshed = app
        .graphql(None, REFRESH, json!({ "token": s.refresh_token }))
        .await;
    assert_eq!(
        refreshed.error_code().as_deref(),
        Some("UNAUTHENTICATED"),
        "{}",
        refreshed.text
    );
}

#[tokio::test]
async fn a_session_past_its_absolute_limit_ends_access_tokens_too() {
    let app = spawn_demo_app_with(|s| s.session_absolute_hours = 0).await;
    let login = app.try_login("heba", DEMO_PASSWORD).await;
    let token = login.data()["login"]["accessToken"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!app.token_works(&token).await);
}

#[tokio::test]
async fn within_both_limits_a_session_refreshes() {
    let app = spawn_demo_app_with(|_| {}).await;
    let s = app.login("heba", DEMO_PASSWORD).await;
    let refreshed = app
        .graphql(None, REFRESH, json!({ "token": s.refresh_token }))
        .await;
    assert!(refreshed.data()["refreshSession"]["accessToken"].is_string());
}
