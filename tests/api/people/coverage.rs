//! Coverage: villages without a current officer, groups without a current
//! liaison, counted and listed for the caller's subtree.
use crate::helpers::{spawn_demo_app, Answer, Session, TestApp};
use serde_json::{json, Value};

const COVERAGE: &str = "query($id: ID!) { node: gridNode(id: $id) { coverage {
  villageCount villagesCovered groupCount groupsCovered
  villagesWithoutOfficer(first: 100) { totalCount nodes { id name } }
  groupsWithoutLiaison(first: 100) { totalCount nodes { id name } } } } }";
const APPOINT: &str =
    "mutation($input: AppointInput!) { appoint(input: $input) { id version current } }";
const END: &str =
    "mutation($input: EndAppointmentInput!) { endAppointment(input: $input) { current endDate } }";

async fn coverage(app: &TestApp, s: &Session, node: &str) -> Value {
    app.query(&s.access_token, COVERAGE, json!({ "id": node }))
        .await
        .data()["node"]["coverage"]
        .clone()
}

fn ids(list: &Value) -> Vec<String> {
    list["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_string())
        .collect()
}

fn today() -> String {
    api::clock::today().to_string()
}

async fn appoint(app: &TestApp, s: &Session, node: &str, role: &str, start: &str) -> Answer {
    let input = json!({ "nodeId": node, "role": role, "startDate": start, "newPerson": { "name": "补位人员", "phone": "13700001111" } });
    app.query(&s.access_token, APPOINT, json!({ "input": input }))
        .await
}

#[tokio::test]
async fn the_demo_county_has_a_few_deliberate_gaps() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("fenggang").await;
    let c = coverage(&app, &s, &s.node_id).await;
    assert_eq!(c["villageCount"], 87);
    let gaps = c["villagesWithoutOfficer"]["totalCount"].as_i64().unwrap();
    assert!(gaps > 0 && gaps < 20, "{gaps} villages without an officer");
    assert_eq!(c["villagesCovered"].as_i64().unwrap() + gaps, 87);
    let group_gaps = c["groupsWithoutLiaison"]["totalCount"].as_i64().unwrap();
    assert_eq!(
        c["groupsCovered"].as_i64().unwrap() + group_gaps,
        c["groupCount"].as_i64().unwrap()
    );
}

#[tokio::test]
async fn appointing_an_officer_closes_a_village_gap_and_ending_it_reopens_it() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("fenggang").await;
    let before = coverage(&app, &s, &s.node_id).await;
    let village = ids(&before["villagesWithoutOfficer"])[0].clone();

    let appointed = appoint(&app, &s, &village, "VILLAGE_OFFICER", &today()).await;
    let appointment = appointed.data()["appoint"].clone();
    assert_eq!(appointment["current"], true);
    let during = coverage(&app, &s, &s.node_id).await;
    assert_eq!(
        during["villagesCovered"],
        json!(before["villagesCovered"].as_i64().unwrap() + 1)
    );
    assert!(!ids(&during["villagesWithoutOfficer"]).contains(&village));
    assert_eq!(
        during["villagesWithoutOfficer"]["totalCount"],
        json!(
            before["villagesWithoutOfficer"]["totalCount"]
                .as_i64()
                .unwrap()
                - 1
        )
    );

    let ended = app
        .query(&s.access_token, END, json!({ "input": { "appointmentId": appointment["id"], "version": appointment["version"], "endDate": today() } }))
        .await;
    assert_eq!(ended.data()["endAppointment"]["current"], false);
    let after = coverage(&app, &s, &s.node_id).await;
    assert_eq!(after["villagesCovered"], before["villagesCovered"]);
    assert!(ids(&after["villagesWithoutOfficer"]).contains(&village));
}

#[tokio::test]
async fn appointing_a_liaison_closes_a_group_gap() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("fenggang").await;
    let before = coverage(&app, &s, &s.node_id).await;
    let group = ids(&before["groupsWithoutLiaison"])[0].clone();
    appoint(&app, &s, &group, "GROUP_LIAISON", &today())
        .await
        .data();
    let after = coverage(&app, &s, &s.node_id).await;
    assert_eq!(
        after["groupsCovered"],
        json!(before["groupsCovered"].as_i64().unwrap() + 1)
    );
    assert!(!ids(&after["groupsWithoutLiaison"]).contains(&group));
}

#[tokio::test]
async fn an_appointment_starting_tomorrow_does_not_cover_today() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("fenggang").await;
    let before = coverage(&app, &s, &s.node_id).await;
    let village = ids(&before["villagesWithoutOfficer"])[0].clone();
    let tomorrow = (api::clock::today() + chrono::Duration::days(1)).to_string();
    let answer = appoint(&app, &s, &village, "VILLAGE_OFFICER", &tomorrow).await;
    assert_eq!(answer.data()["appoint"]["current"], false);
    let after = coverage(&app, &s, &s.node_id).await;
    assert!(ids(&after["villagesWithoutOfficer"]).contains(&village));
}

#[tokio::test]
async fn a_township_s_coverage_counts_only_its_own_villages() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let villages = app
        .query(
            &s.access_token,
            "{ nodes(level: VILLAGE) { totalCount } }",
            json!({}),
        )
        .await;
    let c = coverage(&app, &s, &s.node_id).await;
    assert_eq!(c["villageCount"], villages.data()["nodes"]["totalCount"]);
    assert!(c["villageCount"].as_i64().unwrap() < 87);
}
