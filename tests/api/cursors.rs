//! Keyset cursors (issue 7, item 5): pages that hold when records are
//! added or leave the list between two pages, `last`/`before` backwards,
//! and every malformed cursor refused as BAD_USER_INPUT.
use crate::hazards::fixtures::{plan, report_ok, today_plus, LINGYUN_GROUP1};
use crate::helpers::{spawn_demo_app, Session, TestApp};
use serde_json::{json, Value};

const PAGE: &str =
    "query($first: Int, $after: String, $last: Int, $before: String, $state: HazardState) {
  hazards(state: $state, first: $first, after: $after, last: $last, before: $before) {
    totalCount edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";

struct Page {
    ids: Vec<String>,
    info: Value,
}

async fn page(app: &TestApp, s: &Session, vars: Value) -> Page {
    let answer = app.query(&s.access_token, PAGE, vars).await;
    let conn = &answer.data()["hazards"];
    Page {
        ids: conn["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["node"]["id"].as_str().unwrap().to_string())
            .collect(),
        info: conn["pageInfo"].clone(),
    }
}

/// Five reported hazards in the liaison's group; their ids, newest first
/// (the list's order).
async fn five(app: &TestApp, liaison: &Session) -> Vec<String> {
    let group = app.node_id(LINGYUN_GROUP1).await;
    let mut ids = Vec::new();
    for _ in 0..5 {
        let h = report_ok(app, liaison, &group, json!({})).await;
        ids.push(h["id"].as_str().unwrap().to_string());
    }
    let all = page(app, liaison, json!({ "first": 100 })).await;
    assert_eq!(all.ids.len(), 5);
    let mut sorted = ids.clone();
    sorted.sort();
    let mut listed = all.ids.clone();
    listed.sort();
    assert_eq!(sorted, listed);
    all.ids
}

#[tokio::test]
async fn a_hazard_reported_between_pages_is_neither_repeated_nor_skipped() {
    let app = spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let order = five(&app, &liaison).await;

    let first = page(&app, &liaison, json!({ "first": 2 })).await;
    assert_eq!(first.ids, order[..2]);
    assert_eq!(first.info["hasNextPage"], true);
    assert_eq!(first.info["hasPreviousPage"], false);
    // A newer hazard now stands before all of them: an offset would repeat
    // the second row on the next page.
    let group = app.node_id(LINGYUN_GROUP1).await;
    let newer = report_ok(&app, &liaison, &group, json!({})).await;

    let mut seen = first.ids.clone();
    let mut after = first.info["endCursor"].clone();
    loop {
        let next = page(&app, &liaison, json!({ "first": 2, "after": after })).await;
        assert_eq!(next.info["hasPreviousPage"], true);
        seen.extend(next.ids.clone());
        if next.info["hasNextPage"] == false {
            break;
        }
        after = next.info["endCursor"].clone();
    }
    assert_eq!(seen, order, "every hazard once, in order");
    assert!(!seen.contains(&newer["id"].as_str().unwrap().to_string()));
}

#[tokio::test]
async fn a_hazard_that_leaves_the_list_between_pages_skips_no_other() {
    let app = spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let order = five(&app, &liaison).await;
    let reported =
        |first: i32, after: &Value| json!({ "first": first, "after": after, "state": "REPORTED" });

    let first = page(&app, &liaison, reported(2, &Value::Null)).await;
    assert_eq!(first.ids, order[..2]);
    // The first row on the page moves on (RECTIFYING): an offset would now
    // skip the third row.
    let moved = plan(&app, &liaison, &json!(first.ids[0]), &today_plus(&app, 7)).await;
    assert_eq!(moved.data()["planRectification"]["state"], "RECTIFYING");

    let rest = page(&app, &liaison, reported(10, &first.info["endCursor"])).await;
    assert_eq!(rest.ids, order[2..]);
    assert_eq!(rest.info["hasNextPage"], false);
}

#[tokio::test]
async fn last_and_before_walk_backwards_with_the_spec_page_info() {
    let app = spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let order = five(&app, &liaison).await;

    let tail = page(&app, &liaison, json!({ "last": 2 })).await;
    assert_eq!(tail.ids, order[3..], "the last two, in list order");
    assert_eq!(tail.info["hasPreviousPage"], true);
    assert_eq!(tail.info["hasNextPage"], false);

    let mut seen = tail.ids.clone();
    let mut before = tail.info["startCursor"].clone();
    loop {
        let prev = page(&app, &liaison, json!({ "last": 2, "before": before })).await;
        assert_eq!(prev.info["hasNextPage"], true, "rows follow `before`");
        let mut both = prev.ids.clone();
        both.extend(seen);
        seen = both;
        if prev.info["hasPreviousPage"] == false {
            break;
        }
        before = prev.info["startCursor"].clone();
    }
    assert_eq!(seen, order);

    // Between two cursors: only what lies strictly between them.
    let all = app
        .query(&liaison.access_token, PAGE, json!({ "first": 5 }))
        .await;
    let edges = all.data()["hazards"]["edges"].as_array().unwrap().clone();
    let between = page(
        &app,
        &liaison,
        json!({ "first": 10, "after": edges[0]["cursor"], "before": edges[4]["cursor"] }),
    )
    .await;
    assert_eq!(between.ids, order[1..4]);
}

#[tokio::test]
async fn malformed_cursors_are_bad_user_input_on_every_list() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    // A real cursor of another list (grid nodes) to try on the others.
    let nodes = app
        .query(
            &heba.access_token,
            "{ nodes(first: 1) { pageInfo { endCursor } } }",
            json!({}),
        )
        .await;
    let node_cursor = nodes.data()["nodes"]["pageInfo"]["endCursor"]
        .as_str()
        .unwrap()
        .to_string();
    let b64 = |s: &str| crate::helpers::tokens::b64url(s.as_bytes());
    let malformed = [
        "o5".to_string(),
        "not base64!".to_string(),
        b64("{\"a\":1}"),
        b64("[]"),
        b64("[1,2,3,4,5,6,7,8]"),
        b64("[123456789012345678901234567890,1]"),
        "A".repeat(4_000),
        b64("[\"x\",\"y\"]"),
    ];
    let lists = [
        "hazards(first: 2, after: $c) { totalCount }",
        "hazards(last: 2, before: $c) { totalCount }",
        "inspections(first: 2, after: $c) { totalCount }",
        "persons(first: 2, after: $c) { totalCount }",
        "appointments(first: 2, after: $c) { totalCount }",
        "accounts(first: 2, after: $c) { totalCount }",
        "apiTokens(first: 2, after: $c) { totalCount }",
        "nodes(last: 2, before: $c) { totalCount }",
    ];
    for list in lists {
        let document = format!("query($c: String) {{ {list} }}");
        // The grid's cursor is well formed, but not this list's (except nodes).
        let mut cursors = malformed.to_vec();
        if !list.starts_with("nodes") {
            cursors.push(node_cursor.clone());
        }
        for cursor in &cursors {
            let answer = app
                .query(&heba.access_token, &document, json!({ "c": cursor }))
                .await;
            assert_eq!(
                answer.error_code().as_deref(),
                Some("BAD_USER_INPUT"),
                "{list} with {cursor:.40}: {}",
                answer.text
            );
            assert!(
                matches!(answer.error_field(), Some("after") | Some("before")),
                "{list}: {}",
                answer.text
            );
        }
    }
    // A cursor with this list's tag but a value of the wrong type.
    let decoded: Value =
        serde_json::from_slice(&crate::helpers::tokens::b64url_decode(&node_cursor)).unwrap();
    let wrong = b64(&json!([decoded[0], "凤冈"]).to_string());
    let answer = app
        .query(
            &heba.access_token,
            "query($c: String) { nodes(after: $c) { totalCount } }",
            json!({ "c": wrong }),
        )
        .await;
    assert_eq!(answer.error_code().as_deref(), Some("BAD_USER_INPUT"));
    // `first` and `last` together.
    let both = app
        .query(
            &heba.access_token,
            "{ nodes(first: 1, last: 1) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(both.error_code().as_deref(), Some("BAD_USER_INPUT"));
}

#[tokio::test]
async fn grid_children_page_through_every_child_once_with_cursors() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let q = "query($id: ID!, $after: String) { node: gridNode(id: $id) { children(first: 3, after: $after) {
        totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } } }";
    let mut codes = Vec::new();
    let mut after = Value::Null;
    let total = loop {
        let answer = app
            .query(
                &heba.access_token,
                q,
                json!({ "id": heba.node_id, "after": after }),
            )
            .await;
        let conn = &answer.data()["node"]["children"];
        for e in conn["edges"].as_array().unwrap() {
            codes.push(e["node"]["code"].as_str().unwrap().to_string());
        }
        if conn["pageInfo"]["hasNextPage"] == false {
            break conn["totalCount"].as_u64().unwrap();
        }
        after = conn["pageInfo"]["endCursor"].clone();
    };
    assert!(total > 3);
    assert_eq!(codes.len() as u64, total);
    let mut sorted = codes.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted, codes, "in code order, none twice");
}
