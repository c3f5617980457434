//! One idempotency module for every create: a retry answers the first
//! record, from whichever server it reaches, and a key another process
//! stored first answers that record too — never INTERNAL.
use crate::hazards::fixtures::{hazard_input, report_mutation, LINGYUN_GROUP1};
use crate::helpers::graphql::answer;
use crate::helpers::spawn_demo_app;
use entity::{audit_log, hazard};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set, TransactionTrait,
};
use serde_json::json;

#[tokio::test]
async fn two_servers_racing_on_one_hazard_key_make_one_hazard_and_answer_it_every_time() {
    let app = spawn_demo_app().await;
    let twin = api::startup::Application::build(app.state.settings.as_ref().clone())
        .await
        .expect("a second server on the same database");
    let twin_url = format!("http://127.0.0.1:{}/graphql", twin.port());
    tokio::spawn(twin.run_until_stopped());

    let liaison = app.login_demo("lingyun-1").await;
    let group = app.node_id(LINGYUN_GROUP1).await;
    let input = hazard_input(&group, json!({}));
    let key = input["idempotencyKey"].as_str().unwrap().to_string();
    let body = json!({ "query": report_mutation(), "variables": { "input": input } }).to_string();
    let sends = (0..8).map(|i| {
        let url = if i % 2 == 0 {
            app.url("/graphql")
        } else {
            twin_url.clone()
        };
        app.http
            .post(url)
            .header("Content-Type", "application/json")
            .bearer_auth(&liaison.access_token)
            .body(body.clone())
            .send()
    });
    let mut ids = Vec::new();
    for response in futures_util::future::join_all(sends).await {
        let a = answer(response.unwrap()).await;
        assert_eq!(a.error_code(), None, "{:?}", a.body);
        ids.push(a.data()["reportHazard"]["id"].as_str().unwrap().to_string());
    }
    assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
    let rows = hazard::Entity::find()
        .filter(hazard::Column::IdempotencyKey.eq(key))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(rows, 1);
    let audited = audit_log::Entity::find()
        .filter(audit_log::Column::Entity.eq("hazard"))
        .filter(audit_log::Column::EntityId.eq(ids[0].clone()))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(audited, 1, "one report, one audit row");
    let (_, broken) = api::audit::verify_chain(&app.state.db).await.unwrap();
    assert_eq!(broken, None);
}

/// A writer in another process that did not take the database's writer
/// lock stores the key while the server is between its look-up and its
/// insert: the server answers that first record.
#[tokio::test]
async fn a_key_stored_first_by_another_process_answers_that_record_not_internal() {
    let app = spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let group = app.node_id(LINGYUN_GROUP1).await;
    // A model row to copy (all its columns valid), made the ordinary way.
    let made = crate::hazards::fixtures::report_ok(&app, &liaison, &group, json!({})).await;
    let template =
        hazard::Entity::find_by_id(uuid::Uuid::parse_str(made["id"].as_str().unwrap()).unwrap())
            .one(&app.state.db)
            .await
            .unwrap()
            .unwrap();

    let input = hazard_input(&group, json!({}));
    let key = input["idempotencyKey"].as_str().unwrap().to_string();
    let first_id = uuid::Uuid::new_v4();
    let other = api::db::connect(&app.state.settings.database_url)
        .await
        .unwrap();
    let txn = other.begin().await.unwrap();
    let mut row: hazard::ActiveModel = template.into();
    row.id = Set(first_id);
    row.idempotency_key = Set(key.clone());
    row.title = Set("另一进程先存的隐患".into());
    row.insert(&txn).await.unwrap();

    // The server's request, while that row is written but not committed.
    let request = {
        let app_url = app.url("/graphql");
        let http = app.http.clone();
        let token = liaison.access_token.clone();
        let body =
            json!({ "query": report_mutation(), "variables": { "input": input } }).to_string();
        tokio::spawn(async move {
            let response = http
                .post(app_url)
                .header("Content-Type", "application/json")
                .bearer_auth(token)
                .body(body)
                .send()
                .await
                .unwrap();
            answer(response).await
        })
    };
    // Give it time to reach the database (its answer is right either way).
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    txn.commit().await.unwrap();
    let a = request.await.unwrap();
    assert_eq!(a.error_code(), None, "{:?}", a.body);
    assert_eq!(a.data()["reportHazard"]["id"], json!(first_id.to_string()));
    assert_eq!(a.data()["reportHazard"]["title"], "另一进程先存的隐患");
    let rows = hazard::Entity::find()
        .filter(hazard::Column::IdempotencyKey.eq(key))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(rows, 1);
    other.close().await.unwrap();
}
