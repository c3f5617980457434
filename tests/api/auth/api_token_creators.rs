//! Issue item 9: a dashboard token works only while the account that made
//! it could still make it — not after it is disabled, moved away from the
//! token's node, or left without the right to manage accounts.
use crate::helpers::{spawn_demo_app, Session, TestApp};
use serde_json::json;

async fn heba_token(app: &TestApp, heba: &Session) -> String {
    let answer = app
        .query(
            &heba.access_token,
            "mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }",
            json!({ "input": { "name": "何坝大屏", "nodeId": heba.node_id } }),
        )
        .await;
    answer.data()["createApiToken"]["token"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn heba_id(app: &TestApp, fenggang: &Session) -> String {
    crate::accounts::account_of(app, fenggang, "heba").await.0
}

#[tokio::test]
async fn a_token_stops_when_its_creator_is_disabled_and_works_again_when_enabled() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let token = heba_token(&app, &heba).await;
    assert!(app.token_works(&token).await);
    let fenggang = app.login_demo("fenggang").await;
    let id = heba_id(&app, &fenggang).await;
    let toggle =
        "mutation($id: ID!, $d: Boolean!) { setAccountDisabled(id: $id, disabled: $d) { id } }";
    app.query(
        &fenggang.access_token,
        toggle,
        json!({ "id": id, "d": true }),
    )
    .await
    .data();
    let answer = app.query(&token, "{ me { role } }", json!({})).await;
    assert_eq!(
        answer.status,
        reqwest::StatusCode::UNAUTHORIZED,
        "{}",
        answer.text
    );
    app.query(
        &fenggang.access_token,
        toggle,
        json!({ "id": id, "d": false }),
    )
    .await
    .data();
    assert!(app.token_works(&token).await);
}

#[tokio::test]
async fn a_token_stops_when_its_creator_is_moved_outside_the_tokens_node() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let token = heba_token(&app, &heba).await;
    let fenggang = app.login_demo("fenggang").await;
    let id = heba_id(&app, &fenggang).await;
    let longquan = app.node_id("520327001").await;
    app.query(
        &fenggang.access_token,
        "mutation($id: ID!, $to: ID!) { moveAccount(id: $id, nodeId: $to) { id } }",
        json!({ "id": id, "to": longquan }),
    )
    .await
    .data();
    assert!(!app.token_works(&token).await);
}

#[tokio::test]
async fn a_token_stays_when_its_creator_moves_up_to_a_node_above_it() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let token = heba_token(&app, &heba).await;
    let fenggang = app.login_demo("fenggang").await;
    let id = heba_id(&app, &fenggang).await;
    app.query(
        &fenggang.access_token,
        "mutation($id: ID!, $to: ID!) { moveAccount(id: $id, nodeId: $to) { id } }",
        json!({ "id": id, "to": fenggang.node_id }),
    )
    .await
    .data();
    assert!(app.token_works(&token).await);
}

#[tokio::test]
async fn a_token_stops_when_its_creator_no_longer_manages_accounts() {
    use entity::account;
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let token = heba_token(&app, &heba).await;
    // No mutation changes a role; the database stands in for one.
    account::Entity::update_many()
        .col_expr(account::Column::Role, Expr::value("VIEWER"))
        .filter(account::Column::Username.eq("heba"))
        .exec(&app.state.db)
        .await
        .unwrap();
    assert!(!app.token_works(&token).await);
}
