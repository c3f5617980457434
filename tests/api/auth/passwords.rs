//! SECURITY.md 4 and 6: argon2id at rest; short and common passwords refused.
use crate::helpers::spawn_demo_app;
use entity::account;
use sea_orm::EntityTrait;
use serde_json::json;

#[tokio::test]
async fn stored_password_hashes_are_argon2id_with_owasp_parameters() {
    let app = spawn_demo_app().await;
    let accounts = account::Entity::find().all(&app.state.db).await.unwrap();
    assert_eq!(accounts.len(), 6, "the six demo accounts");
    for a in accounts {
        assert!(
            a.password_hash.starts_with("$argon2id$"),
            "{}: {}",
            a.username,
            a.password_hash
        );
        assert!(
            a.password_hash.contains("m=19456,t=2,p=1"),
            "{}: {}",
            a.username,
            a.password_hash
        );
    }
}

const CREATE_ACCOUNT: &str =
    "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id username } }";

#[tokio::test]
async fn an_account_created_over_the_api_stores_an_argon2id_hash() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let answer = app
        .query(
            &heba.access_token,
            CREATE_ACCOUNT,
            json!({ "input": { "username": "heba-viewer", "password": "何坝街道查看-2026", "nodeId": heba.node_id, "role": "VIEWER",
                                 "newPerson": { "name": "何坝查看员", "phone": "17700002001" } } }),
        )
        .await;
    let id: uuid::Uuid = answer.data()["createAccount"]["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let stored = account::Entity::find_by_id(id)
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert!(stored.password_hash.starts_with("$argon2id$"));
    assert!(!stored.password_hash.contains("何坝街道查看-2026"));
    app.login("heba-viewer", "何坝街道查看-2026").await;
}

#[tokio::test]
async fn short_and_common_passwords_are_refused_naming_the_field() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    for (username, password) in [
        ("short-pw", "abc123"),
        ("common-pw", "password1"),
        ("common-pw2", "12345678"),
    ] {
        let answer = app
            .query(
                &heba.access_token,
                CREATE_ACCOUNT,
                json!({ "input": { "username": username, "password": password, "nodeId": heba.node_id, "role": "VIEWER",
                                     "newPerson": { "name": "何坝查看员", "phone": "17700002002" } } }),
            )
            .await;
        assert_eq!(
            answer.error_code().as_deref(),
            Some("BAD_USER_INPUT"),
            "{password}: {}",
            answer.text
        );
        assert_eq!(answer.error_field(), Some("password"), "{password}");
    }
}
