//! Which role records which kind, and who corrects a record: the rows of
//! the one authorization table, seen through the API.
use super::*;
use crate::helpers::TestApp;
use serde_json::json;

const CORRECT: &str = "mutation($id: ID!, $version: Int!) {
  correctInspection(id: $id, version: $version, notes: \"更正：补记柴草堆放位置\") { id version notes }
}";

const ACTIONS: &str = "query($id: ID!) { inspection(id: $id) { id allowedActions } }";

async fn correct(app: &TestApp, s: &Session, id: &str) -> Answer {
    app.query(&s.access_token, CORRECT, json!({ "id": id, "version": 1 }))
        .await
}

async fn actions(app: &TestApp, s: &Session, id: &str) -> Vec<String> {
    let a = app
        .query(&s.access_token, ACTIONS, json!({ "id": id }))
        .await;
    a.data()["inspection"]["allowedActions"]
        .as_array()
        .expect("allowedActions")
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_string())
        .collect()
}

#[tokio::test]
async fn a_group_liaison_records_patrols_but_not_village_inspections() {
    let app = app_at(MID_NOVEMBER).await;
    let liaison = app.login_demo("lingyun-1").await;
    let group = app.node_id(LINGYUN_1).await;
    app.record_ok(
        &liaison,
        input(&group, "GROUP_PATROL", "2026-11-18T02:00:00Z"),
    )
    .await;
    let refused = app
        .record(
            &liaison,
            input(&group, "VILLAGE_INSPECTION", "2026-11-18T03:00:00Z"),
        )
        .await;
    assert_eq!(refused.error_code().as_deref(), Some("FORBIDDEN"));
    let officer = app.login_demo("lingyun").await;
    let village = app.node_id(LINGYUN).await;
    let visit = app
        .record(
            &officer,
            input(&village, "LEADER_VISIT", "2026-11-18T02:00:00Z"),
        )
        .await;
    assert_eq!(visit.error_code().as_deref(), Some("FORBIDDEN"));
}

#[tokio::test]
async fn only_the_author_or_an_administrator_above_corrects_a_record() {
    let app = app_at(MID_NOVEMBER).await;
    let officer = app.login_demo("lingyun").await;
    let liaison = app.login_demo("lingyun-1").await;
    let group = app.node_id(LINGYUN_1).await;
    let officers = app
        .record_ok(
            &officer,
            input(&group, "VILLAGE_INSPECTION", "2026-11-18T02:00:00Z"),
        )
        .await;

    // The liaison sees the village officer's record in its group, but may
    // not correct it, and is not offered to.
    assert!(actions(&app, &liaison, &officers).await.is_empty());
    let refused = correct(&app, &liaison, &officers).await;
    assert_eq!(refused.error_code().as_deref(), Some("FORBIDDEN"));

    assert_eq!(
        actions(&app, &officer, &officers).await,
        ["CORRECT_INSPECTION"]
    );
    let own = correct(&app, &officer, &officers).await;
    assert_eq!(own.data()["correctInspection"]["version"], 2);

    let township_admin = app.login_demo("heba").await;
    assert_eq!(
        actions(&app, &township_admin, &officers).await,
        ["CORRECT_INSPECTION"]
    );
    let viewer = app.login_demo("zunyi").await;
    assert!(actions(&app, &viewer, &officers).await.is_empty());
}

#[tokio::test]
async fn an_officer_records_only_their_own_work_and_an_administrator_types_it_in_for_them() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.login_demo("heba").await;
    let liaison = app.login_demo("lingyun-1").await;
    let village = app.node_id(LINGYUN).await;
    let group = app.node_id(LINGYUN_1).await;
    let officers = app
        .query(
            &heba.access_token,
            "query($id: ID) { appointments(under: $id, role: VILLAGE_OFFICER) { nodes { person { id } } } }",
            json!({ "id": village }),
        )
        .await;
    let officer_person = officers.data()["appointments"]["nodes"][0]["person"]["id"]
        .as_str()
        .expect("凌云村 has a village officer")
        .to_string();

    let mut claimed = input(&group, "GROUP_PATROL", "2026-11-18T02:00:00Z");
    claimed["personId"] = json!(officer_person);
    let refused = app.record(&liaison, claimed).await;
    assert_eq!(refused.error_code().as_deref(), Some("FORBIDDEN"));

    let mut typed = input(&village, "VILLAGE_INSPECTION", "2026-11-18T02:00:00Z");
    typed["personId"] = json!(officer_person);
    let made = app.record(&heba, typed).await;
    assert!(made.data()["recordInspection"]["person"]["name"].is_string());
}
