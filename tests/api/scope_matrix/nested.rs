//! Nested fields and `allowedActions` in the matrix: a record is read with
//! every field of its type (a new field fails `every_nested_field_...`
//! until it is added here), by every demo role, inside and outside their
//! subtree. Inside, every nested field answers and `allowedActions` is the
//! table's; outside, the whole answer is NOT_FOUND, nested fields included.
use crate::hazards::fixtures::{hazard_input, uploaded_photo};
use crate::helpers::{spawn_demo_app, Session, TestApp};
use async_graphql::parser::types::{TypeKind, TypeSystemDefinition};
use serde_json::{json, Value};

const HAZARD: &str = "query($id: ID!) { hazard(id: $id) {
  allowedActions id node { id name allowedActions } handlingNode { id } handlingNodeName handlingLevel
  title description severity category categoryName state deadline overdue daysOverdue placePath responsibleName
  measures latitude longitude accuracyM inspectionId reportedAt reporterName rectifiedAt
  closedAt photos { id url } history { id action fromState toState fromHandlingCode
  toHandlingCode actorName note deadline createdAt photos { id } } allowedNextStates version
} }";

const INSPECTION: &str = "query($id: ID!) { inspection(id: $id) {
  allowedActions id node { id name } kind occurredAt sectors { code nameZh nameEn } notes
  latitude longitude accuracyM person { id name allowedActions } authorName photos { id url }
  locked version createdAt
} }";

/// The fields of `type_name` in the schema.
pub(super) fn fields_of(type_name: &str) -> Vec<String> {
    let sdl = api::graphql::sdl();
    let doc = async_graphql::parser::parse_schema(&sdl).expect("the SDL parses");
    for d in doc.definitions {
        let TypeSystemDefinition::Type(ty) = d else {
            continue;
        };
        if ty.node.name.node.as_str() != type_name {
            continue;
        }
        if let TypeKind::Object(o) = &ty.node.kind {
            return o
                .fields
                .iter()
                .map(|f| f.node.name.node.to_string())
                .collect();
        }
    }
    panic!("no type {type_name} in the schema")
}

