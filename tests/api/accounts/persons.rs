//! Every account belongs to a person: `createAccount` links one or makes
//! one, `setAccountPerson` changes it, and the demo and `create-admin`
//! accounts have theirs.
use super::{account_of, create, create_with, new_person};
use crate::helpers::spawn_demo_app;
use serde_json::json;

#[tokio::test]
async fn an_account_made_with_a_new_person_shows_that_person() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let person = new_person("何坝查看员");
    let answer = create_with(
        &app,
        &heba,
        "heba-viewer",
        &heba.node_id,
        "VIEWER",
        json!({ "newPerson": person }),
    )
    .await;
    assert_eq!(
        answer.data()["createAccount"]["person"]["name"],
        "何坝查看员"
    );
}

#[tokio::test]
async fn an_account_may_be_linked_to_an_existing_person_in_scope() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let (_, liaison_person) = account_of(&app, &heba, "lingyun-1").await;
    let village = app.node_id("520327002204").await;
    let answer = create_with(
        &app,
        &heba,
        "lingyun-1-second",
        &village,
        "VILLAGE_OFFICER",
        json!({ "personId": liaison_person }),
    )
    .await;
    assert_eq!(
        answer.data()["createAccount"]["person"]["id"],
        liaison_person.as_str()
    );
}

#[tokio::test]
async fn an_account_without_a_person_is_refused_naming_the_person() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let answer = create_with(&app, &heba, "nobody", &heba.node_id, "VIEWER", json!({})).await;
    assert_eq!(answer.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(answer.error_field(), Some("personId"), "{}", answer.text);
}

#[tokio::test]
async fn a_person_outside_the_subtree_cannot_be_linked() {
    let app = spawn_demo_app().await;
    let fenggang = app.login_demo("fenggang").await;
    let (_, county_person) = account_of(&app, &fenggang, "fenggang").await;
    let heba = app.login_demo("heba").await;
    let answer = create_with(
        &app,
        &heba,
        "borrowed",
        &heba.node_id,
        "VIEWER",
        json!({ "personId": county_person }),
    )
    .await;
    assert_eq!(answer.error_field(), Some("personId"), "{}", answer.text);
}

#[tokio::test]
async fn a_new_person_with_the_phone_of_a_registered_one_is_a_conflict() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let person = new_person("张三");
    create_with(
        &app,
        &heba,
        "zhangsan",
        &heba.node_id,
        "VIEWER",
        json!({ "newPerson": person }),
    )
    .await
    .data();
    let same_phone = json!({ "name": "张三丰", "phone": person["phone"] });
    let answer = create_with(
        &app,
        &heba,
        "zhangsan-2",
        &heba.node_id,
        "VIEWER",
        json!({ "newPerson": same_phone }),
    )
    .await;
    assert_eq!(
        answer.error_code().as_deref(),
        Some("CONFLICT"),
        "{}",
        answer.text
    );
}

#[tokio::test]
async fn every_demo_account_belongs_to_a_person_and_the_officers_to_their_appointed_one() {
    let app = spawn_demo_app().await;
    let fenggang = app.login_demo("fenggang").await;
    let list = app
        .query(
            &fenggang.access_token,
            "{ accounts(first: 100) { nodes { username person { name } } } }",
            json!({}),
        )
        .await;
    let nodes = list.data()["accounts"]["nodes"].as_array().unwrap().clone();
    assert_eq!(nodes.len(), 5, "{}", list.text);
    for a in &nodes {
        assert!(a["person"]["name"].is_string(), "{a}");
    }
    let village = app.node_id("520327002204").await;
    let officer = app
        .query(
            &fenggang.access_token,
            "query($id: ID!) { gridNode(id: $id) { appointments { role person { name } } } }",
            json!({ "id": village }),
        )
        .await;
    let appointed = officer.data()["gridNode"]["appointments"][0]["person"]["name"].clone();
    let lingyun = nodes.iter().find(|a| a["username"] == "lingyun").unwrap();
    assert_eq!(lingyun["person"]["name"], appointed);
}

#[tokio::test]
async fn create_admin_makes_a_person_for_the_administrator() {
    let app = spawn_demo_app().await;
    let root = app.root().await;
    let (_, person) = account_of(&app, &root, "root-admin").await;
    assert!(!person.is_empty());
}

#[tokio::test]
async fn an_administrator_above_sets_the_person_of_an_account() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let village = app.node_id("520327002205").await;
    create(&app, &heba, "chuantou", &village, "VILLAGE_OFFICER")
        .await
        .data();
    let (id, _) = account_of(&app, &heba, "chuantou").await;
    let answer = app
        .query(
            &heba.access_token,
            "mutation($id: ID!, $p: PersonInput) { setAccountPerson(id: $id, newPerson: $p) { person { name } } }",
            json!({ "id": id, "p": new_person("李四") }),
        )
        .await;
    assert_eq!(answer.data()["setAccountPerson"]["person"]["name"], "李四");
}
