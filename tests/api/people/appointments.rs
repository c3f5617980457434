//! Appointing and replacing officers: history stays.
use crate::helpers::{spawn_demo_app, Session, TestApp};
use serde_json::{json, Value};

const APPOINTMENTS: &str =
    "query($id: ID!, $all: Boolean!) { node: gridNode(id: $id) { appointments(includeEnded: $all) {
  id version role current startDate endDate person { name } } } }";
const REPLACE: &str = "mutation($input: ReplaceAppointmentInput!) { replaceAppointment(input: $input) { id current person { name } } }";

async fn appointments(app: &TestApp, s: &Session, node: &str, all: bool) -> Vec<Value> {
    let answer = app
        .query(
            &s.access_token,
            APPOINTMENTS,
            json!({ "id": node, "all": all }),
        )
        .await;
    answer.data()["node"]["appointments"]
        .as_array()
        .unwrap()
        .clone()
}

fn names(list: &[Value]) -> Vec<&str> {
    list.iter()
        .map(|a| a["person"]["name"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn replacing_an_officer_ends_the_old_appointment_and_keeps_it_in_the_history() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let lingyun = app.node_id("520327002204").await;
    let current = appointments(&app, &s, &lingyun, false).await;
    assert_eq!(current.len(), 1, "凌云村 has one officer in the demo");
    let old = &current[0];
    let old_name = old["person"]["name"].as_str().unwrap().to_string();
    let today = api::clock::today().to_string();

    let input = json!({ "appointmentId": old["id"], "version": old["version"], "endDate": today, "startDate": today,
                        "newPerson": { "name": "赵继任", "phone": "13600002222" } });
    let replaced = app
        .query(&s.access_token, REPLACE, json!({ "input": input }))
        .await;
    assert_eq!(
        replaced.data()["replaceAppointment"]["person"]["name"],
        "赵继任"
    );

    assert_eq!(
        names(&appointments(&app, &s, &lingyun, false).await),
        ["赵继任"]
    );
    let history = appointments(&app, &s, &lingyun, true).await;
    assert_eq!(history.len(), 2);
    let ended = history
        .iter()
        .find(|a| a["person"]["name"] == json!(old_name))
        .expect("the predecessor stays");
    assert_eq!(ended["endDate"], json!(today));
    assert_eq!(ended["current"], false);
}

#[tokio::test]
async fn a_successor_cannot_start_before_the_predecessor_ends() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let lingyun = app.node_id("520327002204").await;
    let old = appointments(&app, &s, &lingyun, false).await[0].clone();
    let input = json!({ "appointmentId": old["id"], "version": old["version"], "endDate": "2025-06-02", "startDate": "2025-06-01",
                        "newPerson": { "name": "赵继任", "phone": "13600002222" } });
    let answer = app
        .query(&s.access_token, REPLACE, json!({ "input": input }))
        .await;
    assert_eq!(answer.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(answer.error_field(), Some("startDate"));
    assert_eq!(
        appointments(&app, &s, &lingyun, true).await.len(),
        1,
        "nothing changed"
    );
}

#[tokio::test]
async fn an_officer_goes_to_a_village_and_a_liaison_to_a_group() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let village = app.node_id("520327002204").await;
    let group = app.node_id("520327002204001").await;
    for (node, role) in [
        (&village, "GROUP_LIAISON"),
        (&group, "VILLAGE_OFFICER"),
        (&s.node_id, "VILLAGE_OFFICER"),
    ] {
        let input = json!({ "nodeId": node, "role": role, "startDate": "2025-01-01", "newPerson": { "name": "错岗", "phone": "13600003333" } });
        let answer = app
            .query(
                &s.access_token,
                "mutation($input: AppointInput!) { appoint(input: $input) { id } }",
                json!({ "input": input }),
            )
            .await;
        assert_eq!(
            answer.error_code().as_deref(),
            Some("BAD_USER_INPUT"),
            "{role}: {}",
            answer.text
        );
        assert_eq!(answer.error_field(), Some("role"));
    }
}

#[tokio::test]
async fn appointing_the_same_person_to_the_same_post_twice_is_a_conflict() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let group = app.node_id("520327002204002").await;
    let appoint = "mutation($input: AppointInput!) { appoint(input: $input) { person { id } } }";
    let first = app
        .query(
            &s.access_token,
            appoint,
            json!({ "input": { "nodeId": group, "role": "GROUP_LIAISON", "startDate": "2025-01-01",
            "newPerson": { "name": "钱联络", "phone": "13600004444" } } }),
        )
        .await;
    let person = first.data()["appoint"]["person"]["id"].clone();
    let again = app
        .query(&s.access_token, appoint, json!({ "input": { "nodeId": group, "role": "GROUP_LIAISON", "startDate": "2025-02-01", "personId": person } }))
        .await;
    assert_eq!(
        again.error_code().as_deref(),
        Some("CONFLICT"),
        "{}",
        again.text
    );
}

#[tokio::test]
async fn dates_far_from_today_are_bad_user_input_naming_the_field() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let group = app.node_id("520327002204002").await;
    for (start, training) in [
        ("2108-01-01", None),
        ("1999-12-31", None),
        ("2025-01-01", Some("2108-01-01")),
    ] {
        let input = json!({ "nodeId": group, "role": "GROUP_LIAISON", "startDate": start, "trainingDate": training,
                            "newPerson": { "name": "孙日期", "phone": "13600005555" } });
        let answer = app
            .query(
                &s.access_token,
                "mutation($input: AppointInput!) { appoint(input: $input) { id } }",
                json!({ "input": input }),
            )
            .await;
        assert_eq!(
            answer.error_code().as_deref(),
            Some("BAD_USER_INPUT"),
            "{start}/{training:?}"
        );
        let field = if training.is_some() {
            "trainingDate"
        } else {
            "startDate"
        };
        assert_eq!(answer.error_field(), Some(field));
    }
}

#[tokio::test]
async fn an_appointment_cannot_end_before_it_started() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let lingyun = app.node_id("520327002204").await;
    let old = appointments(&app, &s, &lingyun, false).await[0].clone();
    let start =
        chrono::NaiveDate::parse_from_str(old["startDate"].as_str().unwrap(), "%Y-%m-%d").unwrap();
    let before_start = (start - chrono::Duration::days(1)).to_string();
    let answer = app
        .query(
            &s.access_token,
            "mutation($input: EndAppointmentInput!) { endAppointment(input: $input) { id } }",
            json!({ "input": { "appointmentId": old["id"], "version": old["version"], "endDate": before_start } }),
        )
        .await;
    assert_eq!(
        answer.error_code().as_deref(),
        Some("BAD_USER_INPUT"),
        "{}",
        answer.text
    );
    assert_eq!(answer.error_field(), Some("endDate"));
}
