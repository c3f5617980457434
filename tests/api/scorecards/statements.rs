//! `scorecard` and `scorecardRanking` send a fixed number of statements:
//! each rule reads its records once for all the townships, so the demo
//! county's fourteen townships cost what a county of two costs.
use crate::helpers::{spawn_demo_app, Session, TestApp};
use chrono::Datelike;
use serde_json::{json, Value};
use std::sync::atomic::Ordering;

const RANKING: &str = "query($c: ID!, $y: Int!) { scorecardRanking(countyId: $c, year: $y) {
  rank total township { name } parts { key points }
  scorecard { id total parts { items { key points evidence { finding recordIds } documents { id } } } }
} }";
const CARD: &str = "query($t: ID!, $y: Int!) { scorecard(townshipId: $t, year: $y) {
  id total township { name } parts { items { key points evidence { recordIds } documents { id } } }
} }";

async fn fewest(app: &TestApp, s: &Session, query: &str, vars: Value) -> (u64, Value) {
    let mut best: Option<(u64, Value)> = None;
    for _ in 0..3 {
        let before = app.state.statements.load(Ordering::SeqCst);
        let a = app.query(&s.access_token, query, vars.clone()).await;
        assert!(a.body["errors"].is_null(), "{}", a.text);
        let n = app.state.statements.load(Ordering::SeqCst) - before;
        if best.as_ref().is_none_or(|b| n < b.0) {
            best = Some((n, a.data().clone()));
        }
    }
    best.unwrap()
}

async fn node(app: &TestApp, s: &Session, parent: &str, name: &str) -> String {
    let a = app
        .query(
            &s.access_token,
            "mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }",
            json!({ "input": { "parentId": parent, "name": name } }),
        )
        .await;
    a.data()["createNode"]["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn the_ranking_and_a_card_cost_the_same_statements_for_two_townships_or_fourteen() {
    let app = spawn_demo_app().await;
    let year = app.state.today().year();
    let root = app.root().await;
    let demo = app.node_id("520327").await;
    let city = app.node_id("5203").await;
    let small = node(&app, &root, &city, "两镇试点县").await;
    let mut small_townships = Vec::new();
    for name in ["东镇", "西镇"] {
        let t = node(&app, &root, &small, name).await;
        node(&app, &root, &t, &format!("{name}村")).await;
        small_townships.push(t);
    }
    let (big, d_big) = fewest(&app, &root, RANKING, json!({ "c": demo, "y": year })).await;
    let (two, d_two) = fewest(&app, &root, RANKING, json!({ "c": small, "y": year })).await;
    assert_eq!(d_big["scorecardRanking"].as_array().unwrap().len(), 14);
    assert_eq!(d_two["scorecardRanking"].as_array().unwrap().len(), 2);
    assert_eq!(big, two, "{big} statements for 14 townships, {two} for 2");
    eprintln!("scorecardRanking: {big} statements");

    let heba = app.node_id("520327002").await;
    let (one, _) = fewest(&app, &root, CARD, json!({ "t": heba, "y": year })).await;
    let (other, _) = fewest(
        &app,
        &root,
        CARD,
        json!({ "t": small_townships[0], "y": year }),
    )
    .await;
    assert_eq!(one, other);
    assert!(one <= 40, "a card costs {one} statements");
}
