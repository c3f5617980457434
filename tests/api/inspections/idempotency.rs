//! A phone on a weak network sends the same record again and again: one
//! key, one record (SECURITY.md 28).
use super::*;
use entity::{audit_log, inspection};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;

#[tokio::test]
async fn five_concurrent_submissions_with_one_key_make_one_record() {
    let app = app_at(MID_NOVEMBER).await;
    let liaison = app.login_demo("lingyun-1").await;
    let g1 = app.node_id(LINGYUN_1).await;
    let one = input(&g1, "GROUP_PATROL", "2026-11-18T02:00:00Z");
    let key = one["idempotencyKey"].as_str().unwrap().to_string();
    let answers =
        futures_util::future::join_all((0..5).map(|_| app.record(&liaison, one.clone()))).await;
    let ids: Vec<String> = answers
        .iter()
        .map(|a| {
            a.data()["recordInspection"]["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
    let rows = inspection::Entity::find()
        .filter(inspection::Column::IdempotencyKey.eq(key))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(rows, 1);
    let audited = audit_log::Entity::find()
        .filter(audit_log::Column::Entity.eq("inspection"))
        .filter(audit_log::Column::EntityId.eq(ids[0].clone()))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(audited, 1, "one audit row for one record");
}

#[tokio::test]
async fn a_retry_returns_the_stored_record_unchanged_even_with_another_payload() {
    let app = app_at(MID_NOVEMBER).await;
    let liaison = app.login_demo("lingyun-1").await;
    let g1 = app.node_id(LINGYUN_1).await;
    let first = input(&g1, "GROUP_PATROL", "2026-11-18T02:00:00Z");
    let id = app.record_ok(&liaison, first.clone()).await;
    let mut changed = first.clone();
    changed["notes"] = json!("第二次发送的内容 (what the retry said)");
    changed["sectors"] = json!([]);
    let again = app.record(&liaison, changed).await;
    let r = &again.data()["recordInspection"];
    assert_eq!(r["id"], json!(id));
    assert_eq!(r["notes"], first["notes"]);
    assert_eq!(r["version"], 1);
}

#[tokio::test]
async fn a_key_used_by_another_account_is_a_conflict() {
    let app = app_at(MID_NOVEMBER).await;
    let liaison = app.login_demo("lingyun-1").await;
    let officer = app.login_demo("lingyun").await;
    let g1 = app.node_id(LINGYUN_1).await;
    let patrol = input(&g1, "GROUP_PATROL", "2026-11-18T02:00:00Z");
    app.record_ok(&liaison, patrol.clone()).await;
    let mut stolen = input(&g1, "VILLAGE_INSPECTION", "2026-11-18T03:00:00Z");
    stolen["idempotencyKey"] = patrol["idempotencyKey"].clone();
    let answer = app.record(&officer, stolen).await;
    assert_eq!(answer.error_code().as_deref(), Some("CONFLICT"));
    assert!(answer.body["data"].is_null() || answer.body["data"]["recordInspection"].is_null());
}

/// A second server process on the same database: its writer lock is its
/// own, so only the unique key stands between two racing inserts.
#[tokio::test]
async fn two_servers_racing_on_one_key_still_make_one_record() {
    let app = app_at(MID_NOVEMBER).await;
    let twin = api::startup::Application::build(app.state.settings.as_ref().clone())
        .await
        .expect("a second server on the same database");
    let twin_url = format!("http://127.0.0.1:{}/graphql", twin.port());
    tokio::spawn(twin.run_until_stopped());

    let liaison = app.login_demo("lingyun-1").await;
    let g1 = app.node_id(LINGYUN_1).await;
    let one = input(&g1, "GROUP_PATROL", "2026-11-18T02:00:00Z");
    let key = one["idempotencyKey"].as_str().unwrap().to_string();
    let body = json!({ "query": RECORD, "variables": { "input": one } }).to_string();
    let sends = (0..6).map(|i| {
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
        let answer = crate::helpers::graphql::answer(response.unwrap()).await;
        ids.push(
            answer.data()["recordInspection"]["id"]
                .as_str()
                .unwrap()
                .to_string(),
        );
    }
    assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
    let rows = inspection::Entity::find()
        .filter(inspection::Column::IdempotencyKey.eq(key))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(rows, 1);
}
