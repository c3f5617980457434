//! The list pages the web app shows send as many SQL statements for 50 rows
//! as for 5: every nested field is read once per page (DataLoader), never
//! once per row. The queries are the web app's own files, byte for byte.
use crate::hazards::fixtures::{hazard_input, uploaded_photo};
use crate::helpers::{spawn_demo_app, Session, TestApp};
use serde_json::{json, Value};
use std::sync::atomic::Ordering;

const HAZARDS_PAGE: &str = include_str!("../../frontend/src/api/queries/hazards_page.graphql");
const INSPECTIONS_PAGE: &str =
    include_str!("../../frontend/src/api/queries/inspections_page.graphql");
const NODE_CHILDREN: &str = include_str!("../../frontend/src/api/queries/node_children.graphql");

const LINGYUN: &str = "520327002204";

/// Statements the server sends for one request, and its data.
async fn counted(app: &TestApp, s: &Session, query: &str, vars: Value) -> (u64, Value) {
    let before = app.state.statements.load(Ordering::SeqCst);
    let answer = app.query(&s.access_token, query, vars).await;
    let data = answer.data().clone();
    (app.state.statements.load(Ordering::SeqCst) - before, data)
}

/// The fewest statements of three identical requests. The loaders gather
/// a page's rows within a short window; on a machine busy with other work
/// a page may now and then be split into two batches, which is not a
/// statement per row — that one shows in every request, this does not.
async fn fewest(app: &TestApp, s: &Session, query: &str, vars: Value) -> (u64, Value) {
    let mut best = counted(app, s, query, vars.clone()).await;
    for _ in 0..2 {
        let next = counted(app, s, query, vars.clone()).await;
        if next.0 < best.0 {
            best = next;
        }
    }
    best
}

/// Pages of 5 and of 50 rows of `field`: the same number of statements.
async fn same_for_5_and_50(app: &TestApp, s: &Session, query: &str, vars: Value, rows: &str) {
    let with = |first: i64| {
        let mut v = vars.clone();
        v["first"] = json!(first);
        v
    };
    counted(app, s, query, with(5)).await; // warm the session's own reads
    let (five, d5) = fewest(app, s, query, with(5)).await;
    let (fifty, d50) = fewest(app, s, query, with(50)).await;
    let len = |d: &Value| rows_of(d, rows).len();
    assert_eq!((len(&d5), len(&d50)), (5, 50), "{rows}: page sizes");
    assert_eq!(
        five, fifty,
        "{rows}: {five} statements for 5 rows, {fifty} for 50"
    );
    eprintln!("{rows}: {five} statements for a page of 5 and of 50");
}

fn rows_of<'a>(data: &'a Value, path: &str) -> &'a Vec<Value> {
    let mut v = data;
    for part in path.split('.') {
        v = &v[part];
    }
    v["edges"].as_array().expect("edges")
}

#[tokio::test]
async fn the_hazard_list_sends_as_many_statements_for_50_rows_as_for_5() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let officer = app.login_demo("lingyun").await;
    let village = app.node_id(LINGYUN).await;
    let group = app.node_id("520327002204001").await;
    for i in 0..55 {
        let (who, name, node) = if i % 2 == 0 {
            (&heba, "heba", &village)
        } else {
            (&officer, "lingyun", &group)
        };
        let photo = uploaded_photo(&app, name).await;
        let extra = if i % 3 == 0 {
            let deadline = (chrono::Utc::now() + chrono::Duration::days(30)).date_naive();
            json!({ "photoIds": [photo], "deadline": deadline.to_string() })
        } else {
            json!({ "photoIds": [photo] })
        };
        let input = hazard_input(node, extra);
        let made = app
            .query(
                &who.access_token,
                "mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id } }",
                json!({ "input": input }),
            )
            .await;
        made.data();
    }
    same_for_5_and_50(&app, &heba, HAZARDS_PAGE, json!({}), "hazards").await;
}

#[tokio::test]
async fn the_inspection_list_sends_as_many_statements_for_50_rows_as_for_5() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let officer = app.login_demo("lingyun").await;
    let village = app.node_id(LINGYUN).await;
    for i in 0..55 {
        let (who, name) = if i % 2 == 0 {
            (&heba, "heba")
        } else {
            (&officer, "lingyun")
        };
        let photo = uploaded_photo(&app, name).await;
        let at = (chrono::Utc::now() - chrono::Duration::minutes(i + 1)).to_rfc3339();
        let input = json!({
            "nodeId": village, "kind": "VILLAGE_INSPECTION", "occurredAt": at,
            "sectors": ["ROAD_TRAFFIC", "FIRE"], "notes": "检查了村道和柴草堆放",
            "photoIds": [photo], "idempotencyKey": uuid::Uuid::new_v4().to_string(),
        });
        app.query(
            &who.access_token,
            "mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }",
            json!({ "input": input }),
        )
        .await
        .data();
    }
    same_for_5_and_50(&app, &heba, INSPECTIONS_PAGE, json!({}), "inspections").await;
}

#[tokio::test]
async fn the_node_page_sends_as_many_statements_for_50_children_as_for_5() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let village = app.node_id(LINGYUN).await;
    for i in 0..55 {
        app.query(
            &heba.access_token,
            "mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }",
            json!({ "input": { "parentId": village, "name": format!("新建{i}组") } }),
        )
        .await
        .data();
    }
    same_for_5_and_50(
        &app,
        &heba,
        NODE_CHILDREN,
        json!({ "id": village }),
        "node.children",
    )
    .await;
    // A township's page: its villages, each with its own coverage numbers.
    let township = app.node_id("520327002").await;
    let (_, data) = counted(
        &app,
        &heba,
        NODE_CHILDREN,
        json!({ "id": township, "first": 50 }),
    )
    .await;
    let lingyun = rows_of(&data, "node.children")
        .iter()
        .find(|e| e["node"]["id"] == json!(village))
        .expect("凌云村 among 何坝镇's villages");
    let groups = lingyun["node"]["coverage"]["groupCount"].as_u64().unwrap();
    assert!(groups >= 55, "凌云村 counts its new groups: {groups}");
}
