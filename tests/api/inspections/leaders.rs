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
    let appointment = appointed.data()["appoint"]["id"]
        .as_str()
        .unwrap()
        .to_string();
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
        .query(
            &heba.access_token,
            QUOTA,
            json!({ "id": heba_id, "month": month }),
        )
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
    app.record_ok(
        &leader,
        input(&other, "LEADER_VISIT", "2026-11-10T02:00:00Z"),
    )
    .await;
    let rows = leader_rows(&app, "2026-11").await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["appointment"]["id"], json!(appointment));
    assert_eq!(rows[0]["inChargeOfSafety"], true);
    assert_eq!(rows[0]["done"], 0, "unassigned village: {rows:?}");

    let village = app.node_id(LINGYUN).await;
    app.record_ok(
        &leader,
        input(&village, "LEADER_VISIT", "2026-11-12T02:00:00Z"),
    )
    .await;
    let rows = leader_rows(&app, "2026-11").await;
    assert_eq!(
        (&rows[0]["done"], &rows[0]["status"]),
        (&json!(1), &json!("MET"))
    );
}

#[tokio::test]
async fn after_a_reassignment_the_old_village_no_longer_counts() {
    let app = app_at(MID_NOVEMBER).await;
    let (leader, appointment) = heba_leader(&app, &[LINGYUN]).await;
    let village = app.node_id(LINGYUN).await;
    let other = app.node_id("520327002205").await;
    app.record_ok(
        &leader,
        input(&village, "LEADER_VISIT", "2026-11-08T02:00:00Z"),
    )
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
    let all = history.data()["node"]["assignedVillages"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(all.len(), 2, "the ended assignment is kept: {all:?}");
    app.record_ok(
        &leader,
        input(&village, "LEADER_VISIT", "2026-11-12T02:00:00Z"),
    )
    .await;
    let rows = leader_rows(&app, "2026-11").await;
    // The visit of 11-08 counts; the one after the move does not.
    assert_eq!(rows[0]["done"], 1, "{rows:?}");
}

const DUTY: &str = "mutation($input: RecordDutyReportInput!) { recordDutyReport(input: $input) { id version month coversGridWork person { name } } }";

fn duty_input(appointment: &str, month: &str, covers: bool, key: &str) -> Value {
    json!({ "input": { "appointmentId": appointment, "month": month, "coversGridWork": covers,
                       "summary": "走访挂包村两次，督促整改隐患", "idempotencyKey": key } })
}

#[tokio::test]
async fn a_duty_report_without_the_grid_work_shows_in_the_month_table() {
    let app = app_at(MID_NOVEMBER).await;
    let (leader, appointment) = heba_leader(&app, &[LINGYUN]).await;
    let rows = leader_rows(&app, "2026-11").await;
    assert_eq!(rows[0]["dutyReportFiled"], false, "{rows:?}");

    let filed = app
        .query(
            &leader.access_token,
            DUTY,
            duty_input(&appointment, "2026-11", false, "duty-report-1"),
        )
        .await;
    let report = filed.data()["recordDutyReport"].clone();
    assert_eq!(report["person"]["name"], "包村领导");
    // A retry with the same key is the same report.
    let again = app
        .query(
            &leader.access_token,
            DUTY,
            duty_input(&appointment, "2026-11", false, "duty-report-1"),
        )
        .await;
    assert_eq!(again.data()["recordDutyReport"]["id"], report["id"]);

    let rows = leader_rows(&app, "2026-11").await;
    assert_eq!(
        (
            &rows[0]["dutyReportFiled"],
            &rows[0]["dutyReportCoversGridWork"]
        ),
        (&json!(true), &json!(false)),
        "filed without the grid work: {rows:?}"
    );

    // A second report for the month is refused: the first is corrected,
    // and the old version stays.
    let second = app
        .query(
            &leader.access_token,
            DUTY,
            duty_input(&appointment, "2026-11", true, "duty-report-2"),
        )
        .await;
    assert_eq!(
        second.error_code().as_deref(),
        Some("CONFLICT"),
        "{}",
        second.text
    );
    assert_eq!(second.error_key().as_deref(), Some("duty_report.exists"));
    let heba = app.login_demo("heba").await;
    let corrected = app
        .query(
            &heba.access_token,
            "mutation($id: ID!) { correctDutyReport(id: $id, version: 1, reason: \"补充网格化工作内容\", coversGridWork: true) { version coversGridWork earlierVersions { version } } }",
            json!({ "id": report["id"] }),
        )
        .await;
    let c = &corrected.data()["correctDutyReport"];
    assert_eq!(
        (&c["version"], &c["coversGridWork"]),
        (&json!(2), &json!(true))
    );
    assert_eq!(c["earlierVersions"].as_array().unwrap().len(), 1);
    let rows = leader_rows(&app, "2026-11").await;
    assert_eq!(rows[0]["dutyReportCoversGridWork"], true, "{rows:?}");
}

#[tokio::test]
async fn only_a_leader_in_post_files_a_duty_report_and_not_for_a_future_month() {
    let app = app_at(MID_NOVEMBER).await;
    let (leader, appointment) = heba_leader(&app, &[LINGYUN]).await;
    let future = app
        .query(
            &leader.access_token,
            DUTY,
            duty_input(&appointment, "2026-12", true, "duty-report-f"),
        )
        .await;
    assert_eq!(
        future.error_code().as_deref(),
        Some("BAD_USER_INPUT"),
        "{}",
        future.text
    );
    // Appointed on 11-01: October was before the post.
    let before = app
        .query(
            &leader.access_token,
            DUTY,
            duty_input(&appointment, "2026-10", true, "duty-report-b"),
        )
        .await;
    assert_eq!(
        before.error_key().as_deref(),
        Some("leader.not_in_post"),
        "{}",
        before.text
    );
    // A village officer's post has no duty reports.
    let heba = app.login_demo("heba").await;
    let posts = app
        .query(
            &heba.access_token,
            "query($id: ID!) { monthQuota(nodeId: $id, month: \"2026-11\") { posts { appointment { id } role } } }",
            json!({ "id": app.node_id(HEBA).await }),
        )
        .await;
    let officer = posts.data()["monthQuota"]["posts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["role"] == "VILLAGE_OFFICER")
        .unwrap()["appointment"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let wrong = app
        .query(
            &heba.access_token,
            DUTY,
            duty_input(&officer, "2026-11", true, "duty-report-o"),
        )
        .await;
    assert_eq!(
        wrong.error_key().as_deref(),
        Some("leader.post_only"),
        "{}",
        wrong.text
    );
}

#[tokio::test]
async fn the_month_table_shows_each_townships_monthly_meeting() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.login_demo("heba").await;
    let heba_id = app.node_id(HEBA).await;
    let q = "query($id: ID!) { monthQuota(nodeId: $id, month: \"2026-11\") { townshipMeetings { node { id } held coversGridWork meeting { id } } } }";
    let before = app
        .query(&heba.access_token, q, json!({ "id": heba_id }))
        .await;
    let rows = before.data()["monthQuota"]["townshipMeetings"].clone();
    assert_eq!(rows.as_array().unwrap().len(), 1, "{rows:?}");
    let held_before = rows[0]["held"].as_bool().unwrap();
    let meeting = app
        .query(
            &heba.access_token,
            "mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }",
            json!({ "input": { "nodeId": heba_id, "kind": "TOWNSHIP_MONTHLY", "heldOn": "2026-11-05",
                               "topics": "网格化管理推进、隐患整改", "coversGridWork": true, "minutes": "会议纪要",
                               "attendeeCount": 15, "idempotencyKey": "township-meeting-1" } }),
        )
        .await;
    let id = meeting.data()["recordMeeting"]["id"].clone();
    let after = app
        .query(&heba.access_token, q, json!({ "id": heba_id }))
        .await;
    let row = &after.data()["monthQuota"]["townshipMeetings"][0];
    assert_eq!(
        (&row["held"], &row["coversGridWork"]),
        (&json!(true), &json!(true)),
        "{row:?}"
    );
    if !held_before {
        assert_eq!(row["meeting"]["id"], id);
    }
}