#[test]
fn every_nested_field_of_a_hazard_and_an_inspection_is_in_the_matrix() {
    for (ty, doc) in [("Hazard", HAZARD), ("Inspection", INSPECTION)] {
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

struct Users {
    viewer: Session,
    county: Session,
    township: Session,
    officer: Session,
    liaison: Session,
}

async fn users(app: &TestApp) -> Users {
    Users {
        viewer: app.login_demo("zunyi").await,
        county: app.login_demo("fenggang").await,
        township: app.login_demo("heba").await,
        officer: app.login_demo("lingyun").await,
        liaison: app.login_demo("lingyun-1").await,
    }
}

async fn read(
    app: &TestApp,
    s: &Session,
    doc: &str,
    id: &str,
    field: &str,
) -> Result<Value, String> {
    let answer = app.query(&s.access_token, doc, json!({ "id": id })).await;
    match answer.error_code() {
        None => Ok(answer.body["data"][field].clone()),
        Some(code) => Err(code),
    }
}

fn actions(v: &Value) -> Vec<String> {
    let mut a: Vec<String> = v["allowedActions"]
        .as_array()
        .expect("allowedActions")
        .iter()
        .map(|x| x.as_str().unwrap_or_default().to_string())
        .collect();
    a.sort();
    a
}

const OPEN_HAZARD: [&str; 4] = [
    "EDIT_HAZARD",
    "ESCALATE",
    "FIX_ON_SPOT",
    "PLAN_RECTIFICATION",
];

#[tokio::test]
async fn nested_hazard_fields_and_actions_follow_the_decision_for_every_role() {
    let app = spawn_demo_app().await;
    let u = users(&app).await;
    let group = app.node_id("520327002204001").await;
    let photo = uploaded_photo(&app, "heba").await;
    let here = app
        .query(
            &u.township.access_token,
            "mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id } }",
            json!({ "input": hazard_input(&group, json!({ "photoIds": [photo] })) }),
        )
        .await;
    let here = here.data()["reportHazard"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    // A hazard in the sibling township 龙泉镇, reported by its administrator.
    let longquan = app.login_demo("longquan").await;
    let elsewhere = app
        .query(
            &longquan.access_token,
            "mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id } }",
            json!({ "input": hazard_input(&longquan.node_id, json!({})) }),
        )
        .await;
    let elsewhere = elsewhere.data()["reportHazard"]["id"]
        .as_str()
        .unwrap()
        .to_string();

    let open: Vec<String> = OPEN_HAZARD.iter().map(|s| s.to_string()).collect();
    type Case<'a> = (&'a str, &'a Session, &'a str, Result<Vec<String>, &'a str>);
    let cases: [Case; 10] = [
        ("viewer, inside", &u.viewer, &here, Ok(vec![])),
        ("county, inside", &u.county, &here, Ok(open.clone())),
        ("township, inside", &u.township, &here, Ok(open.clone())),
        ("officer, inside", &u.officer, &here, Ok(open.clone())),
        ("liaison, its group", &u.liaison, &here, Ok(open.clone())),
        ("viewer, whole city", &u.viewer, &elsewhere, Ok(vec![])),
        (
            "county, whole county",
            &u.county,
            &elsewhere,
            Ok(open.clone()),
        ),
        (
            "township, sibling",
            &u.township,
            &elsewhere,
            Err("NOT_FOUND"),
        ),
        ("officer, cousin", &u.officer, &elsewhere, Err("NOT_FOUND")),
        ("liaison, cousin", &u.liaison, &elsewhere, Err("NOT_FOUND")),
    ];
    let mut wrong = Vec::new();
    for (name, s, id, expected) in cases {
        let got = read(&app, s, HAZARD, id, "hazard").await;
        match (&got, &expected) {
            (Ok(h), Ok(acts)) => {
                if &actions(h) != acts {
                    wrong.push(format!(
                        "{name}: actions {:?}, expected {acts:?}",
                        actions(h)
                    ));
                }
                if h["node"]["id"].is_null() || h["history"].as_array().is_none_or(|a| a.is_empty())
                {
                    wrong.push(format!("{name}: nested node or history missing: {h}"));
                }
            }
            (Err(code), Err(want)) if code == want => {}
            _ => wrong.push(format!("{name}: got {got:?}, expected {expected:?}")),
        }
    }
    // The reported photo shows through the hazard to whoever sees it.
    let seen = read(&app, &u.liaison, HAZARD, &here, "hazard")
        .await
        .unwrap();
    assert_eq!(seen["photos"].as_array().map(Vec::len), Some(1));

    // Escalated to the village: the liaison still sees it, but acts no more.
    app.query(
        &u.liaison.access_token,
        "mutation($id: ID!) { escalateHazard(id: $id, reason: \"组里处理不了\") { id } }",
        json!({ "id": here }),
    )
    .await
    .data();
    let up = read(&app, &u.liaison, HAZARD, &here, "hazard")
        .await
        .unwrap();
    if !actions(&up).is_empty() || !up["handlingNode"].is_null() {
        wrong.push(format!("liaison after escalation: {up}"));
    }
    let officer = read(&app, &u.officer, HAZARD, &here, "hazard")
        .await
        .unwrap();
    if actions(&officer) != open {
        wrong.push(format!("officer after escalation: {:?}", actions(&officer)));
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn nested_inspection_fields_and_corrections_follow_the_decision_for_every_role() {
    let app = spawn_demo_app().await;
    let u = users(&app).await;
    let group = app.node_id("520327002204001").await;
    let photo = uploaded_photo(&app, "lingyun").await;
    let at = (chrono::Utc::now() - chrono::Duration::minutes(5)).to_rfc3339();
    let made = app
        .query(
            &u.officer.access_token,
            "mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }",
            json!({ "input": {
                "nodeId": group, "kind": "VILLAGE_INSPECTION", "occurredAt": at,
                "sectors": ["FIRE"], "notes": "检查了二组柴草堆放", "photoIds": [photo],
                "idempotencyKey": uuid::Uuid::new_v4().to_string() } }),
        )
        .await;
    let id = made.data()["recordInspection"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let correct = vec!["CORRECT_INSPECTION".to_string()];
    let cases: [(&str, &Session, Vec<String>); 5] = [
        ("viewer", &u.viewer, vec![]),
        ("county administrator", &u.county, correct.clone()),
        ("township administrator", &u.township, correct.clone()),
        ("its author", &u.officer, correct.clone()),
        ("the group's liaison, not its author", &u.liaison, vec![]),
    ];
    let mut wrong = Vec::new();
    for (name, s, expected) in cases {
        match read(&app, s, INSPECTION, &id, "inspection").await {
            Ok(i) => {
                if actions(&i) != expected {
                    wrong.push(format!("{name}: {:?}, expected {expected:?}", actions(&i)));
                }
                // The officer's person shows through the record, even to the
                // liaison, whose subtree does not hold the village's people.
                if i["person"]["name"].is_null() || i["photos"].as_array().map(Vec::len) != Some(1)
                {
                    wrong.push(format!("{name}: nested person or photos missing: {i}"));
                }
            }
            Err(code) => wrong.push(format!("{name}: {code}")),
        }
    }
    let longquan = app.login_demo("longquan").await;
    match read(&app, &longquan, INSPECTION, &id, "inspection").await {
        Err(code) if code == "NOT_FOUND" => {}
        other => wrong.push(format!("sibling township: {other:?}")),
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
