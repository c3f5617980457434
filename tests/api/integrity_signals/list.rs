//! The county's list: filtered by kind and status, paged with cursors, and
//! as many statements for a page of 10 as for a page of 2 (each signal's
//! node, evidence nodes and dismisser are read once per page). The rows
//! are stored straight in the database, as a scan stores them, at the demo
//! county's villages.
use super::fixture::LIST;
use crate::helpers::{spawn_demo_app, TestApp};
use chrono::Utc;
use entity::integrity_signal::{self, IntegritySignalKind, IntegritySignalStatus};
use entity::{account, grid_node};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{json, Value};
use std::sync::atomic::Ordering;

const COUNTY: &str = "520327";

/// `n` signals at the demo county's first villages: every third a
/// SHARED_PHONE, every fourth (from the second) dismissed by the county's administrator.
async fn signals(app: &TestApp, n: usize) {
    let db = &app.state.db;
    let villages = grid_node::Entity::find()
        .filter(grid_node::Column::Level.eq(5))
        .filter(grid_node::Column::Code.between(520_327_000_000_000_i64, 520_327_999_999_999_i64))
        .order_by_asc(grid_node::Column::Code)
        .all(db)
        .await
        .unwrap();
    let clerk = account::Entity::find()
        .filter(account::Column::Username.eq("fenggang"))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    for k in 0..n {
        let v = &villages[k % villages.len()];
        let other = &villages[(k + 1) % villages.len()];
        let now = Utc::now() - chrono::Duration::minutes(k as i64);
        let dismissed = k % 4 == 1;
        let kind = if k.is_multiple_of(3) {
            IntegritySignalKind::SharedPhone
        } else {
            IntegritySignalKind::RecordBurst
        };
        let evidence = json!([
            { "kind": "APPOINTMENT", "id": uuid::Uuid::new_v4(), "nodeId": v.id, "personName": "甲", "on": "2025-01-01" },
            { "kind": "APPOINTMENT", "id": uuid::Uuid::new_v4(), "nodeId": other.id, "personName": "乙", "on": "2025-02-01" },
        ]);
        integrity_signal::ActiveModel::from(integrity_signal::Model {
            id: uuid::Uuid::new_v4(),
            fingerprint: format!("TEST:{k}"),
            kind,
            status: if dismissed {
                IntegritySignalStatus::Dismissed
            } else {
                IntegritySignalStatus::Open
            },
            node_id: v.id,
            node_code: v.code,
            facts: json!({ "personName": "甲", "count": 2 }).to_string(),
            evidence: evidence.to_string(),
            detected_at: now,
            last_detected_at: now,
            dismissed_by: dismissed.then_some(clerk.id),
            dismissed_at: dismissed.then_some(now),
            dismiss_reason: dismissed.then(|| "已核实".to_string()),
            version: 1,
            created_at: now,
            updated_at: now,
        })
        .insert(db)
        .await
        .unwrap();
    }
}

#[tokio::test]
async fn the_list_filters_by_kind_and_status_and_pages_without_repeats() {
    let app = spawn_demo_app().await;
    signals(&app, 12).await;
    let s = app.login_demo("fenggang").await;
    let county = app.node_id(COUNTY).await;
    let list = |vars: Value| {
        let (app, s, county) = (&app, &s, county.clone());
        async move {
            let mut v = vars;
            v["n"] = json!(county);
            app.query(&s.access_token, LIST, v).await.data()["integritySignals"].clone()
        }
    };
    assert_eq!(list(json!({})).await["totalCount"], 12);
    let phones = list(json!({ "kind": "SHARED_PHONE" })).await;
    assert_eq!(phones["totalCount"], 4);
    assert!(phones["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["kind"] == "SHARED_PHONE"));
    let dismissed = list(json!({ "status": "DISMISSED" })).await;
    assert_eq!(dismissed["totalCount"], 3);
    assert!(dismissed["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["dismissedBy"] == "杨建国"));
    let both = list(json!({ "kind": "SHARED_PHONE", "status": "DISMISSED" })).await;
    assert_eq!(both["totalCount"], 1);

    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let page = list(json!({ "first": 5, "after": after })).await;
        for s in page["nodes"].as_array().unwrap() {
            seen.push(s["id"].as_str().unwrap().to_string());
        }
        if page["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = page["pageInfo"]["endCursor"].as_str().map(str::to_string);
    }
    assert_eq!(seen.len(), 12);
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 12, "no signal twice across pages");

    // A township's list holds only what sits inside it.
    let heba = app.login_demo("heba").await;
    let heba_node = app.node_id("520327002").await;
    let own = app
        .query(&heba.access_token, LIST, json!({ "n": heba_node }))
        .await;
    let total = own.data()["integritySignals"]["totalCount"]
        .as_u64()
        .unwrap();
    assert!(total < 12, "{}", own.text);
}

async fn counted(app: &TestApp, token: &str, vars: Value) -> u64 {
    let mut best = u64::MAX;
    for _ in 0..3 {
        let before = app.state.statements.load(Ordering::SeqCst);
        let a = app.query(token, LIST, vars.clone()).await;
        a.data();
        best = best.min(app.state.statements.load(Ordering::SeqCst) - before);
    }
    best
}

#[tokio::test]
async fn a_page_of_10_signals_sends_as_many_statements_as_a_page_of_2() {
    let app = spawn_demo_app().await;
    signals(&app, 10).await;
    let s = app.login_demo("fenggang").await;
    let county = app.node_id(COUNTY).await;
    counted(&app, &s.access_token, json!({ "n": county, "first": 2 })).await;
    let two = counted(&app, &s.access_token, json!({ "n": county, "first": 2 })).await;
    let ten = counted(&app, &s.access_token, json!({ "n": county, "first": 10 })).await;
    assert_eq!(two, ten, "{two} statements for 2 signals, {ten} for 10");
}
