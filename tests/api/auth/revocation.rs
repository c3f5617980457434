//! SECURITY.md 3 and 15: logout, a password change or disabling an account
//! kills its tokens at once, because the server reads the account on every
//! request instead of trusting the token.
use crate::helpers::session::REFRESH;
use crate::helpers::{spawn_demo_app, TestApp, DEMO_PASSWORD};
use serde_json::json;

async fn account_id(app: &TestApp, admin_token: &str, username: &str) -> String {
    let answer = app
        .query(
            admin_token,
            "{ accounts(first: 100) { nodes { id username } } }",
            json!({}),
        )
        .await;
    answer.data()["accounts"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["username"] == username)
        .map(|a| a["id"].as_str().unwrap().to_string())
        .unwrap_or_else(|| panic!("{username} not listed: {}", answer.text))
}

#[tokio::test]
async fn logout_kills_the_access_token_and_the_refresh_token() {
    let app = spawn_demo_app().await;
    let session = app.login_demo("heba").await;
    let answer = app
        .query(&session.access_token, "mutation { logout }", json!({}))
        .await;
    assert_eq!(answer.data()["logout"], true);
    assert!(!app.token_works(&session.access_token).await);
    let refreshed = app
        .graphql(None, REFRESH, json!({ "token": session.refresh_token }))
        .await;
    assert_eq!(refreshed.error_code().as_deref(), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn logout_ends_only_that_session() {
    let app = spawn_demo_app().await;
    let phone = app.login_demo("heba").await;
    let desk = app.login_demo("heba").await;
    app.query(&phone.access_token, "mutation { logout }", json!({}))
        .await;
    assert!(app.token_works(&desk.access_token).await);
}

#[tokio::test]
async fn disabling_an_account_kills_its_token_at_once() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let lingyun = app.login_demo("lingyun").await;
    assert!(app.token_works(&lingyun.access_token).await);
    let id = account_id(&app, &heba.access_token, "lingyun").await;
    let answer = app
        .query(
            &heba.access_token,
            "mutation($id: ID!) { setAccountDisabled(id: $id, disabled: true) { disabled } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(answer.data()["setAccountDisabled"]["disabled"], true);
    assert!(
        !app.token_works(&lingyun.access_token).await,
        "the old token must be refused at once"
    );
    let again = app.try_login("lingyun", DEMO_PASSWORD).await;
    assert_eq!(
        again.error_code().as_deref(),
        Some("UNAUTHENTICATED"),
        "a disabled account cannot log in"
    );
    let unknown = app.try_login("nobody-at-all", DEMO_PASSWORD).await;
    assert_eq!(
        again.text, unknown.text,
        "a disabled account must look like a wrong password"
    );
    let refreshed = app
        .graphql(None, REFRESH, json!({ "token": lingyun.refresh_token }))
        .await;
    assert_eq!(refreshed.error_code().as_deref(), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn changing_the_password_ends_every_session_of_the_account() {
    let app = spawn_demo_app().await;
    let one = app.login_demo("lingyun").await;
    let two = app.login_demo("lingyun").await;
    let answer = app
        .query(
            &one.access_token,
            "mutation($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) }",
            json!({ "old": DEMO_PASSWORD, "new": "凌云村安全员-2026" }),
        )
        .await;
    assert_eq!(answer.data()["changePassword"], true);
    assert!(!app.token_works(&one.access_token).await);
    assert!(!app.token_works(&two.access_token).await);
    let old = app.try_login("lingyun", DEMO_PASSWORD).await;
    assert_eq!(old.error_code().as_deref(), Some("UNAUTHENTICATED"));
    app.login("lingyun", "凌云村安全员-2026").await;
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one() {
    let app = spawn_demo_app().await;
    let session = app.login_demo("lingyun").await;
    let answer = app
        .query(
            &session.access_token,
            "mutation { changePassword(currentPassword: \"wrong-password\", newPassword: \"凌云村安全员-2026\") }",
            json!({}),
        )
        .await;
    assert_eq!(answer.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(answer.error_field(), Some("currentPassword"));
    app.login_demo("lingyun").await;
}

#[tokio::test]
async fn an_administrator_s_password_reset_ends_the_account_s_sessions() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let lingyun = app.login_demo("lingyun").await;
    let id = account_id(&app, &heba.access_token, "lingyun").await;
    let answer = app
        .query(
            &heba.access_token,
            "mutation($id: ID!) { resetAccountPassword(id: $id, newPassword: \"新密码-凌云-2026\") { username } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(answer.data()["resetAccountPassword"]["username"], "lingyun");
    assert!(!app.token_works(&lingyun.access_token).await);
    app.login("lingyun", "新密码-凌云-2026").await;
}

#[tokio::test]
async fn changing_the_password_kills_the_refresh_tokens_too() {
    let app = spawn_demo_app().await;
    let session = app.login_demo("lingyun").await;
    app.query(
        &session.access_token,
        "mutation($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) }",
        json!({ "old": DEMO_PASSWORD, "new": "凌云村安全员-2026" }),
    )
    .await
    .data();
    let refreshed = app
        .graphql(None, REFRESH, json!({ "token": session.refresh_token }))
        .await;
    assert_eq!(
        refreshed.error_code().as_deref(),
        Some("UNAUTHENTICATED"),
        "a refresh token from before the password change still works: {}",
        refreshed.text
    );
}

#[tokio::test]
async fn an_administrator_s_password_reset_kills_the_refresh_tokens_too() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let lingyun = app.login_demo("lingyun").await;
    let id = account_id(&app, &heba.access_token, "lingyun").await;
    app.query(
        &heba.access_token,
        "mutation($id: ID!) { resetAccountPassword(id: $id, newPassword: \"新密码-凌云-2026\") { username } }",
        json!({ "id": id }),
    )
    .await
    .data();
    let refreshed = app
        .graphql(None, REFRESH, json!({ "token": lingyun.refresh_token }))
        .await;
    assert_eq!(
        refreshed.error_code().as_deref(),
        Some("UNAUTHENTICATED"),
        "a refresh token from before the reset still works: {}",
        refreshed.text
    );
}

#[tokio::test]
async fn a_disabled_then_re_enabled_account_s_old_sessions_stay_dead() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let lingyun = app.login_demo("lingyun").await;
    let id = account_id(&app, &heba.access_token, "lingyun").await;
    let toggle = "mutation($id: ID!, $d: Boolean!) { setAccountDisabled(id: $id, disabled: $d) { disabled } }";
    app.query(&heba.access_token, toggle, json!({ "id": id, "d": true }))
        .await
        .data();
    app.query(&heba.access_token, toggle, json!({ "id": id, "d": false }))
        .await
        .data();
    assert!(!app.token_works(&lingyun.access_token).await);
    let refreshed = app
        .graphql(None, REFRESH, json!({ "token": lingyun.refresh_token }))
        .await;
    assert_eq!(
        refreshed.error_code().as_deref(),
        Some("UNAUTHENTICATED"),
        "{}",
        refreshed.text
    );
    app.login_demo("lingyun").await;
}
