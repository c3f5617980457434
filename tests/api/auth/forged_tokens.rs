//! SECURITY.md 1: one pinned algorithm; exp, nbf, iss and aud checked.
//! Each forged token starts from a real one's claims, so that exactly one
//! thing is wrong; the first test shows that re-signing alone is harmless.
use crate::helpers::tokens::{claims_of, now, sign, unsigned};
use crate::helpers::{spawn_demo_app, TestApp};
use jsonwebtoken::Algorithm;
use serde_json::{json, Value};

async fn app_and_claims() -> (TestApp, Value) {
    let app = spawn_demo_app().await;
    let session = app.login_demo("heba").await;
    let claims = claims_of(&session.access_token);
    (app, claims)
}

async fn assert_refused(app: &TestApp, token: &str) {
    let answer = app.query(token, "{ me { username } }", json!({})).await;
    assert_eq!(answer.status, 401, "{}", answer.text);
    assert_eq!(answer.error_code().as_deref(), Some("UNAUTHENTICATED"));
    assert!(answer.body["data"].is_null(), "{}", answer.text);
}

#[tokio::test]
async fn a_token_re_signed_with_the_server_key_and_unchanged_claims_works() {
    let (app, claims) = app_and_claims().await;
    let token = app.sign_with_server_key(&claims);
    assert!(
        app.token_works(&token).await,
        "the forging helpers must make valid tokens"
    );
}

#[tokio::test]
async fn a_token_with_alg_none_is_refused_with_401() {
    let (app, claims) = app_and_claims().await;
    assert_refused(&app, &unsigned(&claims)).await;
}

#[tokio::test]
async fn a_token_signed_with_another_key_is_refused_with_401() {
    let (app, claims) = app_and_claims().await;
    assert_refused(
        &app,
        &sign(&claims, b"not-the-server-key", Algorithm::HS256),
    )
    .await;
}

#[tokio::test]
async fn a_token_signed_with_the_right_key_but_hs512_is_refused_with_401() {
    let (app, claims) = app_and_claims().await;
    assert_refused(
        &app,
        &sign(&claims, app.jwt_secret.as_bytes(), Algorithm::HS512),
    )
    .await;
}

#[tokio::test]
async fn an_expired_token_is_refused_with_401() {
    let (app, mut claims) = app_and_claims().await;
    claims["iat"] = json!(now() - 7200);
    claims["nbf"] = json!(now() - 7200);
    claims["exp"] = json!(now() - 3600);
    assert_refused(&app, &app.sign_with_server_key(&claims)).await;
}

#[tokio::test]
async fn a_token_not_valid_before_an_hour_from_now_is_refused_with_401() {
    let (app, mut claims) = app_and_claims().await;
    claims["nbf"] = json!(now() + 3600);
    claims["exp"] = json!(now() + 7200);
    assert_refused(&app, &app.sign_with_server_key(&claims)).await;
}

#[tokio::test]
async fn a_token_without_exp_is_refused_with_401() {
    let (app, mut claims) = app_and_claims().await;
    claims.as_object_mut().unwrap().remove("exp");
    assert_refused(&app, &app.sign_with_server_key(&claims)).await;
}

#[tokio::test]
async fn a_token_for_another_audience_is_refused_with_401() {
    let (app, mut claims) = app_and_claims().await;
    claims["aud"] = json!("some-other-api");
    assert_refused(&app, &app.sign_with_server_key(&claims)).await;
}

#[tokio::test]
async fn a_token_from_another_issuer_is_refused_with_401() {
    let (app, mut claims) = app_and_claims().await;
    claims["iss"] = json!("someone-else");
    assert_refused(&app, &app.sign_with_server_key(&claims)).await;
}

#[tokio::test]
async fn a_bearer_that_is_not_a_jwt_is_refused_with_401() {
    let (app, _) = app_and_claims().await;
    assert_refused(&app, "definitely-not-a-token").await;
}
