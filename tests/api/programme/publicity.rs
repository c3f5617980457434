//! Publicity sessions: a liaison records them at its group, a village
//! officer at the village; a sibling township sees nothing; a retried key
//! makes one; a correction keeps the old version; a closed month is refused.
use super::fixtures::key;
use crate::inspections::{app_at, HEBA, LINGYUN, MID_NOVEMBER};
use serde_json::{json, Value};

const DAY: &str = "2026-11-18";
const RECORD: &str = "mutation($input: RecordPublicityInput!) { recordPublicity(input: $input) {
  id topic audienceCount version node { id } } }";
const LIST: &str = "query($from: NaiveDate, $to: NaiveDate) {
  publicitySessions(from: $from, to: $to, first: 100) { totalCount nodes { id } } }";

fn session(node: &str, day: &str) -> Value {
    json!({ "nodeId": node, "heldOn": day, "topic": "防溺水、不采食野生菌",
            "audienceCount": 48, "idempotencyKey": key() })
}

#[tokio::test]
async fn a_liaison_records_publicity_at_its_group_and_an_officer_at_the_village() {
    let app = app_at(MID_NOVEMBER).await;
    let lingyun = app.node_id(LINGYUN).await;
    let heba = app.node_id(HEBA).await;
    let liaison = app.login_demo("lingyun-1").await;
    let at_group = json!({ "input": session(&liaison.node_id, DAY) });
    let made = app.query(&liaison.access_token, RECORD, at_group).await;
    let id = made.data()["recordPublicity"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let above = app
        .query(
            &liaison.access_token,
            RECORD,
            json!({ "input": session(&lingyun, DAY) }),
        )
        .await;
    assert_eq!(above.error_code().as_deref(), Some("NOT_FOUND"));
    let officer = app.login_demo("lingyun").await;
    app.query(
        &officer.access_token,
        RECORD,
        json!({ "input": session(&lingyun, DAY) }),
    )
    .await
    .data();
    let township = app.login_demo("heba").await;
    let wrong = app
        .query(
            &township.access_token,
            RECORD,
            json!({ "input": session(&heba, DAY) }),
        )
        .await;
    assert_eq!(wrong.error_field(), Some("nodeId"), "{}", wrong.text);
    for day in ["2026-11-21", "2026-09-30"] {
        let a = app
            .query(
                &officer.access_token,
                RECORD,
                json!({ "input": session(&lingyun, day) }),
            )
            .await;
        assert_eq!(a.error_field(), Some("heldOn"), "{day}: {}", a.text);
    }

    let on_day = json!({ "from": DAY, "to": DAY });
    let mine = app
        .query(&township.access_token, LIST, on_day.clone())
        .await;
    assert_eq!(mine.data()["publicitySessions"]["totalCount"], 2);
    let longquan = app.login_demo("longquan").await;
    let theirs = app.query(&longquan.access_token, LIST, on_day).await;
    assert_eq!(theirs.data()["publicitySessions"]["totalCount"], 0);
    let get = "query($id: ID!) { publicitySession(id: $id) { id } }";
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
    assert_eq!(outside.text, missing.text);

    let correct = "mutation($id: ID!, $v: Int!) {
      correctPublicity(id: $id, version: $v, reason: \"人数记错\", audienceCount: 50) {
        version audienceCount earlierVersions { version } } }";
    let done = app
        .query(&liaison.access_token, correct, json!({ "id": id, "v": 1 }))
        .await;
    assert_eq!(
        done.data()["correctPublicity"]["earlierVersions"][0]["version"],
        1
    );
    assert_eq!(done.data()["correctPublicity"]["audienceCount"], 50);
    let retried = json!({ "input": session(&lingyun, DAY) });
    let a = app
        .query(&officer.access_token, RECORD, retried.clone())
        .await;
    let b = app.query(&officer.access_token, RECORD, retried).await;
    assert_eq!(
        a.data()["recordPublicity"]["id"],
        b.data()["recordPublicity"]["id"]
    );
}
