//! Errors a client can translate: `extensions.code`, a stable `key` and
//! the `params` its message uses; the message in one language, from
//! `Accept-Language` (zh-CN by default); a failing field nulls only its
//! nearest nullable parent.
use crate::helpers::graphql::answer;
use crate::helpers::{spawn_demo_app, Answer, TestApp};
use serde_json::{json, Value};

async fn ask(app: &TestApp, token: Option<&str>, lang: Option<&str>, query: &str) -> Answer {
    let mut request = app
        .http
        .post(app.url("/graphql"))
        .header("Content-Type", "application/json")
        .body(json!({ "query": query }).to_string());
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(lang) = lang {
        request = request.header("Accept-Language", lang);
    }
    answer(request.send().await.unwrap()).await
}

fn first_error(answer: &Answer) -> &Value {
    &answer.body["errors"][0]
}

fn message(answer: &Answer) -> &str {
    first_error(answer)["message"].as_str().unwrap_or_default()
}

fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

fn has_latin(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_alphabetic())
}

const TOO_MANY: &str = "{ nodes(first: 100000) { totalCount } }";

#[tokio::test]
async fn a_bad_input_answers_its_code_key_field_and_params() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let answer = ask(&app, Some(&s.access_token), None, TOO_MANY).await;
    let ext = &first_error(&answer)["extensions"];
    assert_eq!(ext["code"], "BAD_USER_INPUT", "{}", answer.text);
    assert_eq!(ext["key"], "input.first_out_of_range", "{}", answer.text);
    assert_eq!(ext["field"], "first", "{}", answer.text);
    let max = ext["params"]["max"].as_u64().unwrap();
    assert!(
        message(&answer).contains(&max.to_string()),
        "{}",
        answer.text
    );
}

#[tokio::test]
async fn english_is_answered_when_the_caller_prefers_it_and_chinese_otherwise() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let token = Some(s.access_token.as_str());
    let default = ask(&app, token, None, TOO_MANY).await;
    let zh = ask(&app, token, Some("zh-CN,zh;q=0.9,en;q=0.8"), TOO_MANY).await;
    let en = ask(&app, token, Some("en-US,en;q=0.9"), TOO_MANY).await;
    assert!(
        message(&default).starts_with("每页最多"),
        "{}",
        default.text
    );
    assert_eq!(message(&zh), message(&default));
    assert!(
        message(&en).starts_with("first must be between 0 and"),
        "{}",
        en.text
    );
    // The key and params do not depend on the language.
    assert_eq!(
        first_error(&zh)["extensions"],
        first_error(&en)["extensions"]
    );
}

#[tokio::test]
async fn no_message_is_in_two_languages() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let token = Some(s.access_token.as_str());
    let missing = "00000000-0000-4000-8000-000000000000";
    let requests = [
        (token, TOO_MANY.to_string()),
        (
            token,
            "{ nodes(after: \"garbage\") { totalCount } }".to_string(),
        ),
        (token, format!("{{ hazard(id: \"{missing}\") {{ id }} }}")),
        (None, "{ me { username } }".to_string()),
        (
            None,
            "mutation { login(username: \"heba\", password: \"wrong-password\") { accessToken } }"
                .to_string(),
        ),
    ];
    for (token, query) in requests {
        let zh = ask(&app, token, Some("zh-CN"), &query).await;
        let en = ask(&app, token, Some("en"), &query).await;
        let key = &first_error(&zh)["extensions"]["key"];
        assert!(key.is_string(), "{query}: {}", zh.text);
        assert_eq!(key, &first_error(&en)["extensions"]["key"], "{query}");
        let (zh, en) = (message(&zh), message(&en));
        assert!(has_han(zh) && !has_latin(zh), "{query}: {zh}");
        assert!(has_latin(en) && !has_han(en), "{query}: {en}");
    }
}

#[tokio::test]
async fn a_failing_nested_field_nulls_its_nearest_nullable_parent_only() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    // `parent` is nullable, its `children` connection is not: the error in
    // `children` nulls `parent`, and the rest of the answer stands.
    let query = format!(
        "{{ me {{ username }} gridNode(id: \"{}\") {{ name parent {{ name children(first: 100000) {{ totalCount }} }} }} }}",
        first_child(&app, &s.access_token).await
    );
    let answer = ask(&app, Some(&s.access_token), None, &query).await;
    let data = &answer.body["data"];
    assert_eq!(data["me"]["username"], "heba", "{}", answer.text);
    assert!(data["gridNode"]["name"].is_string(), "{}", answer.text);
    assert!(data["gridNode"]["parent"].is_null(), "{}", answer.text);
    let error = first_error(&answer);
    assert_eq!(
        error["path"],
        json!(["gridNode", "parent", "children"]),
        "{}",
        answer.text
    );
    assert_eq!(error["extensions"]["key"], "input.first_out_of_range");
}

#[tokio::test]
async fn a_failing_non_null_root_field_nulls_the_whole_data() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let answer = ask(
        &app,
        Some(&s.access_token),
        None,
        "{ me { username } nodes(first: 100000) { totalCount } }",
    )
    .await;
    assert!(answer.body["data"].is_null(), "{}", answer.text);
    assert_eq!(first_error(&answer)["path"], json!(["nodes"]));
}

/// A child of the caller's own node, whose parent the caller sees.
async fn first_child(app: &TestApp, token: &str) -> String {
    let answer = app.query(token, "{ me { node { id } } }", json!({})).await;
    let own = answer.data()["me"]["node"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let answer = app
        .query(
            token,
            "query($id: ID!) { gridNode(id: $id) { children(first: 1) { edges { node { id } } } } }",
            json!({ "id": own }),
        )
        .await;
    answer.data()["gridNode"]["children"]["edges"][0]["node"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn a_refused_photo_upload_answers_a_key_in_the_callers_language() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("lingyun-1").await;
    let refused = |lang: &'static str| {
        app.http
            .post(app.url("/api/photos"))
            .bearer_auth(&s.access_token)
            .header("Content-Type", "text/plain")
            .header("Accept-Language", lang)
            .body("not a photo")
            .send()
    };
    let zh = answer(refused("zh-CN").await.unwrap()).await;
    let en = answer(refused("en").await.unwrap()).await;
    assert_eq!(zh.body["key"], "photo.unsupported_type", "{}", zh.text);
    assert_eq!(en.body["key"], "photo.unsupported_type");
    assert_eq!(zh.body["code"], "BAD_USER_INPUT");
    let (zh, en) = (
        zh.body["message"].as_str().unwrap(),
        en.body["message"].as_str().unwrap(),
    );
    assert!(zh.starts_with("只接受"), "{zh}");
    assert!(en.starts_with("Only JPEG"), "{en}");
    assert!(!has_han(en));
}
