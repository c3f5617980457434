//! Accounts get only a role that fits their node's level
//! (`authz::may_hold`): a village officer at the county would see and edit
//! the whole county.
use super::{account_of, create};
use crate::helpers::spawn_demo_app;
use serde_json::json;

#[tokio::test]
async fn a_role_that_does_not_fit_the_nodes_level_is_refused_naming_the_role() {
    let app = spawn_demo_app().await;
    let fenggang = app.login_demo("fenggang").await;
    let county = fenggang.node_id.clone();
    let township = app.node_id("520327002").await;
    let village = app.node_id("520327002204").await;
    let group = app.node_id("520327002204001").await;
    for (username, node, role) in [
        ("vo-at-county", &county, "VILLAGE_OFFICER"),
        ("gl-at-village", &village, "GROUP_LIAISON"),
        ("leader-at-village", &village, "LEADER"),
        ("vo-at-group", &group, "VILLAGE_OFFICER"),
        ("gl-at-township", &township, "GROUP_LIAISON"),
    ] {
        let answer = create(&app, &fenggang, username, node, role).await;
        assert_eq!(
            answer.error_field(),
            Some("role"),
            "{username}: {}",
            answer.text
        );
    }
    for (username, node, role) in [
        ("leader-at-county", &county, "LEADER"),
        ("leader-at-township", &township, "LEADER"),
        ("vo-at-village", &village, "VILLAGE_OFFICER"),
        ("gl-at-group", &group, "GROUP_LIAISON"),
        ("admin-at-group", &group, "ADMIN"),
        ("viewer-at-village", &village, "VIEWER"),
    ] {
        create(&app, &fenggang, username, node, role).await.data();
    }
}

#[tokio::test]
async fn a_village_officer_cannot_be_moved_to_a_township() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let (id, _) = account_of(&app, &heba, "lingyun").await;
    let answer = app
        .query(
            &heba.access_token,
            "mutation($id: ID!, $to: ID!) { moveAccount(id: $id, nodeId: $to) { id } }",
            json!({ "id": id, "to": heba.node_id }),
        )
        .await;
    assert_eq!(answer.error_field(), Some("role"), "{}", answer.text);
    assert!(
        app.token_works(&app.login_demo("lingyun").await.access_token)
            .await
    );
}
