//! SECURITY.md 19: introspection and field suggestions only in dev mode.
use crate::helpers::{spawn_demo_app, spawn_demo_app_with};
use serde_json::json;

const INTROSPECT: &str = "{ __schema { queryType { name } types { name } } }";

#[tokio::test]
async fn introspection_is_refused_when_dev_mode_is_off() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let answer = app.query(&s.access_token, INTROSPECT, json!({})).await;
    assert!(answer.body["data"]["__schema"].is_null(), "{}", answer.text);
    assert!(!answer.text.contains("GridNode"), "{}", answer.text);
}

#[tokio::test]
async fn introspection_answers_in_dev_mode() {
    let app = spawn_demo_app_with(|s| s.dev_mode = true).await;
    let s = app.login_demo("heba").await;
    let answer = app.query(&s.access_token, INTROSPECT, json!({})).await;
    assert_eq!(answer.data()["__schema"]["queryType"]["name"], "Query");
}

#[tokio::test]
async fn a_misspelt_field_gets_no_suggestion_when_dev_mode_is_off() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let answer = app
        .query(&s.access_token, "{ nodez { totalCount } }", json!({}))
        .await;
    assert!(!answer.error_codes().is_empty());
    assert!(!answer.text.contains("Did you mean"), "{}", answer.text);
}

#[tokio::test]
async fn graphiql_is_not_served_when_dev_mode_is_off() {
    let app = spawn_demo_app().await;
    let response = app.http.get(app.url("/graphql")).send().await.unwrap();
    assert_ne!(response.status(), 200);
    let body = response.text().await.unwrap();
    assert!(!body.to_lowercase().contains("graphiql"), "{body}");
}
