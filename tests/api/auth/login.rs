use crate::helpers::{spawn_demo_app, DEMO_PASSWORD};
use serde_json::json;

#[tokio::test]
async fn login_returns_an_access_token_that_opens_the_api() {
    let app = spawn_demo_app().await;
    let answer = app.try_login("heba", DEMO_PASSWORD).await;
    let login = &answer.data()["login"];
    assert_eq!(login["me"]["username"], "heba");
    assert_eq!(login["me"]["role"], "ADMIN");
    assert_eq!(login["me"]["node"]["name"], "何坝街道");
    assert!(
        login["expiresIn"].as_i64().unwrap() <= 15 * 60,
        "access tokens live at most 15 minutes"
    );
    let token = login["accessToken"].as_str().unwrap();
    assert!(app.token_works(token).await);
}

#[tokio::test]
async fn login_sets_the_refresh_token_as_an_httponly_samesite_cookie() {
    let app = spawn_demo_app().await;
    let answer = app.try_login("heba", DEMO_PASSWORD).await;
    let cookie = answer.header("set-cookie").expect("a Set-Cookie header");
    assert!(cookie.starts_with("sg_refresh="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_user_get_the_same_answer() {
    let app = spawn_demo_app().await;
    let wrong_password = app.try_login("heba", "not-the-password").await;
    let unknown_user = app.try_login("nobody-here", "not-the-password").await;
    assert_eq!(
        wrong_password.error_code().as_deref(),
        Some("UNAUTHENTICATED")
    );
    assert_eq!(wrong_password.status, unknown_user.status);
    assert_eq!(
        wrong_password.text, unknown_user.text,
        "the answers must not tell the two apart"
    );
}

#[tokio::test]
async fn a_scoped_query_without_a_token_is_unauthenticated() {
    let app = spawn_demo_app().await;
    let answer = app.graphql(None, "{ me { username } }", json!({})).await;
    assert_eq!(answer.error_code().as_deref(), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn twenty_aliased_logins_in_one_document_run_only_once() {
    let app = spawn_demo_app().await;
    let fields: String = (0..20)
        .map(|i| {
            format!("a{i}: login(username: \"heba\", password: \"guess-{i}\") {{ accessToken }}\n")
        })
        .collect();
    let answer = app
        .graphql(None, &format!("mutation {{ {fields} }}"), json!({}))
        .await;
    let mut codes = answer.error_codes();
    codes.sort();
    let unauthenticated = codes.iter().filter(|c| *c == "UNAUTHENTICATED").count();
    let rate_limited = codes.iter().filter(|c| *c == "RATE_LIMITED").count();
    assert_eq!((unauthenticated, rate_limited), (1, 19), "codes: {codes:?}");
    // Only one guess was counted against the account: it is not locked.
    app.login("heba", DEMO_PASSWORD).await;
}

#[tokio::test]
async fn an_aliased_second_login_with_the_right_password_is_refused_too() {
    let app = spawn_demo_app().await;
    let document = format!(
        "mutation {{ a: login(username: \"heba\", password: \"wrong\") {{ accessToken }} \
         b: login(username: \"heba\", password: \"{DEMO_PASSWORD}\") {{ accessToken }} }}"
    );
    let answer = app.graphql(None, &document, json!({})).await;
    assert!(
        answer.body["data"].is_null() || answer.body["data"]["b"].is_null(),
        "{}",
        answer.text
    );
    assert!(
        answer.error_codes().contains(&"RATE_LIMITED".to_string()),
        "{}",
        answer.text
    );
}
