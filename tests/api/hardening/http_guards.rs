//! Guards in front of the GraphQL executor: body cap, content type, no GET
//! execution, no batches, same origin, no caching.
use crate::helpers::graphql::answer;
use crate::helpers::{spawn_demo_app, Session, TestApp};
use serde_json::json;

const RENAME_HEBA: &str =
    "mutation { updateNode(input: {id: \"ID\", version: 1, name: \"改名了\"}) { name } }";

async fn heba_name(app: &TestApp, session: &Session) -> String {
    let answer = app
        .query(
            &session.access_token,
            "query($id: ID!) { node: gridNode(id: $id) { name version } }",
            json!({ "id": session.node_id }),
        )
        .await;
    answer.data()["node"]["name"].as_str().unwrap().to_string()
}

fn rename_heba(session: &Session) -> String {
    RENAME_HEBA.replace("ID", &session.node_id)
}

#[tokio::test]
async fn a_body_over_256_kib_is_refused_with_413() {
    let app = spawn_demo_app().await;
    let padding = " ".repeat(257 * 1024);
    let body = format!("{{\"query\": \"{{ levels {{ level }} }}{padding}\"}}");
    let response = app
        .http
        .post(app.url("/graphql"))
        .header("Content-Type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
}

#[tokio::test]
async fn a_body_just_under_the_cap_is_read() {
    let app = spawn_demo_app().await;
    let session = app.login_demo("heba").await;
    let padding = " ".repeat(250 * 1024);
    let body = json!({ "query": format!("{{ me {{ username }} }}{padding}") }).to_string();
    let response = app
        .http
        .post(app.url("/graphql"))
        .header("Content-Type", "application/json")
        .bearer_auth(&session.access_token)
        .body(body)
        .send()
        .await
        .unwrap();
    let answer = answer(response).await;
    assert_eq!(answer.data()["me"]["username"], "heba");
}

#[tokio::test]
async fn a_mutation_sent_over_get_does_not_execute() {
    let app = spawn_demo_app().await;
    let session = app.login_demo("heba").await;
    let url =
        reqwest::Url::parse_with_params(&app.url("/graphql"), &[("query", rename_heba(&session))])
            .unwrap();
    let response = app
        .http
        .get(url)
        .bearer_auth(&session.access_token)
        .send()
        .await
        .unwrap();
    assert_ne!(
        response.status(),
        200,
        "GET /graphql must not answer a query"
    );
    assert_eq!(
        heba_name(&app, &session).await,
        "何坝街道",
        "the mutation ran"
    );
}

#[tokio::test]
async fn a_text_plain_post_is_refused_with_415_and_not_executed() {
    let app = spawn_demo_app().await;
    let session = app.login_demo("heba").await;
    for content_type in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        None,
    ] {
        let mut request = app
            .http
            .post(app.url("/graphql"))
            .bearer_auth(&session.access_token)
            .body(json!({ "query": rename_heba(&session) }).to_string());
        if let Some(ct) = content_type {
            request = request.header("Content-Type", ct);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 415, "Content-Type {content_type:?}");
    }
    assert_eq!(
        heba_name(&app, &session).await,
        "何坝街道",
        "the mutation ran"
    );
}

