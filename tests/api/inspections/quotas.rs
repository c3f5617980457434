//! A fixture month with known counts gives known quotas and completeness.
use super::*;
use crate::helpers::TestApp;
use serde_json::{json, Value};

const QUOTA: &str = "query($id: ID!, $month: Month!) {
  monthQuota(nodeId: $id, month: $month) {
    month completenessRate locked
    posts { role expected done met status personName node { id } appointment { id current } }
    leaderVisits { name expected done met status node { id } }
  }
}";

/// In 凌云村 in November: the officer inspects 4 times (quota 4), group 1's
/// liaison patrols twice (quota 3); two records count toward nobody (an
/// administrator without a person types a patrol and a village inspection).
pub async fn november_in_lingyun(app: &TestApp) {
    let officer = app.login_demo("lingyun").await;
    let liaison = app.login_demo("lingyun-1").await;
    let heba = app.login_demo("heba").await;
    let (village, g1, g2) = (
        app.node_id(LINGYUN).await,
        app.node_id(LINGYUN_1).await,
        app.node_id(LINGYUN_2).await,
    );
    for (node, day) in [(&village, 2), (&village, 9), (&g2, 12), (&g1, 19)] {
        let at = format!("2026-11-{day:02}T02:00:00Z");
        app.record_ok(&officer, input(node, "VILLAGE_INSPECTION", &at))
            .await;
    }
    for day in [3, 17] {
        let at = format!("2026-11-{day:02}T02:00:00Z");
        app.record_ok(&liaison, input(&g1, "GROUP_PATROL", &at))
            .await;
    }
    app.record_ok(&heba, input(&g1, "GROUP_PATROL", "2026-11-05T02:00:00Z"))
        .await;
    app.record_ok(
        &heba,
        input(&g1, "VILLAGE_INSPECTION", "2026-11-06T02:00:00Z"),
    )
    .await;
}

pub async fn liaisons_in_lingyun(app: &TestApp, s: &Session) -> u64 {
    let answer = app
        .query(
            &s.access_token,
            "query($id: ID) { appointments(under: $id, role: GROUP_LIAISON) { totalCount } }",
            json!({ "id": app.node_id(LINGYUN).await }),
        )
        .await;
    answer.data()["appointments"]["totalCount"]
        .as_u64()
        .unwrap()
}

async fn quota(app: &TestApp, s: &Session, node: &str, month: &str) -> Value {
    let answer = app
        .query(
            &s.access_token,
            QUOTA,
            json!({ "id": node, "month": month }),
        )
        .await;
    answer.data()["monthQuota"].clone()
}

#[tokio::test]
async fn a_known_month_gives_known_quotas_and_completeness() {
    let app = app_at(MID_NOVEMBER).await;
    november_in_lingyun(&app).await;
    let heba = app.login_demo("heba").await;
    let liaisons = liaisons_in_lingyun(&app, &heba).await;
    assert!(liaisons >= 2, "凌云村 has several groups with liaisons");

    let q = quota(&app, &heba, &app.node_id(LINGYUN).await, "2026-11").await;
    assert_eq!(q["month"], "2026-11");
    assert_eq!(q["locked"], false);
    let posts = q["posts"].as_array().unwrap();
    assert_eq!(posts.len() as u64, 1 + liaisons);
    let officer = posts
        .iter()
        .find(|p| p["role"] == "VILLAGE_OFFICER")
        .unwrap();
    assert_eq!(
        (
            &officer["expected"],
            &officer["done"],
            &officer["met"],
            &officer["status"]
        ),
        (&json!(4), &json!(4), &json!(true), &json!("MET"))
    );
    let g1 = app.node_id(LINGYUN_1).await;
    let group_1 = posts.iter().find(|p| p["node"]["id"] == json!(g1)).unwrap();
    assert_eq!(
        (&group_1["expected"], &group_1["done"], &group_1["status"]),
        (&json!(3), &json!(2), &json!("BEHIND"))
    );
    let others_done: u64 = posts
        .iter()
        .filter(|p| p["node"]["id"] != json!(g1) && p["role"] == "GROUP_LIAISON")
        .map(|p| p["done"].as_u64().unwrap())
        .sum();
    assert_eq!(others_done, 0);
    let expected_rate = 6.0 / (4.0 + 3.0 * liaisons as f64);
    let rate = q["completenessRate"].as_f64().unwrap();
    assert!(
        (rate - expected_rate).abs() < 1e-9,
        "{rate} vs {expected_rate}"
    );
}

#[tokio::test]
async fn a_month_that_is_over_shows_missed_quotas_and_is_locked() {
    let app = app_at(MID_NOVEMBER).await;
    november_in_lingyun(&app).await;
    let officer = app.login_demo("lingyun").await;
    let q = quota(&app, &officer, &app.node_id(LINGYUN).await, "2026-10").await;
    assert_eq!(q["locked"], true);
    assert_eq!(q["completenessRate"], 0.0);
    let posts = q["posts"].as_array().unwrap();
    assert!(!posts.is_empty());
    assert!(posts
        .iter()
        .all(|p| p["status"] == "MISSED" && p["done"] == 0));
}

#[tokio::test]
async fn a_node_with_no_posts_is_complete_and_leaders_are_counted_per_account() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.login_demo("heba").await;
    let heba_id = app.node_id(HEBA).await;
    let (leader, _) = super::leaders::heba_leader(&app, &[LINGYUN]).await;
    let village = app.node_id(LINGYUN).await;
    app.record_ok(
        &leader,
        input(&village, "LEADER_VISIT", "2026-11-10T02:00:00Z"),
    )
    .await;

    let q = quota(&app, &heba, &heba_id, "2026-11").await;
    let leaders = q["leaderVisits"].as_array().unwrap();
    assert_eq!(leaders.len(), 1);
    // Named by the account's person (every account has one).
    assert_eq!(leaders[0]["name"], "包村领导");
    assert_eq!(
        (
            &leaders[0]["done"],
            &leaders[0]["expected"],
            &leaders[0]["status"]
        ),
        (&json!(1), &json!(1), &json!("MET"))
    );
    // A leader visit counts toward no officer's post.
    let done: u64 = q["posts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["done"].as_u64().unwrap())
        .sum();
    assert_eq!(done, 0);

    // The township's own node holds no post; a fresh group has none either.
    let fresh = app
        .query(
            &heba.access_token,
            "mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }",
            json!({ "input": { "parentId": village, "name": "新建村民组" } }),
        )
        .await;
    let fresh_id = fresh.data()["createNode"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let empty = quota(&app, &heba, &fresh_id, "2026-11").await;
    assert_eq!(empty["posts"], json!([]));
    assert_eq!(empty["completenessRate"], 1.0);
}
