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
        answer.text.contains("request.too_complex"),
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
    let last = app
        .query(
            &s.access_token,
            "{ nodes(last: 1) { edges { cursor } } }",
            json!({}),
        )
        .await;
    let cursor = last.data()["nodes"]["edges"][0]["cursor"].clone();
    let answer = app
        .query(&s.access_token, "query($c: String) { nodes(first: 5, after: $c) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }", json!({ "c": cursor }))
        .await;
    assert_eq!(answer.data()["nodes"]["edges"], json!([]));
    assert_eq!(answer.data()["nodes"]["pageInfo"]["hasNextPage"], false);
    assert_eq!(answer.data()["nodes"]["pageInfo"]["hasPreviousPage"], true);
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

// ---- Cost: list sizes, the statement budget, the answer's size (issue 7, item 4).

const NESTED: &str = "{ nodes(first: 100) { edges { node { id children(first: 100) { edges { node { id children(first: 100) { edges { node { id } } } } } } } } } }";

#[tokio::test]
async fn nested_lists_count_their_page_sizes_and_are_refused_before_any_statement() {
    let (app, s) = heba().await;
    // What the same request costs in statements when refused for another
    // reason before it runs (the bearer token is checked either way).
    let before = app
        .state
        .statements
        .load(std::sync::atomic::Ordering::Relaxed);
    let unknown = app
        .query(&s.access_token, "{ nodes { nope } }", json!({}))
        .await;
    assert!(unknown.body["data"].is_null());
    let baseline = app
        .state
        .statements
        .load(std::sync::atomic::Ordering::Relaxed)
        - before;

    let before = app
        .state
        .statements
        .load(std::sync::atomic::Ordering::Relaxed);
    let answer = app.query(&s.access_token, NESTED, json!({})).await;
    let spent = app
        .state
        .statements
        .load(std::sync::atomic::Ordering::Relaxed)
        - before;
    assert!(answer.body["data"].is_null(), "{}", answer.text);
    assert_eq!(answer.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(
        answer.body["errors"][0]["extensions"]["key"],
        "request.too_complex"
    );
    let message = answer.body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("first/last"), "says why: {message}");
    assert_eq!(spent, baseline, "no statement ran for the refused request");

    // Aliases of one small list add up the same way.
    let aliases: String = (0..60)
        .map(|i| format!("a{i}: nodes(first: 100) {{ edges {{ node {{ id code }} }} }} "))
        .collect();
    let answer = app
        .query(&s.access_token, &format!("{{ {aliases} }}"), json!({}))
        .await;
    assert!(answer.body["data"].is_null());
    assert_eq!(answer.error_code().as_deref(), Some("BAD_USER_INPUT"));
    // `last` counts like `first`.
    let answer = app
        .query(&s.access_token, &NESTED.replace("first", "last"), json!({}))
        .await;
    assert_eq!(answer.error_code().as_deref(), Some("BAD_USER_INPUT"));
}

#[tokio::test]
async fn the_same_lists_with_small_pages_run() {
    let (app, s) = heba().await;
    let answer = app
        .query(&s.access_token, &NESTED.replace("100", "5"), json!({}))
        .await;
    assert!(answer.error_codes().is_empty(), "{}", answer.text);
    assert!(!answer.data()["nodes"]["edges"]
        .as_array()
        .unwrap()
        .is_empty());
}

