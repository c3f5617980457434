//! Township leaders are `TOWNSHIP_LEADER` appointments with assigned
//! villages (挂包村): a LEADER_VISIT counts for the leader only at a village
//! assigned to them on that day.
use super::*;
use crate::helpers::{Session, TestApp};
use serde_json::{json, Value};

const APPOINT: &str = "mutation($input: AppointInput!) { appoint(input: $input) { id } }";
const ASSIGN: &str = "mutation($a: ID!, $v: [ID!]!, $since: NaiveDate!) { assignVillages(appointmentId: $a, villageIds: $v, since: $since) { id assignedVillages { village { id } since until current } } }";
const QUOTA: &str = "query($id: ID!, $month: Month!) { monthQuota(nodeId: $id, month: $month) { leaderVisits { name done expected status inChargeOfSafety dutyReportFiled dutyReportCoversGridWork appointment { id } } } }";

/// A leader of 河坝乡 with a login (`heba-leader`), appointed on 11-01 and
/// assigned `villages` (grid codes) from that day.
pub async fn heba_leader(app: &TestApp, villages: &[&str]) -> (Session, String) {
    let heba = app.login_demo("heba").await;
    let heba_id = app.node_id(HEBA).await;
    let created = app
        .query(
            &heba.access_token,
            "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id person { id } } }",
            json!({ "input": { "username": "heba-leader", "password": "包村领导的密码-2026", "nodeId": heba_id, "role": "LEADER", "newPerson": { "name": "包村领导", "phone": "17700001001" } } }),
        )
        .await;
    let person = created.data()["createAccount"]["person"]["id"].clone();
    let appointed = app
        .query(
            &heba.access_token,
            APPOINT,
            json!({ "input": { "nodeId": heba_id, "role": "TOWNSHIP_LEADER", "startDate": "2026-11-01", "personId": person, "inChargeOfSafety": true } }),
        )
        .await;
    let appointment = appointed.data()["appoint"]["id"].as_str().unwrap().to_string();
    let mut ids = Vec::new();
    for code in villages {
        ids.push(app.node_id(code).await);
    }
    let assigned = app
        .query(
            &heba.access_token,
            ASSIGN,
            json!({ "a": appointment, "v": ids, "since": "2026-11-01" }),
        )
        .await;
    assert_eq!(
        assigned.data()["assignVillages"]["assignedVillages"]
            .as_array()
            .unwrap()
            .len(),
        villages.len()
    );
    let leader = app.login("heba-leader", "包村领导的密码-2026").await;
    (leader, appointment)
}

pub async fn leader_rows(app: &TestApp, month: &str) -> Vec<Value> {
    let heba = app.login_demo("heba").await;
    let heba_id = app.node_id(HEBA).await;
    let q = app
        .query(&heba.access_token, QUOTA, json!({ "id": heba_id, "month": month }))
        .await;
    q.data()["monthQuota"]["leaderVisits"]
        .as_array()
        .unwrap()
        .clone()
}

#[tokio::test]
async fn a_leader_visit_counts_only_at_an_assigned_village() {
    let app = app_at(MID_NOVEMBER).await;
    let (leader, appointment) = heba_leader(&app, &[LINGYUN]).await;
    // 520327002205 is another village of 河坝乡, not assigned to this leader.
    let other = app.node_id("520327002205").await;
    app.record_ok(&leader, input(&other, "LEADER_VISIT", "2026-11-10T02:00:00Z"))
        .await;
    let rows = leader_rows(&app, "2026-11").await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["appointment"]["id"], json!(appointment));
    assert_eq!(rows[0]["inChargeOfSafety"], true);
    assert_eq!(rows[0]["done"], 0, "unassigned village: {rows:?}");

    let village = app.node_id(LINGYUN).await;
    app.record_ok(&leader, input(&village, "LEADER_VISIT", "2026-11-12T02:00:00Z"))
        .await;
    let rows = leader_rows(&app, "2026-11").await;
    assert_eq!((&rows[0]["done"], &rows[0]["status"]), (&json!(1), &json!("MET")));
}

#[tokio::test]
async fn after_a_reassignment_the_old_village_no_longer_counts() {
    let app = app_at(MID_NOVEMBER).await;
    let (leader, appointment) = heba_leader(&app, &[LINGYUN]).await;
    let village = app.node_id(LINGYUN).await;
    let other = app.node_id("520327002205").await;
    app.record_ok(&leader, input(&village, "LEADER_VISIT", "2026-11-08T02:00:00Z"))
        .await;
    let heba = app.login_demo("heba").await;
    let moved = app
        .query(
            &heba.access_token,
            ASSIGN,
            json!({ "a": appointment, "v": [other], "since": "2026-11-10" }),
        )
        .await;
    let history = app
        .query(
            &heba.access_token,
            "query($id: ID!) { node(id: $id) { ... on Appointment { assignedVillages(includeEnded: true) { village { id } until current } } } }",
            json!({ "id": moved.data()["assignVillages"]["id"] }),
        )
        .await;
    let all = history.data()["node"]["assignedVillages"].as_array().unwrap().clone();
    assert_eq!(all.len(), 2, "the ended assignment is kept: {all:?}");
    app.record_ok(&leader, input(&village, "LEADER_VISIT", "2026-11-12T02:00:00Z"))
        .await;
    let rows = leader_rows(&app, "2026-11").await;
    // The visit of 11-08 counts; the one after the move does not.
    assert_eq!(rows[0]["done"], 1, "{rows:?}");
}
