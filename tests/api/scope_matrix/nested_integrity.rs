//! Nested fields of integrity signals (like nested_money.rs): every field
//! of each type is read, by every demo role, inside and outside the
//! subtree. Inside, the nested fields answer and `allowedActions` is the
//! decision's; outside, the answer is a missing id's, byte for byte.
use super::nested::fields_of;
use crate::helpers::{spawn_demo_app, TestApp};
use chrono::Utc;
use entity::grid_node;
use entity::integrity_signal::{self, IntegritySignalKind, IntegritySignalStatus};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};

const SIGNAL: &str = "query($id: ID!) { node(id: $id) { __typename ... on IntegritySignal {
  id kind status node { id name } detectedAt lastDetectedAt dismissedBy dismissedAt dismissReason
  version allowedActions
  summary { personName phoneMasked count distanceM minutes speedKmh year }
  evidence { kind id node { id name } personName on until at latitude longitude }
} } }";

const SCAN: &str = "mutation($n: ID!) { scanIntegrity(under: $n) { found new } }";

#[test]
fn every_nested_field_of_a_signal_its_summary_evidence_and_scan_is_in_the_matrix() {
    let types = [
        ("IntegritySignal", SIGNAL),
        ("IntegritySignalSummary", SIGNAL),
        ("IntegrityEvidence", SIGNAL),
        ("IntegrityScan", SCAN),
    ];
    for (ty, doc) in types {
        let words: Vec<&str> = doc
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let missing: Vec<String> = fields_of(ty)
            .into_iter()
            .filter(|f| !words.contains(&f.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "{ty} fields not read by the nested matrix: {missing:?}"
        );
    }
}

/// A signal at 何坝街道 whose evidence names 凌云村 (inside) and a
/// 龙泉街道 village (which a 何坝 reader may not see).
async fn signal(app: &TestApp) -> String {
    let db = &app.state.db;
    let node = |code: i64| async move {
        grid_node::Entity::find()
            .filter(grid_node::Column::Code.eq(code))
            .one(db)
            .await
            .unwrap()
            .unwrap()
    };
    let heba = node(520_327_002_000_000).await;
    let lingyun = node(520_327_002_204_000).await;
    let now = Utc::now();
    let id = uuid::Uuid::new_v4();
    let evidence = json!([
        { "kind": "INSPECTION", "id": uuid::Uuid::new_v4(), "nodeId": lingyun.id, "personName": "甲",
          "on": "2026-01-02", "at": "2026-01-02T02:00:00Z", "latitude": 27.9, "longitude": 107.7 },
        { "kind": "APPOINTMENT", "id": uuid::Uuid::new_v4(), "nodeId": heba.id, "on": "2025-01-01", "until": "2026-01-01" }
    ]);
    integrity_signal::ActiveModel::from(integrity_signal::Model {
        id,
        fingerprint: format!("NESTED:{id}"),
        kind: IntegritySignalKind::RecordBurst,
        status: IntegritySignalStatus::Open,
        node_id: heba.id,
        node_code: heba.code,
        facts: json!({ "personName": "甲", "count": 4, "minutes": 8 }).to_string(),
        evidence: evidence.to_string(),
        detected_at: now,
        last_detected_at: now,
        dismissed_by: None,
        dismissed_at: None,
        dismiss_reason: None,
        version: 1,
        created_at: now,
        updated_at: now,
    })
    .insert(db)
    .await
    .unwrap();
    id.to_string()
}

fn actions(v: &Value) -> Vec<String> {
    v["allowedActions"]
        .as_array()
        .expect("allowedActions")
        .iter()
        .map(|x| x.as_str().unwrap_or_default().to_string())
        .collect()
}

#[tokio::test]
async fn nested_signal_fields_follow_the_decision_for_every_role() {
    let app = spawn_demo_app().await;
    let id = signal(&app).await;
    let dismiss = vec!["DISMISS_INTEGRITY_SIGNAL".to_string()];
    let cases: [(&str, Option<Vec<String>>); 6] = [
        ("zunyi", Some(vec![])),
        ("fenggang", Some(dismiss)),
        ("heba", Some(vec![])),
        ("longquan", None),
        ("lingyun", None),
        ("lingyun-1", None),
    ];
    let mut wrong = Vec::new();
    for (user, expected) in cases {
        let token = app.login_demo(user).await.access_token;
        let answer = app.query(&token, SIGNAL, json!({ "id": id })).await;
        match expected {
            Some(want) => {
                let s = &answer.body["data"]["node"];
                if !answer.body["errors"].is_null()
                    || actions(s) != want
                    || s["node"]["name"] != "何坝街道"
                    || s["summary"]["count"] != 4
                    || s["evidence"][0]["node"]["name"] != "凌云村"
                    || s["evidence"][1]["until"] != "2026-01-01"
                {
                    wrong.push(format!("{user}: {}", answer.text));
                }
            }
            None => {
                let missing = app
                    .query(
                        &token,
                        SIGNAL,
                        json!({ "id": uuid::Uuid::new_v4().to_string() }),
                    )
                    .await;
                if answer.error_code().as_deref() != Some("NOT_FOUND")
                    || (answer.status, &answer.text) != (missing.status, &missing.text)
                {
                    wrong.push(format!("{user}: {} / {}", answer.text, missing.text));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
