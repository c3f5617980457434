//! 复查销号 by another PERSON, not just another account: one person with
//! two accounts cannot check their own fix, nor can a leader who made a
//! second account for themself.
use super::fixtures::*;
use crate::accounts::{account_of, create, create_with, PASSWORD};
use crate::helpers::spawn_demo_app;
use serde_json::json;

#[tokio::test]
async fn one_person_with_two_accounts_cannot_verify_their_own_fix() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let (_, liaison_person) = account_of(&app, &heba, "lingyun-1").await;
    let village = app.node_id(LINGYUN).await;
    // The liaison's person also gets an account at the village.
    create_with(
        &app,
        &heba,
        "lingyun-1-as-officer",
        &village,
        "VILLAGE_OFFICER",
        json!({ "personId": liaison_person }),
    )
    .await
    .data();
    let second = app.login("lingyun-1-as-officer", PASSWORD).await;

    let liaison = app.login_demo("lingyun-1").await;
    let group = app.node_id(LINGYUN_GROUP1).await;
    let id = report_ok(&app, &liaison, &group, json!({})).await["id"].clone();
    plan(&app, &liaison, &id, &today_plus(&app, 7)).await.data();
    rectify(&app, &liaison, &id).await.data();

    // The same decision answers allowedActions: the person's second
    // account is not offered the check, the officer is.
    let officer = app.login_demo("lingyun").await;
    assert!(!actions(&app, &second, &id)
        .await
        .contains(&"VERIFY".to_string()));
    assert!(actions(&app, &officer, &id)
        .await
        .contains(&"VERIFY".to_string()));

    let own = verify(&app, &second, &id, true).await;
    assert_eq!(own.error_field(), Some("verifier"), "{}", own.text);
    let closed = verify(&app, &officer, &id, true).await;
    assert_eq!(closed.data()["verifyHazard"]["state"], "CLOSED");
}

async fn actions(
    app: &crate::helpers::TestApp,
    s: &crate::helpers::Session,
    id: &serde_json::Value,
) -> Vec<String> {
    let a = app
        .query(
            &s.access_token,
            "query($id: ID!) { hazard(id: $id) { allowedActions } }",
            json!({ "id": id }),
        )
        .await;
    serde_json::from_value(a.data()["hazard"]["allowedActions"].clone()).unwrap_or_default()
}

#[tokio::test]
async fn a_leader_who_made_a_second_account_for_themself_cannot_verify_its_fix() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    create(&app, &heba, "heba-leader", &heba.node_id, "LEADER")
        .await
        .data();
    let leader = app.login("heba-leader", PASSWORD).await;
    let (_, own_person) = account_of(&app, &leader, "heba-leader").await;
    let village = app.node_id(LINGYUN).await;
    create_with(
        &app,
        &leader,
        "heba-leader-2",
        &village,
        "VILLAGE_OFFICER",
        json!({ "personId": own_person }),
    )
    .await
    .data();
    let second = app.login("heba-leader-2", PASSWORD).await;

    let officer = app.login_demo("lingyun").await;
    let id = report_ok(&app, &officer, &village, json!({})).await["id"].clone();
    plan(&app, &officer, &id, &today_plus(&app, 7)).await.data();
    rectify(&app, &second, &id).await.data();

    let own = verify(&app, &leader, &id, true).await;
    assert_eq!(own.error_field(), Some("verifier"), "{}", own.text);
    let closed = verify(&app, &officer, &id, true).await;
    assert_eq!(closed.data()["verifyHazard"]["state"], "CLOSED");
}
