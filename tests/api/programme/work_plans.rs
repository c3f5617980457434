//! Work plans: one per village and year, recorded by its officer; a second
//! one is refused with `work_plan.exists` (correct the first instead); a
//! correction keeps the old version; a sibling township sees nothing.
use super::fixtures::key;
use crate::inspections::{app_at, LINGYUN, MID_NOVEMBER};
use serde_json::{json, Value};

const DAY: &str = "2026-11-18";
const RECORD: &str = "mutation($input: RecordWorkPlanInput!) { recordWorkPlan(input: $input) {
  id year adoptedOn title content version } }";

fn plan(node: &str, year: i32) -> Value {
    json!({ "nodeId": node, "year": year, "adoptedOn": DAY, "title": "2027年村级安全生产工作计划",
            "content": "每季度一次安全会议；汛期前演练；每月宣传", "idempotencyKey": key() })
}

#[tokio::test]
async fn a_second_plan_for_the_same_village_and_year_is_a_correction_not_a_plan() {
    let app = app_at(MID_NOVEMBER).await;
    let lingyun = app.node_id(LINGYUN).await;
    let officer = app.login_demo("lingyun").await;
    let made = app
        .query(
            &officer.access_token,
            RECORD,
            json!({ "input": plan(&lingyun, 2027) }),
        )
        .await;
    let id = made.data()["recordWorkPlan"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let again = app
        .query(
            &officer.access_token,
            RECORD,
            json!({ "input": plan(&lingyun, 2027) }),
        )
        .await;
    assert_eq!(
        again.error_code().as_deref(),
        Some("CONFLICT"),
        "{}",
        again.text
    );
    let ext = &again.body["errors"][0]["extensions"];
    assert_eq!(ext["key"], "work_plan.exists");
    assert_eq!(ext["params"]["workPlanId"], id.as_str());
    let far = app
        .query(
            &officer.access_token,
            RECORD,
            json!({ "input": plan(&lingyun, 2029) }),
        )
        .await;
    assert_eq!(far.error_field(), Some("year"));
    let this_year = app
        .query(
            &officer.access_token,
            RECORD,
            json!({ "input": plan(&lingyun, 2026) }),
        )
        .await;
    assert_eq!(this_year.data()["recordWorkPlan"]["year"], 2026);

    let correct = "mutation($id: ID!, $v: Int!) {
      correctWorkPlan(id: $id, version: $v, reason: \"补充演练安排\", content: \"每季度会议；两次演练\") {
        version content earlierVersions { version reason snapshot } } }";
    let done = app
        .query(&officer.access_token, correct, json!({ "id": id, "v": 1 }))
        .await;
    let p = &done.data()["correctWorkPlan"];
    assert_eq!(p["version"], 2);
    assert!(p["earlierVersions"][0]["snapshot"]
        .as_str()
        .unwrap()
        .contains("每月宣传"));

    let list = "query { workPlans(year: 2027, first: 100) { totalCount nodes { id } } }";
    let mine = app.query(&officer.access_token, list, json!({})).await;
    assert_eq!(mine.data()["workPlans"]["totalCount"], 1);
    let longquan = app.login_demo("longquan").await;
    let theirs = app.query(&longquan.access_token, list, json!({})).await;
    assert_eq!(theirs.data()["workPlans"]["totalCount"], 0);
    let get = "query($id: ID!) { workPlan(id: $id) { id } }";
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
    let liaison = app.login_demo("lingyun-1").await;
    let refused = app
        .query(
            &liaison.access_token,
            RECORD,
            json!({ "input": plan(&liaison.node_id, 2027) }),
        )
        .await;
    assert_eq!(
        refused.error_code().as_deref(),
        Some("FORBIDDEN"),
        "{}",
        refused.text
    );
}
