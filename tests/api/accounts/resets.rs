//! Separation of duties for passwords: nobody resets their own, nor a
//! peer's at the same node, nor one of another account of their own
//! person; an administrator or leader above does. A reset password must be
//! changed at the next login.
use super::{account_of, create, create_with, PASSWORD};
use crate::helpers::{spawn_demo_app, Answer, Session, TestApp};
use serde_json::json;

async fn reset(app: &TestApp, s: &Session, id: &str) -> Answer {
    app.query(
        &s.access_token,
        "mutation($id: ID!) { resetAccountPassword(id: $id, newPassword: \"重置后的密码-2026\") { mustChangePassword } }",
        json!({ "id": id }),
    )
    .await
}

#[tokio::test]
async fn nobody_resets_their_own_password() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let (me, _) = account_of(&app, &heba, "heba").await;
    let answer = reset(&app, &heba, &me).await;
    assert_eq!(
        answer.error_code().as_deref(),
        Some("FORBIDDEN"),
        "{}",
        answer.text
    );
    app.login_demo("heba").await;
}

#[tokio::test]
async fn an_administrator_cannot_reset_a_peers_password_at_the_same_node_but_one_above_can() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    create(&app, &heba, "heba-leader", &heba.node_id, "LEADER")
        .await
        .data();
    let (peer, _) = account_of(&app, &heba, "heba-leader").await;
    let refused = reset(&app, &heba, &peer).await;
    assert_eq!(
        refused.error_code().as_deref(),
        Some("FORBIDDEN"),
        "{}",
        refused.text
    );
    // A leader at the same node cannot reset the administrator either.
    let leader = app.login("heba-leader", PASSWORD).await;
    let (admin, _) = account_of(&app, &leader, "heba").await;
    let refused = reset(&app, &leader, &admin).await;
    assert_eq!(
        refused.error_code().as_deref(),
        Some("FORBIDDEN"),
        "{}",
        refused.text
    );

    let fenggang = app.login_demo("fenggang").await;
    let done = reset(&app, &fenggang, &peer).await;
    assert_eq!(
        done.data()["resetAccountPassword"]["mustChangePassword"],
        true
    );
    let login = app.try_login("heba-leader", "重置后的密码-2026").await;
    assert_eq!(login.data()["login"]["mustChangePassword"], true);
}

#[tokio::test]
async fn a_leader_cannot_reset_the_password_of_a_second_account_of_their_own() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    create(&app, &heba, "heba-leader", &heba.node_id, "LEADER")
        .await
        .data();
    let leader = app.login("heba-leader", PASSWORD).await;
    let (_, own_person) = account_of(&app, &leader, "heba-leader").await;
    let village = app.node_id("520327002205").await;
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
    let (second, _) = account_of(&app, &leader, "heba-leader-2").await;
    let refused = reset(&app, &leader, &second).await;
    assert_eq!(
        refused.error_code().as_deref(),
        Some("BAD_USER_INPUT"),
        "{}",
        refused.text
    );
    assert_eq!(refused.error_field(), Some("id"));
}
