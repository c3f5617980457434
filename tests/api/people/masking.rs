//! SECURITY.md 14 and 32: ID numbers and phones are shown whole only to the
//! roles that need them.
use super::validation::id_number;
use crate::helpers::{spawn_demo_app, Session, TestApp};
use serde_json::{json, Value};

async fn person_seen_by(app: &TestApp, s: &Session, id: &Value) -> Value {
    let answer = app
        .query(
            &s.access_token,
            "query($id: ID!) { person(id: $id) { phone idNumber } }",
            json!({ "id": id }),
        )
        .await;
    answer.data()["person"].clone()
}

/// A person registered at 凌云村第一村民组, with a known phone and ID number.
async fn registered_person(app: &TestApp) -> (Value, String) {
    let heba = app.login_demo("heba").await;
    let id_no = id_number("52032719850615002");
    let group = app.node_id("520327002204001").await;
    let answer = app
        .query(
            &heba.access_token,
            "mutation($input: PersonInput!) { createPerson(input: $input) { id } }",
            json!({ "input": { "nodeId": group, "name": "周七", "phone": "13912345678", "idNumber": id_no } }),
        )
        .await;
    (answer.data()["createPerson"]["id"].clone(), id_no)
}

#[tokio::test]
async fn a_village_officer_sees_id_numbers_masked_and_phones_whole() {
    let app = spawn_demo_app().await;
    let (person, id_no) = registered_person(&app).await;
    let lingyun = app.login_demo("lingyun").await;
    let seen = person_seen_by(&app, &lingyun, &person).await;
    let masked = seen["idNumber"].as_str().unwrap();
    assert_ne!(masked, id_no);
    assert_eq!(
        masked,
        format!("{}{}{}", &id_no[..4], "*".repeat(10), &id_no[14..])
    );
    assert_eq!(seen["phone"], "13912345678");
}

#[tokio::test]
async fn a_township_administrator_sees_id_numbers_whole() {
    let app = spawn_demo_app().await;
    let (person, id_no) = registered_person(&app).await;
    let heba = app.login_demo("heba").await;
    assert_eq!(
        person_seen_by(&app, &heba, &person).await["idNumber"],
        json!(id_no)
    );
}

#[tokio::test]
async fn a_viewer_sees_phones_and_id_numbers_masked() {
    let app = spawn_demo_app().await;
    let (person, id_no) = registered_person(&app).await;
    let zunyi = app.login_demo("zunyi").await;
    let seen = person_seen_by(&app, &zunyi, &person).await;
    assert_eq!(seen["phone"], "139****5678");
    assert_ne!(seen["idNumber"], json!(id_no));
    assert!(
        !seen.to_string().contains(&id_no[6..14]),
        "the birth date must not show: {seen}"
    );
}
