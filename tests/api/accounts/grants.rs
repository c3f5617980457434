use super::{create, PASSWORD};
use crate::helpers::spawn_demo_app;
use serde_json::json;

#[tokio::test]
async fn a_township_administrator_creates_an_account_for_a_village_officer() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let village = app.node_id("520327002205").await;
    let answer = create(&app, &heba, "chuantou", &village, "VILLAGE_OFFICER").await;
    assert_eq!(answer.data()["createAccount"]["role"], "VILLAGE_OFFICER");
    let officer = app.login("chuantou", PASSWORD).await;
    assert_eq!(officer.node_id, village);
}

#[tokio::test]
async fn a_leader_may_create_officers_but_not_administrators() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    create(&app, &heba, "heba-leader", &heba.node_id, "LEADER")
        .await
        .data();
    let leader = app.login("heba-leader", PASSWORD).await;
    let village = app.node_id("520327002205").await;
    let admin = create(&app, &leader, "would-be-admin", &village, "ADMIN").await;
    assert_eq!(
        admin.error_code().as_deref(),
        Some("FORBIDDEN"),
        "{}",
        admin.text
    );
    create(&app, &leader, "chuantou", &village, "VILLAGE_OFFICER")
        .await
        .data();
}

#[tokio::test]
async fn a_username_already_taken_is_a_conflict() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let answer = create(&app, &heba, "LingYun", &heba.node_id, "VIEWER").await;
    assert_eq!(
        answer.error_code().as_deref(),
        Some("CONFLICT"),
        "usernames ignore case: {}",
        answer.text
    );
}

#[tokio::test]
async fn a_malformed_username_is_bad_user_input_naming_the_username() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    for username in ["ab", "has space", "名字", &"x".repeat(33)] {
        let answer = create(&app, &heba, username, &heba.node_id, "VIEWER").await;
        assert_eq!(
            answer.error_field(),
            Some("username"),
            "{username}: {}",
            answer.text
        );
    }
}

#[tokio::test]
async fn nobody_can_disable_their_own_account() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let me = app
        .query(&heba.access_token, "{ me { id } }", json!({}))
        .await;
    let answer = app
        .query(
            &heba.access_token,
            "mutation($id: ID!) { setAccountDisabled(id: $id, disabled: true) { id } }",
            json!({ "id": me.data()["me"]["id"] }),
        )
        .await;
    assert_eq!(answer.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert!(app.token_works(&heba.access_token).await);
}

#[tokio::test]
async fn a_township_administrator_cannot_touch_the_county_administrator() {
    let app = spawn_demo_app().await;
    let fenggang = app.login_demo("fenggang").await;
    let list = app
        .query(
            &fenggang.access_token,
            "{ accounts { nodes { id username } } }",
            json!({}),
        )
        .await;
    let county_admin = list.data()["accounts"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["username"] == "fenggang")
        .unwrap()["id"]
        .clone();
    let heba = app.login_demo("heba").await;
    let answer = app
        .query(
            &heba.access_token,
            "mutation($id: ID!) { setAccountDisabled(id: $id, disabled: true) { id } }",
            json!({ "id": county_admin }),
        )
        .await;
    assert_eq!(answer.error_code().as_deref(), Some("NOT_FOUND"));
    assert!(app.token_works(&fenggang.access_token).await);
}

#[tokio::test]
async fn an_account_list_shows_only_accounts_in_the_subtree() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let list = app
        .query(
            &heba.access_token,
            "{ accounts { totalCount nodes { username } } }",
            json!({}),
        )
        .await;
    let mut names: Vec<&str> = list.data()["accounts"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["username"].as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["heba", "lingyun", "lingyun-1"]);
}
