//! Limits every request must pass (SECURITY.md 17): depth, complexity,
//! page size.
use crate::helpers::{spawn_demo_app, Session, TestApp};
use serde_json::json;

async fn heba() -> (TestApp, Session) {
    let app = spawn_demo_app().await;
    let session = app.login_demo("heba").await;
    (app, session)
}

/// `{ me { node { parent { parent … { name } } } } }`: `depth` levels deep.
fn nested_parents(depth: usize) -> String {
    let parents = depth.saturating_sub(3);
    format!(
        "{{ me {{ node {{ name {} name {} }} }} }}",
        "parent { ".repeat(parents),
        "} ".repeat(parents)
    )
}

#[tokio::test]
async fn a_query_deeper_than_the_limit_is_refused() {
    let (app, s) = heba().await;
    let answer = app
        .query(
            &s.access_token,
            &nested_parents(api::graphql::MAX_DEPTH + 1),
            json!({}),
        )
        .await;
    assert!(answer.body["data"].is_null(), "{}", answer.text);
    assert!(answer.text.contains("nested too deep"), "{}", answer.text);
}

#[tokio::test]
async fn a_query_at_the_depth_limit_runs() {
    let (app, s) = heba().await;
    let answer = app
        .query(
            &s.access_token,
            &nested_parents(api::graphql::MAX_DEPTH),
            json!({}),
        )
        .await;
    assert_eq!(answer.data()["me"]["node"]["name"], "何坝街道");
}

#[tokio::test]
async fn a_query_more_complex_than_the_limit_is_refused() {
    let (app, s) = heba().await;
    let aliases: String = (0..api::graphql::MAX_COMPLEXITY)
        .map(|i| format!("a{i}: levels {{ level }} "))
        .collect();
    let answer = app
        .query(&s.access_token, &format!("{{ {aliases} }}"), json!({}))
        .await;
    assert!(
        answer.body["data"].is_null(),
        "{}",
        &answer.text[..answer.text.len().min(300)]
    );
    assert!(
        answer.text.contains("too complex"),
        "{}",
        &answer.text[..answer.text.len().min(300)]
    );
}

#[tokio::test]
async fn more_than_eight_directives_on_a_field_are_refused() {
    let (app, s) = heba().await;
    let directives = "@include(if: true) ".repeat(9);
    let answer = app
        .query(
            &s.access_token,
            &format!("{{ me {directives} {{ username }} }}"),
            json!({}),
        )
        .await;
    assert!(
        answer.body["data"].is_null() || answer.body["data"]["me"].is_null(),
        "{}",
        answer.text
    );
    assert!(!answer.error_codes().is_empty(), "{}", answer.text);
}

#[tokio::test]
async fn asking_for_more_than_100_nodes_is_bad_user_input() {
    let (app, s) = heba().await;
    let documents = [
        "{ nodes(first: 101) { totalCount } }",
        "{ persons(first: 101) { totalCount } }",
        "{ accounts(first: 101) { totalCount } }",
        "query($id: ID!) { node: gridNode(id: $id) { children(first: 101) { totalCount } } }",
        "query($id: ID!) { node: gridNode(id: $id) { coverage { villagesWithoutOfficer(first: 101) { totalCount } } } }",
        "{ nodes(first: -1) { totalCount } }",
    ];
    for document in documents {
        let answer = app
            .query(&s.access_token, document, json!({ "id": s.node_id }))
            .await;
        assert_eq!(
            answer.error_code().as_deref(),
            Some("BAD_USER_INPUT"),
            "{document}: {}",
            answer.text
        );
        assert_eq!(answer.error_field(), Some("first"), "{document}");
    }
}

#[tokio::test]
async fn a_page_of_100_nodes_is_allowed() {
    let (app, s) = heba().await;
    let answer = app
        .query(
            &s.access_token,
            "{ nodes(first: 100) { totalCount edges { node { id } } } }",
            json!({}),
        )
        .await;
    let total = answer.data()["nodes"]["totalCount"].as_u64().unwrap();
    let edges = answer.data()["nodes"]["edges"].as_array().unwrap().len() as u64;
    assert_eq!(edges, total.min(100));
}

#[tokio::test]
async fn a_made_up_cursor_is_bad_user_input() {
    let (app, s) = heba().await;
    let answer = app
        .query(
            &s.access_token,
            "{ nodes(after: \"DROP TABLE\") { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(answer.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(answer.error_field(), Some("after"));
}

#[tokio::test]
async fn paging_past_the_last_node_gives_an_empty_page() {
    let (app, s) = heba().await;
    let answer = app
        .query(&s.access_token, "{ nodes(first: 5, after: \"o999999\") { totalCount edges { node { id } } pageInfo { hasNextPage } } }", json!({}))
        .await;
    assert_eq!(answer.data()["nodes"]["edges"], json!([]));
    assert_eq!(answer.data()["nodes"]["pageInfo"]["hasNextPage"], false);
}

#[tokio::test]
async fn like_wildcards_in_a_search_match_only_themselves() {
    let (app, s) = heba().await;
    for search in ["%", "_", "村%"] {
        let answer = app
            .query(
                &s.access_token,
                "query($q: String) { nodes(search: $q) { totalCount } }",
                json!({ "q": search }),
            )
            .await;
        assert_eq!(
            answer.data()["nodes"]["totalCount"],
            0,
            "search {search:?} matched by wildcard"
        );
    }
}

#[tokio::test]
async fn an_overlong_search_is_bad_user_input_naming_the_search() {
    let (app, s) = heba().await;
    for document in [
        "query($q: String) { nodes(search: $q) { totalCount } }",
        "query($q: String) { persons(search: $q) { totalCount } }",
    ] {
        let answer = app
            .query(&s.access_token, document, json!({ "q": "长".repeat(51) }))
            .await;
        assert_eq!(
            answer.error_code().as_deref(),
            Some("BAD_USER_INPUT"),
            "{document}"
        );
        assert_eq!(answer.error_field(), Some("search"));
    }
}

#[tokio::test]
async fn inputs_do_not_accept_a_version_or_an_author_where_they_do_not_belong() {
    let (app, s) = heba().await;
    let lingyun = app.node_id("520327002204").await;
    for extra in [json!({ "version": 7 }), json!({ "createdBy": s.node_id })] {
        let mut input = json!({ "parentId": lingyun, "name": "夹带" });
        input
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        let answer = app
            .query(
                &s.access_token,
                "mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }",
                json!({ "input": input }),
            )
            .await;
        assert!(
            !answer.error_codes().is_empty(),
            "accepted {extra}: {}",
            answer.text
        );
        assert!(answer.body["data"].is_null(), "{}", answer.text);
    }
}

#[tokio::test]
async fn malformed_documents_answer_bad_user_input_with_a_code() {
    let (app, s) = heba().await;
    for query in [
        "{ me { nope } }",
        "{ me { ",
        "mutation { login(username: 5) { accessToken } }",
        &nested_parents(api::graphql::MAX_DEPTH + 1),
    ] {
        let answer = app.query(&s.access_token, query, json!({})).await;
        let codes = answer.error_codes();
        assert!(!codes.is_empty(), "{query}: {}", answer.text);
        assert!(
            codes.iter().all(|c| c == "BAD_USER_INPUT"),
            "{query}: {}",
            answer.text
        );
    }
}