#[tokio::test]
async fn application_json_with_a_charset_is_accepted() {
    let app = spawn_demo_app().await;
    let session = app.login_demo("heba").await;
    let response = app
        .http
        .post(app.url("/graphql"))
        .header("Content-Type", "application/json; charset=utf-8")
        .bearer_auth(&session.access_token)
        .body(json!({ "query": "{ me { username } }" }).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(answer(response).await.data()["me"]["username"], "heba");
}

#[tokio::test]
async fn a_json_array_batch_is_refused_with_400() {
    let app = spawn_demo_app().await;
    let session = app.login_demo("heba").await;
    let batch = json!([{ "query": "{ me { username } }" }, { "query": rename_heba(&session) }]);
    let response = app
        .http
        .post(app.url("/graphql"))
        .header("Content-Type", "application/json")
        .bearer_auth(&session.access_token)
        .body(batch.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(
        heba_name(&app, &session).await,
        "何坝街道",
        "part of the batch ran"
    );
}

#[tokio::test]
async fn a_cross_origin_post_is_refused_with_403() {
    let app = spawn_demo_app().await;
    let session = app.login_demo("heba").await;
    let response = app
        .http
        .post(app.url("/graphql"))
        .header("Content-Type", "application/json")
        .header("Origin", "https://evil.example")
        .bearer_auth(&session.access_token)
        .body(json!({ "query": rename_heba(&session) }).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(
        heba_name(&app, &session).await,
        "何坝街道",
        "the mutation ran"
    );
}

#[tokio::test]
async fn a_same_origin_post_is_accepted() {
    let app = spawn_demo_app().await;
    let response = app
        .http
        .post(app.url("/graphql"))
        .header("Content-Type", "application/json")
        .header("Origin", app.address.clone())
        .body(json!({ "query": "{ __typename }" }).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn graphql_answers_are_never_cached() {
    let app = spawn_demo_app().await;
    let ok = app.try_login("heba", crate::helpers::DEMO_PASSWORD).await;
    let refused = app
        .graphql(Some("not-a-token"), "{ me { username } }", json!({}))
        .await;
    for answer in [ok, refused] {
        assert_eq!(
            answer.header("cache-control"),
            Some("no-store"),
            "HTTP {}",
            answer.status
        );
    }
}

#[tokio::test]
async fn a_small_gzip_body_that_inflates_past_the_cap_is_not_executed() {
    use std::io::Write;
    let app = spawn_demo_app().await;
    let session = app.login_demo("heba").await;
    let padding = " ".repeat(4 * 1024 * 1024);
    let json = json!({ "query": format!("{}{padding}", rename_heba(&session)) }).to_string();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(json.as_bytes()).unwrap();
    let body = gz.finish().unwrap();
    assert!(body.len() < 64 * 1024);
    let response = app
        .http
        .post(app.url("/graphql"))
        .header("Content-Type", "application/json")
        .header("Content-Encoding", "gzip")
        .bearer_auth(&session.access_token)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_ne!(response.status(), 200);
    assert_eq!(
        heba_name(&app, &session).await,
        "何坝街道",
        "the mutation ran"
    );
}

#[tokio::test]
async fn graphiql_in_dev_mode_still_never_executes_a_get() {
    let app = crate::helpers::spawn_demo_app_with(|s| s.dev_mode = true).await;
    let session = app.login_demo("heba").await;
    let url =
        reqwest::Url::parse_with_params(&app.url("/graphql"), &[("query", rename_heba(&session))])
            .unwrap();
    app.http
        .get(url)
        .bearer_auth(&session.access_token)
        .send()
        .await
        .unwrap();
    assert_eq!(
        heba_name(&app, &session).await,
        "何坝街道",
        "the mutation ran"
    );
}

#[tokio::test]
async fn a_request_over_the_time_limit_answers_503_instead_of_hanging() {
    let app = crate::helpers::spawn_demo_app_with(|s| s.request_timeout_secs = 0).await;
    // A login reads the database and hashes a password: never instant.
    let answer = app.try_login("heba", crate::helpers::DEMO_PASSWORD).await;
    assert_eq!(answer.status, 503, "{}", answer.text);
    assert_eq!(answer.header("cache-control"), Some("no-store"));
}

#[tokio::test]
async fn a_flood_from_one_address_gets_429() {
    let app = crate::helpers::spawn_demo_app_with(|s| s.requests_per_minute_per_ip = 5).await;
    for i in 0..5 {
        let answer = app.graphql(None, "{ __typename }", json!({})).await;
        assert_eq!(answer.status, 200, "request {i}");
    }
    let answer = app.graphql(None, "{ __typename }", json!({})).await;
    assert_eq!(answer.status, 429);
    assert_eq!(answer.error_code().as_deref(), Some("RATE_LIMITED"));
}

/// Five requests with a rate limit of 3 a minute, each claiming another
/// address in `X-Forwarded-For` and `Forwarded`: the statuses.
async fn claimed_addresses(app: &TestApp) -> Vec<u16> {
    let mut statuses = Vec::new();
    for i in 0..5 {
        let response = app
            .http
            .post(app.url("/graphql"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", format!("198.51.100.{i}"))
            .header("Forwarded", format!("for=198.51.100.{i}"))
            .body(json!({ "query": "{ __typename }" }).to_string())
            .send()
            .await
            .unwrap();
        statuses.push(response.status().as_u16());
    }
    statuses
}

#[tokio::test]
async fn forwarded_addresses_from_an_untrusted_peer_do_not_dodge_the_rate_limit() {
    let app = crate::helpers::spawn_demo_app_with(|s| s.requests_per_minute_per_ip = 3).await;
    assert_eq!(claimed_addresses(&app).await, [200, 200, 200, 429, 429]);
}

#[tokio::test]
async fn forwarded_addresses_from_a_trusted_proxy_are_the_clients() {
    let app = crate::helpers::spawn_demo_app_with(|s| {
        s.requests_per_minute_per_ip = 3;
        s.trusted_proxies = api::http::client_addr::parse_list("127.0.0.0/8, ::1");
    })
    .await;
    assert_eq!(claimed_addresses(&app).await, [200; 5]);
    // The proxy's own address is not the client's: one client behind it
    // is limited like any other.
    for i in 0..4 {
        let response = app
            .http
            .post(app.url("/graphql"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", "203.0.113.77")
            .body(json!({ "query": "{ __typename }" }).to_string())
            .send()
            .await
            .unwrap();
        let expected = if i < 3 { 200 } else { 429 };
        assert_eq!(response.status().as_u16(), expected, "request {i}");
    }
}

/// A cross-site POST that names the attacker's site as the forwarded host.
async fn post_with_forwarded_host(app: &TestApp, session: &Session) -> u16 {
    app.http
        .post(app.url("/graphql"))
        .header("Content-Type", "application/json")
        .header("Origin", "https://evil.example")
        .header("X-Forwarded-Host", "evil.example")
        .header("Forwarded", "host=evil.example")
        .bearer_auth(&session.access_token)
        .body(json!({ "query": rename_heba(session) }).to_string())
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn a_forwarded_host_from_an_untrusted_peer_does_not_pass_the_origin_check() {
    let app = spawn_demo_app().await;
    let session = app.login_demo("heba").await;
    assert_eq!(post_with_forwarded_host(&app, &session).await, 403);
    assert_eq!(heba_name(&app, &session).await, "何坝街道");
}

#[tokio::test]
async fn behind_a_trusted_proxy_the_forwarded_host_is_the_origin_to_match() {
    let app = crate::helpers::spawn_demo_app_with(|s| {
        s.trusted_proxies = api::http::client_addr::parse_list("127.0.0.1");
    })
    .await;
    let session = app.login_demo("heba").await;
    let response = app
        .http
        .post(app.url("/graphql"))
        .header("Content-Type", "application/json")
        .header("Origin", "https://grid.example")
        .header("X-Forwarded-Host", "grid.example")
        .header("X-Forwarded-Proto", "https")
        .body(json!({ "query": "{ __typename }" }).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    // The browser's own address bar (the server's address) no longer is.
    let direct = app
        .http
        .post(app.url("/graphql"))
        .header("Content-Type", "application/json")
        .header("Origin", "https://evil.example")
        .header("X-Forwarded-Host", "grid.example")
        .bearer_auth(&session.access_token)
        .body(json!({ "query": rename_heba(&session) }).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(direct.status(), 403);
}

async fn login_from(app: &TestApp, forwarded_for: &str, username: &str, password: &str) -> String {
    let response = app
        .http
        .post(app.url("/graphql"))
        .header("Content-Type", "application/json")
        .header("X-Forwarded-For", forwarded_for)
        .body(
            json!({
                "query": "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }",
                "variables": { "u": username, "p": password },
            })
            .to_string(),
        )
        .send()
        .await
        .unwrap();
    answer(response).await.text
}

#[tokio::test]
async fn behind_a_trusted_proxy_one_address_failing_logins_does_not_slow_another() {
    let app = crate::helpers::spawn_demo_app_with(|s| {
        s.trusted_proxies = api::http::client_addr::parse_list("127.0.0.1");
    })
    .await;
    // More failures than the per-address allowance (20), all from one
    // client behind the proxy, for usernames that do not exist.
    for i in 0..25 {
        let text = login_from(
            &app,
            "198.51.100.1",
            &format!("nobody-{i}"),
            "wrong-password",
        )
        .await;
        assert!(!text.contains("accessToken\":\""), "{text}");
    }
    // Another client behind the same proxy logs in at once.
    let text = login_from(&app, "198.51.100.2", "heba", crate::helpers::DEMO_PASSWORD).await;
    assert!(text.contains("\"accessToken\":\""), "{text}");
}