/// The web app's biggest pages, as `frontend/src/api/*.rs` sends them.
const WEB_APP_PAGES: &[&str] = &[
    // roster.rs, ROSTER_PAGE_SIZE = 100
    "query Roster($under: ID, $after: String) { appointments(under: $under, includeEnded: true, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id role startDate endDate trainingDate notebookIssuedDate current person { id name phone auxiliaryPost } node { name level path { name level } } } } } }",
    // accounts.rs, ACCOUNT_PAGE_SIZE = 50
    "query Accounts($under: ID, $after: String) { accounts(under: $under, first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id username role disabled createdAt node { id name level levelName } } } } }",
    // tokens.rs, TOKEN_PAGE_SIZE = 50
    "query ApiTokens($under: ID, $after: String) { apiTokens(under: $under, first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name createdAt expiresAt revokedAt lastUsedAt node { id name level levelName } } } } }",
    // hazards.rs, HAZARD_PAGE_SIZE = 20, ITEM
    "query Hazards($under: ID, $after: String) { hazards(under: $under, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title node { id name } handlingNode { id name } handlingNodeName severity category categoryName state deadline overdue reportedAt reporterName photos { id url thumbnailUrl } } } } }",
    // inspections.rs, INSPECTION_PAGE_SIZE = 20
    "query Inspections($under: ID, $after: String) { inspections(under: $under, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id node { id name } kind occurredAt sectors { code nameZh nameEn } notes authorName locked photos { id url thumbnailUrl } } } } }",
    // grid.rs node_detail
    "query Node($under: ID!) { node: gridNode(id: $under) { id code divisionCode name level levelName subsidyExempt demonstration version allowedActions path { id name level } appointments { id role startDate endDate trainingDate notebookIssuedDate current version allowedActions inChargeOfSafety assignedVillages { id since until village { id name } } person { id name phone auxiliaryPost } } coverage { villageCount villagesCovered groupCount groupsCovered } } }",
    // grid.rs children, PAGE_SIZE = 20, CHILD_PAGE
    "query Children($under: ID!, $after: String) { node: gridNode(id: $under) { children(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name level levelName subsidyExempt demonstration coverage { villageCount villagesCovered groupCount groupsCovered } } } } } }",
    // grid.rs gaps and search, NODE_PAGE
    "query Gaps($under: ID!, $after: String) { node: gridNode(id: $under) { coverage { gaps: villagesWithoutOfficer(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name level levelName subsidyExempt demonstration parent { name } } } } } } }",
    "query Search($under: ID, $after: String) { nodes(under: $under, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name level levelName subsidyExempt demonstration parent { name } } } } }",
];

#[tokio::test]
async fn every_page_the_web_app_asks_for_passes_the_limits() {
    let app = spawn_demo_app().await;
    let county = app.login_demo("fenggang").await;
    for page in WEB_APP_PAGES {
        let answer = app
            .query(
                &county.access_token,
                page,
                json!({ "under": county.node_id }),
            )
            .await;
        assert!(answer.error_codes().is_empty(), "{page}: {}", answer.text);
    }
}

#[tokio::test]
async fn a_request_past_its_statement_budget_is_cut_with_one_error_that_says_so() {
    let app = crate::helpers::spawn_demo_app_with(|s| s.max_statements_per_request = 10).await;
    let s = app.login_demo("heba").await;
    let many = "{ nodes(first: 20) { edges { node { id children(first: 5) { totalCount } } } } }";
    let answer = app.query(&s.access_token, many, json!({})).await;
    assert!(answer.body["data"].is_null(), "{}", answer.text);
    let errors = answer.body["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{}", answer.text);
    assert_eq!(errors[0]["extensions"]["code"], "BAD_USER_INPUT");
    assert_eq!(errors[0]["extensions"]["reason"], "STATEMENT_BUDGET");
    assert_eq!(errors[0]["extensions"]["key"], "request.over_budget");
    assert_eq!(errors[0]["extensions"]["params"]["max"], 10);
    assert!(errors[0]["message"].as_str().unwrap().contains("10"));
    // Within the budget, the same user goes on as before.
    let me = app
        .query(&s.access_token, "{ me { username } }", json!({}))
        .await;
    assert_eq!(me.data()["me"]["username"], "heba");
}

#[tokio::test]
async fn an_answer_over_the_size_cap_is_refused_not_sent() {
    let app = crate::helpers::spawn_demo_app_with(|s| s.max_response_bytes = 2_000).await;
    let s = app.login_demo("heba").await;
    let answer = app
        .query(
            &s.access_token,
            "{ nodes(first: 100) { edges { node { id code name } } } }",
            json!({}),
        )
        .await;
    assert!(answer.text.len() < 2_000);
    assert_eq!(answer.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert!(
        answer.text.contains("request.answer_too_large"),
        "{}",
        answer.text
    );
    let small = app
        .query(&s.access_token, "{ me { username } }", json!({}))
        .await;
    assert_eq!(small.data()["me"]["username"], "heba");
}
