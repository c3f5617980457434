//! Drills: a village officer records its village's; a liaison and a
//! township meeting place cannot hold one; a sibling township sees
//! nothing; a retried key makes one; a correction keeps the old version;
//! a closed month is refused.
use super::fixtures::key;
use crate::inspections::{app_at, HEBA, LINGYUN, MID_NOVEMBER};
use serde_json::{json, Value};

const DAY: &str = "2026-11-18";
const RECORD: &str = "mutation($input: RecordDrillInput!) { recordDrill(input: $input) {
  id heldOn scenario participantCount notes version on node { id } allowedActions } }";
const LIST: &str = "query($from: NaiveDate, $to: NaiveDate) {
  drills(from: $from, to: $to, first: 100) { totalCount nodes { id } } }";

fn drill(node: &str, day: &str) -> Value {
    json!({ "nodeId": node, "heldOn": day, "scenario": "山洪灾害避险转移演练",
            "participantCount": 36, "idempotencyKey": key() })
}

#[tokio::test]
async fn a_village_officer_records_its_villages_drill_and_nobody_sees_it_from_a_sibling() {
    let app = app_at(MID_NOVEMBER).await;
    let lingyun = app.node_id(LINGYUN).await;
    let heba = app.node_id(HEBA).await;
    let officer = app.login_demo("lingyun").await;
    let q = |s: &crate::helpers::Session, input: Value| {
        let token = s.access_token.clone();
        let app = &app;
        async move { app.query(&token, RECORD, json!({ "input": input })).await }
    };
    let made = q(&officer, drill(&lingyun, DAY)).await;
    let id = made.data()["recordDrill"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(made.data()["recordDrill"]["participantCount"], 36);

    let liaison = app.login_demo("lingyun-1").await;
    let refused = q(&liaison, drill(&liaison.node_id, DAY)).await;
    assert_eq!(
        refused.error_code().as_deref(),
        Some("FORBIDDEN"),
        "{}",
        refused.text
    );
    let township = app.login_demo("heba").await;
    let wrong = q(&township, drill(&heba, DAY)).await;
    assert_eq!(wrong.error_field(), Some("nodeId"), "{}", wrong.text);
    let zero = q(
        &officer,
        json!({ "nodeId": lingyun, "heldOn": DAY, "scenario": "演练",
        "participantCount": 0, "idempotencyKey": key() }),
    )
    .await;
    assert_eq!(zero.error_field(), Some("participantCount"));

    let longquan = app.login_demo("longquan").await;
    let on_day = json!({ "from": DAY, "to": DAY });
    let theirs = app
        .query(&longquan.access_token, LIST, on_day.clone())
        .await;
    assert_eq!(theirs.data()["drills"]["totalCount"], 0);
    let get = "query($id: ID!) { drill(id: $id) { id } }";
    let outside = app
        .query(&longquan.access_token, get, json!({ "id": id }))
        .await;
    let missing = app
        .query(
            &longquan.access_token,
            get,
            json!({ "id": uuid::Uuid::new_v4().to_string() }),
        )
        .await;
    assert_eq!(outside.error_code().as_deref(), Some("NOT_FOUND"));
    assert_eq!(outside.text, missing.text);
    let node = "query($id: ID!) { node(id: $id) { __typename } }";
    let shown = app
        .query(&township.access_token, node, json!({ "id": id }))
        .await;
    assert_eq!(shown.data()["node"]["__typename"], "Drill");
    let mine = app.query(&township.access_token, LIST, on_day).await;
    assert_eq!(mine.data()["drills"]["totalCount"], 1);
}

#[tokio::test]
async fn a_retried_drill_is_one_and_a_correction_keeps_the_old_version() {
    let app = app_at(MID_NOVEMBER).await;
    let lingyun = app.node_id(LINGYUN).await;
    let officer = app.login_demo("lingyun").await;
    for day in ["2026-11-21", "2026-09-30"] {
        let a = app
            .query(
                &officer.access_token,
                RECORD,
                json!({ "input": drill(&lingyun, day) }),
            )
            .await;
        assert_eq!(a.error_field(), Some("heldOn"), "{day}: {}", a.text);
    }
    let input = json!({ "input": drill(&lingyun, DAY) });
    let answers = futures_util::future::join_all(
        (0..3).map(|_| app.query(&officer.access_token, RECORD, input.clone())),
    )
    .await;
    let ids: Vec<_> = answers
        .iter()
        .map(|a| a.data()["recordDrill"]["id"].as_str().unwrap().to_string())
        .collect();
    assert!(ids.iter().all(|i| *i == ids[0]), "{ids:?}");
    let correct = "mutation($id: ID!, $v: Int!) {
      correctDrill(id: $id, version: $v, reason: \"人数记错\", participantCount: 40) {
        version participantCount earlierVersions { version reason snapshot } } }";
    let done = app
        .query(
            &officer.access_token,
            correct,
            json!({ "id": ids[0], "v": 1 }),
        )
        .await;
    let d = &done.data()["correctDrill"];
    assert_eq!(d["version"], 2);
    assert_eq!(d["participantCount"], 40);
    assert!(d["earlierVersions"][0]["snapshot"]
        .as_str()
        .unwrap()
        .contains("36"));
}
