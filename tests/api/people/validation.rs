//! SECURITY.md 22: bad input is BAD_USER_INPUT naming the field.
use crate::helpers::{spawn_demo_app, Answer, Session, TestApp};
use serde_json::{json, Value};

const CREATE: &str =
    "mutation($input: PersonInput!) { createPerson(input: $input) { id phone idNumber } }";

/// A valid resident ID number: region, birth date, sequence, check digit.
pub fn id_number(first17: &str) -> String {
    format!(
        "{first17}{}",
        api::validate::id_check_char(first17).unwrap()
    )
}

async fn create(app: &TestApp, s: &Session, person: Value) -> Answer {
    let mut input = person;
    input["nodeId"] = json!(s.node_id);
    app.query(&s.access_token, CREATE, json!({ "input": input }))
        .await
}

#[tokio::test]
async fn a_bad_phone_number_is_bad_user_input_naming_the_phone() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    for phone in [
        "12345",
        "23800138000",
        "1380013800a",
        "138001380001",
        "12800138000",
    ] {
        let answer = create(&app, &s, json!({ "name": "李四", "phone": phone })).await;
        assert_eq!(
            answer.error_code().as_deref(),
            Some("BAD_USER_INPUT"),
            "{phone}"
        );
        assert_eq!(answer.error_field(), Some("phone"), "{phone}");
    }
}

#[tokio::test]
async fn a_phone_with_spaces_dashes_and_plus86_is_stored_as_eleven_digits() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let answer = create(
        &app,
        &s,
        json!({ "name": "李四", "phone": "+86 138-0013-8000" }),
    )
    .await;
    assert_eq!(answer.data()["createPerson"]["phone"], "13800138000");
}

#[tokio::test]
async fn an_id_number_with_a_wrong_check_digit_is_bad_user_input_naming_the_field() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let good = id_number("52032719800101123");
    let last = good.chars().last().unwrap();
    let wrong = format!("{}{}", &good[..17], if last == '1' { '2' } else { '1' });
    let answer = create(
        &app,
        &s,
        json!({ "name": "王五", "phone": "13800138000", "idNumber": wrong }),
    )
    .await;
    assert_eq!(
        answer.error_code().as_deref(),
        Some("BAD_USER_INPUT"),
        "{wrong}"
    );
    assert_eq!(answer.error_field(), Some("idNumber"));

    let accepted = create(
        &app,
        &s,
        json!({ "name": "王五", "phone": "13800138000", "idNumber": good }),
    )
    .await;
    assert_eq!(accepted.data()["createPerson"]["idNumber"], json!(good));
}

#[tokio::test]
async fn an_id_number_with_an_impossible_birth_date_is_bad_user_input() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    for first17 in [
        "52032719801301123",
        "52032718000101123",
        "52032730000101123",
    ] {
        let answer = create(
            &app,
            &s,
            json!({ "name": "王五", "phone": "13800138000", "idNumber": id_number(first17) }),
        )
        .await;
        assert_eq!(
            answer.error_field(),
            Some("idNumber"),
            "{first17}: {}",
            answer.text
        );
    }
}

#[tokio::test]
async fn updating_a_person_validates_like_creating_one() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let created = create(&app, &s, json!({ "name": "赵六", "phone": "13800138000" })).await;
    let id = created.data()["createPerson"]["id"].clone();
    let answer = app
        .query(
            &s.access_token,
            "mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }",
            json!({ "input": { "id": id, "version": 1, "phone": "999" } }),
        )
        .await;
    assert_eq!(answer.error_field(), Some("phone"));
}
