//! The TOTP second factor (RFC 6238): turning it on and off, the two-step
//! login, single-use codes, guesses counted by the account lock, and
//! configuration that requires it of some roles.
use crate::helpers::{
    spawn_demo_app, spawn_demo_app_with, Answer, Session, TestApp, DEMO_PASSWORD,
};
use api::auth::role::Role;
use serde_json::{json, Value};

const BEGIN: &str = "mutation { beginTotpEnrollment { secret otpauthUri } }";
const CONFIRM: &str = "mutation($code: String!) { confirmTotpEnrollment(code: $code) }";
const SECOND: &str = "mutation($t: String!, $code: String!) { loginSecondFactor(secondFactorToken: $t, code: $code) { accessToken mustChangePassword me { username } } }";

fn code(secret: &str, username: &str) -> String {
    api::auth::totp::code_at(secret, username, chrono::Utc::now()).unwrap()
}

/// Turns TOTP on for `s`: (secret, recovery codes).
async fn enroll(app: &TestApp, s: &Session, username: &str) -> (String, Vec<String>) {
    let (secret, codes, _) = enroll_with_code(app, s, username).await;
    (secret, codes)
}

/// … and the code that confirmed it.
async fn enroll_with_code(
    app: &TestApp,
    s: &Session,
    username: &str,
) -> (String, Vec<String>, String) {
    let begun = app.query(&s.access_token, BEGIN, json!({})).await;
    let secret = begun.data()["beginTotpEnrollment"]["secret"]
        .as_str()
        .unwrap()
        .to_string();
    let uri = begun.data()["beginTotpEnrollment"]["otpauthUri"]
        .as_str()
        .unwrap();
    assert!(
        uri.starts_with("otpauth://totp/") && uri.contains(&secret),
        "{uri}"
    );
    let used = code(&secret, username);
    let confirmed = app
        .query(&s.access_token, CONFIRM, json!({ "code": used }))
        .await;
    let codes = confirmed.data()["confirmTotpEnrollment"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    (secret, codes, used)
}

/// The first login step's challenge token.
async fn challenge(app: &TestApp, username: &str) -> Value {
    let first = app
        .graphql(
            None,
            "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken secondFactorRequired secondFactorToken } }",
            json!({ "u": username, "p": DEMO_PASSWORD }),
        )
        .await;
    let login = &first.data()["login"];
    assert_eq!(login["secondFactorRequired"], true, "{}", first.text);
    assert!(login["accessToken"].is_null());
    login["secondFactorToken"].clone()
}

async fn second(app: &TestApp, token: &Value, code: &str) -> Answer {
    app.graphql(None, SECOND, json!({ "t": token, "code": code }))
        .await
}

#[tokio::test]
async fn with_totp_on_a_login_needs_a_code_from_the_app() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let (secret, _) = enroll(&app, &heba, "heba").await;
    let token = challenge(&app, "heba").await;
    let wrong = second(&app, &token, "000000").await;
    assert_eq!(wrong.error_field(), Some("code"), "{}", wrong.text);
    // The code used to confirm is spent; wait for nothing: a recovery
    // code or the next step's code would do, so take the next step's.
    let next = api::auth::totp::code_at(
        &secret,
        "heba",
        chrono::Utc::now() + chrono::Duration::seconds(30),
    )
    .unwrap();
    let done = second(&app, &token, &next).await;
    assert_eq!(done.data()["loginSecondFactor"]["me"]["username"], "heba");
    assert!(done.data()["loginSecondFactor"]["accessToken"].is_string());
    // The challenge works once.
    let again = second(&app, &token, &next).await;
    assert_eq!(
        again.error_code().as_deref(),
        Some("UNAUTHENTICATED"),
        "{}",
        again.text
    );
}

#[tokio::test]
async fn a_code_is_accepted_only_once() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let (_, _, used) = enroll_with_code(&app, &heba, "heba").await;
    // The confirming code's step is spent: the same code cannot log in.
    let token = challenge(&app, "heba").await;
    let replay = second(&app, &token, &used).await;
    assert_eq!(replay.error_field(), Some("code"), "{}", replay.text);
}

#[tokio::test]
async fn a_recovery_code_logs_in_once() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let (_, codes) = enroll(&app, &heba, "heba").await;
    assert_eq!(codes.len(), 8);
    let token = challenge(&app, "heba").await;
    second(&app, &token, &codes[0]).await.data();
    let token = challenge(&app, "heba").await;
    let reused = second(&app, &token, &codes[0]).await;
    assert_eq!(reused.error_field(), Some("code"), "{}", reused.text);
    second(&app, &token, &codes[1].to_uppercase()).await.data();
}

