//! Reporting hazards and moving them along, as the web app does.
use crate::helpers::{Answer, Session, TestApp};
use entity::photo;
use sea_orm::{ActiveModelTrait, Set};
use serde_json::{json, Value};
use uuid::Uuid;

pub const LINGYUN: &str = "520327002204";
pub const LINGYUN_GROUP1: &str = "520327002204001";

pub const HAZARD_FIELDS: &str = "id state version deadline overdue title severity
  handlingNode { id name } handlingNodeName handlingLevel allowedNextStates
  history { action fromState toState actorName note fromHandlingCode toHandlingCode }";

pub fn report_mutation() -> String {
    format!("mutation($input: ReportHazardInput!) {{ reportHazard(input: $input) {{ {HAZARD_FIELDS} }} }}")
}

/// A photo as if `session`'s account had just uploaded it (the row the
/// upload endpoint makes), so hazard tests do not depend on image decoding.
pub async fn uploaded_photo(app: &TestApp, username: &str) -> String {
    use entity::account;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let acc = account::Entity::find()
        .filter(account::Column::Username.eq(username))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let id = Uuid::new_v4();
    photo::ActiveModel {
        id: Set(id),
        sha256: Set(format!("{:064x}", id.as_u128())),
        node_code: Set(acc.node_code),
        owner_kind: Set(None),
        owner_id: Set(None),
        uploaded_by: Set(acc.id),
        mime: Set("image/jpeg".into()),
        byte_size: Set(1000),
        width: Set(10),
        height: Set(10),
        exif_latitude: Set(None),
        exif_longitude: Set(None),
        exif_taken_at: Set(None),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(&app.state.db)
    .await
    .unwrap();
    id.to_string()
}

/// A general road hazard at `node`, with `extra` fields merged in.
pub fn hazard_input(node: &str, extra: Value) -> Value {
    let mut input = json!({
        "nodeId": node,
        "title": "村道边坡落石",
        "description": "二组路口上方边坡有松动石块",
        "severity": "GENERAL",
        "category": "ROAD_TRAFFIC",
        "fixedOnSpot": false,
        "idempotencyKey": Uuid::new_v4().to_string(),
    });
    if let (Some(base), Some(more)) = (input.as_object_mut(), extra.as_object()) {
        for (k, v) in more {
            base.insert(k.clone(), v.clone());
        }
    }
    input
}

pub async fn report(app: &TestApp, s: &Session, input: Value) -> Answer {
    app.query(
        &s.access_token,
        &report_mutation(),
        json!({ "input": input }),
    )
    .await
}

pub async fn report_ok(app: &TestApp, s: &Session, node: &str, extra: Value) -> Value {
    let answer = report(app, s, hazard_input(node, extra)).await;
    answer.data()["reportHazard"].clone()
}

/// Runs one step mutation (`field` with `args`) and returns the answer.
pub async fn step(app: &TestApp, s: &Session, field: &str, args: &str, vars: Value) -> Answer {
    let q = format!("mutation($id: ID!{args}) {{ {field} {{ {HAZARD_FIELDS} }} }}");
    app.query(&s.access_token, &q, vars).await
}

pub fn today_plus(app: &TestApp, days: i64) -> String {
    (app.state.today() + chrono::Duration::days(days)).to_string()
}

pub async fn plan(app: &TestApp, s: &Session, id: &Value, deadline: &str) -> Answer {
    step(
        app,
        s,
        "planRectification(id: $id, deadline: $d, responsibleName: \"张组长\", measures: \"清理落石，设置警示牌\")",
        ", $d: NaiveDate!",
        json!({ "id": id, "d": deadline }),
    )
    .await
}

pub async fn rectify(app: &TestApp, s: &Session, id: &Value) -> Answer {
    step(
        app,
        s,
        "rectifyHazard(id: $id, note: \"已清理落石并设置警示牌\")",
        "",
        json!({ "id": id }),
    )
    .await
}

pub async fn verify(app: &TestApp, s: &Session, id: &Value, passed: bool) -> Answer {
    step(
        app,
        s,
        "verifyHazard(id: $id, passed: $p, note: \"现场复查\")",
        ", $p: Boolean!",
        json!({ "id": id, "p": passed }),
    )
    .await
}

pub async fn reopen(app: &TestApp, s: &Session, id: &Value) -> Answer {
    step(
        app,
        s,
        "reopenHazard(id: $id, reason: \"雨后再次出现落石\")",
        "",
        json!({ "id": id }),
    )
    .await
}

pub async fn escalate(app: &TestApp, s: &Session, id: &Value) -> Answer {
    step(
        app,
        s,
        "escalateHazard(id: $id, reason: \"组里无法处理\")",
        "",
        json!({ "id": id }),
    )
    .await
}

pub async fn fix_on_spot(app: &TestApp, s: &Session, id: &Value, photo: &str) -> Answer {
    step(
        app,
        s,
        "fixHazardOnSpot(id: $id, note: \"当场清除\", photoIds: [$p])",
        ", $p: ID!",
        json!({ "id": id, "p": photo }),
    )
    .await
}

pub async fn edit(app: &TestApp, s: &Session, id: &Value, version: &Value) -> Answer {
    step(
        app,
        s,
        "editHazard(id: $id, version: $v, title: \"村道边坡落石（更正）\", reason: \"标题有误\")",
        ", $v: Int!",
        json!({ "id": id, "v": version }),
    )
    .await
}

pub async fn fetch(app: &TestApp, s: &Session, id: &Value) -> Answer {
    app.query(
        &s.access_token,
        &format!("query($id: ID!) {{ hazard(id: $id) {{ {HAZARD_FIELDS} }} }}"),
        json!({ "id": id }),
    )
    .await
}
