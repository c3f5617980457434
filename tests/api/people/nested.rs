//! SECURITY.md 13: nested fields are authorized too, and what a caller may
//! see through a parent record it can see.
use crate::helpers::spawn_demo_app;
use serde_json::json;

#[tokio::test]
async fn a_village_officer_sees_who_is_appointed_in_the_village_even_if_registered_at_the_township()
{
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let group = app.node_id("520327002204002").await;
    let person = app
        .query(
            &heba.access_token,
            "mutation($input: PersonInput!) { createPerson(input: $input) { id } }",
            json!({ "input": { "nodeId": heba.node_id, "name": "吴乡派", "phone": "13800001111" } }),
        )
        .await;
    let person_id = person.data()["createPerson"]["id"].clone();
    let appointment = app
        .query(
            &heba.access_token,
            "mutation($input: AppointInput!) { appoint(input: $input) { id } }",
            json!({ "input": { "nodeId": group, "role": "GROUP_LIAISON", "startDate": "2025-01-01", "personId": person_id } }),
        )
        .await;
    appointment.data();

    let lingyun = app.login_demo("lingyun").await;
    let answer = app
        .query(
            &lingyun.access_token,
            "query($id: ID!) { node: gridNode(id: $id) { name appointments { person { name } } } }",
            json!({ "id": group }),
        )
        .await;
    assert!(
        answer.error_codes().is_empty(),
        "the village officer's group page fails: {}",
        answer.text
    );
    let names: Vec<_> = answer.data()["node"]["appointments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["person"]["name"].as_str().unwrap().to_string())
        .collect();
    assert!(names.contains(&"吴乡派".to_string()), "{names:?}");
}

#[tokio::test]
async fn children_and_appointments_of_a_visible_node_never_reach_outside_the_subtree() {
    let app = spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let answer = app
        .query(
            &liaison.access_token,
            "query($id: ID!) { node: gridNode(id: $id) { parent { id } children { totalCount } coverage { villageCount groupCount groupsCovered } } }",
            json!({ "id": liaison.node_id }),
        )
        .await;
    let node = &answer.data()["node"];
    assert!(node["parent"].is_null());
    assert_eq!(node["children"]["totalCount"], 0);
    assert_eq!(node["coverage"]["villageCount"], 0);
    assert_eq!(node["coverage"]["groupCount"], 1);
}