#[tokio::test]
async fn recovery_codes_are_stored_hashed() {
    use entity::recovery_code;
    use sea_orm::EntityTrait;
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let (_, codes) = enroll(&app, &heba, "heba").await;
    let stored = recovery_code::Entity::find()
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(stored.len(), codes.len());
    for row in stored {
        assert!(!codes
            .iter()
            .any(|c| row.code_hash.contains(&c.replace('-', ""))));
        assert_eq!(row.code_hash.len(), 64);
    }
}

#[tokio::test]
async fn wrong_codes_count_toward_the_account_lock() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let (_, codes) = enroll(&app, &heba, "heba").await;
    // The right password counts one guess until the code is right too:
    // four wrong codes after it lock the account.
    let token = challenge(&app, "heba").await;
    for _ in 0..4 {
        second(&app, &token, "000000").await;
    }
    let locked = second(&app, &token, &codes[0]).await;
    assert_eq!(locked.error_field(), Some("code"), "{}", locked.text);
    let login = app.try_login("heba", DEMO_PASSWORD).await;
    assert_eq!(
        login.error_code().as_deref(),
        Some("UNAUTHENTICATED"),
        "{}",
        login.text
    );
}

#[tokio::test]
async fn one_second_step_per_request() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    enroll(&app, &heba, "heba").await;
    let token = challenge(&app, "heba").await;
    let doc = "mutation($t: String!) { a: loginSecondFactor(secondFactorToken: $t, code: \"000001\") { accessToken } b: loginSecondFactor(secondFactorToken: $t, code: \"000002\") { accessToken } }";
    let answer = app.graphql(None, doc, json!({ "t": token })).await;
    assert!(
        answer.error_codes().contains(&"RATE_LIMITED".to_string()),
        "{}",
        answer.text
    );
}

#[tokio::test]
async fn turning_totp_off_takes_the_password_and_a_code() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let (_, codes) = enroll(&app, &heba, "heba").await;
    let off = "mutation($p: String!, $c: String!) { disableTotp(currentPassword: $p, code: $c) }";
    let wrong_password = app
        .query(
            &heba.access_token,
            off,
            json!({ "p": "wrong-password", "c": codes[0] }),
        )
        .await;
    assert_eq!(wrong_password.error_field(), Some("currentPassword"));
    let wrong_code = app
        .query(
            &heba.access_token,
            off,
            json!({ "p": DEMO_PASSWORD, "c": "000000" }),
        )
        .await;
    assert_eq!(wrong_code.error_field(), Some("code"));
    let done = app
        .query(
            &heba.access_token,
            off,
            json!({ "p": DEMO_PASSWORD, "c": codes[0] }),
        )
        .await;
    assert_eq!(done.data()["disableTotp"], true);
    let login = app.try_login("heba", DEMO_PASSWORD).await;
    assert!(login.data()["login"]["accessToken"].is_string());
}

#[tokio::test]
async fn a_required_role_without_totp_is_sent_to_enroll_and_cannot_turn_it_off() {
    let app = spawn_demo_app_with(|s| s.require_totp = vec![Role::Admin, Role::Leader]).await;
    const LOGIN: &str = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken totpEnrollmentRequired } }";
    let first = app
        .graphql(None, LOGIN, json!({ "u": "heba", "p": DEMO_PASSWORD }))
        .await;
    let login = &first.data()["login"];
    assert_eq!(login["totpEnrollmentRequired"], true, "{}", first.text);
    let token = login["accessToken"].as_str().unwrap();
    let nodes = app
        .query(token, "{ nodes(first: 1) { totalCount } }", json!({}))
        .await;
    assert_eq!(nodes.error_code().as_deref(), Some("FORBIDDEN"));
    assert_eq!(
        nodes.body["errors"][0]["extensions"]["reason"],
        "TOTP_ENROLLMENT_REQUIRED"
    );
    // A village officer is not required to.
    let officer = app
        .graphql(None, LOGIN, json!({ "u": "lingyun", "p": DEMO_PASSWORD }))
        .await;
    assert_eq!(officer.data()["login"]["totpEnrollmentRequired"], false);

    let s = Session {
        access_token: token.to_string(),
        refresh_token: String::new(),
        node_id: String::new(),
    };
    let (_, codes) = enroll(&app, &s, "heba").await;
    let nodes = app
        .query(token, "{ nodes(first: 1) { totalCount } }", json!({}))
        .await;
    assert!(nodes.data()["nodes"]["totalCount"].is_number());
    let off = app
        .query(
            token,
            "mutation($c: String!) { disableTotp(currentPassword: \"safegrid-demo\", code: $c) }",
            json!({ "c": codes[0] }),
        )
        .await;
    assert_eq!(off.error_field(), Some("totp"), "{}", off.text);
}
