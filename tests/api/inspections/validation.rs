//! Bad input answers BAD_USER_INPUT naming the field, so the phone can
//! point at it; nothing is stored.
use super::*;
use entity::inspection;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{json, Value};

fn with(base: &Value, field: &str, value: Value) -> Value {
    let mut v = base.clone();
    v[field] = value;
    v
}

fn without(base: &Value, field: &str) -> Value {
    let mut v = base.clone();
    v.as_object_mut().unwrap().remove(field);
    v
}

#[tokio::test]
async fn each_bad_field_is_named_with_the_stable_code() {
    let app = app_at(MID_NOVEMBER).await;
    let officer = app.login_demo("lingyun").await;
    let (village, g1) = (app.node_id(LINGYUN).await, app.node_id(LINGYUN_1).await);
    let ok = input(&g1, "VILLAGE_INSPECTION", "2026-11-18T02:00:00Z");
    let cases: Vec<(&str, Value, &str)> = vec![
        ("empty notes", with(&ok, "notes", json!("   ")), "notes"),
        (
            "long notes",
            with(&ok, "notes", json!("长".repeat(2001))),
            "notes",
        ),
        ("no sectors", with(&ok, "sectors", json!([])), "sectors"),
        (
            "twice",
            with(&ok, "sectors", json!(["FIRE", "FIRE"])),
            "sectors",
        ),
        (
            "unknown",
            with(&ok, "sectors", json!(["NUCLEAR"])),
            "sectors",
        ),
        (
            "21 sectors",
            with(&ok, "sectors", json!(vec!["FIRE"; 21])),
            "sectors",
        ),
        ("latitude alone", without(&ok, "longitude"), "longitude"),
        ("longitude alone", without(&ok, "latitude"), "latitude"),
        (
            "off the globe",
            with(&ok, "latitude", json!(91.0)),
            "latitude",
        ),
        (
            "negative accuracy",
            with(&ok, "accuracyM", json!(-3.0)),
            "accuracyM",
        ),
        (
            "future",
            with(&ok, "occurredAt", json!("2026-11-20T04:06:00Z")),
            "occurredAt",
        ),
        (
            "closed month",
            with(&ok, "occurredAt", json!("2026-10-31T02:00:00Z")),
            "occurredAt",
        ),
        (
            "short key",
            with(&ok, "idempotencyKey", json!("abc")),
            "idempotencyKey",
        ),
        (
            "odd key",
            with(&ok, "idempotencyKey", json!("key with spaces")),
            "idempotencyKey",
        ),
        (
            "patrol at a village",
            input(&village, "GROUP_PATROL", "2026-11-18T02:00:00Z"),
            "kind",
        ),
        (
            "bad photo id",
            with(&ok, "photoIds", json!(["not-an-id"])),
            "photoIds",
        ),
        (
            "someone else's photo",
            with(&ok, "photoIds", json!([uuid::Uuid::new_v4().to_string()])),
            "photoIds",
        ),
    ];
    let mut wrong = Vec::new();
    for (what, vars, field) in cases {
        let answer = app.record(&officer, vars).await;
        if answer.error_code().as_deref() != Some("BAD_USER_INPUT")
            || answer.error_field() != Some(field)
        {
            wrong.push(format!(
                "{what}: expected BAD_USER_INPUT on {field}, got {}",
                answer.text
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let stored = inspection::Entity::find()
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(stored, 0);
}

#[tokio::test]
async fn a_few_minutes_of_phone_clock_skew_is_accepted() {
    let app = app_at(MID_NOVEMBER).await;
    let liaison = app.login_demo("lingyun-1").await;
    let g1 = app.node_id(LINGYUN_1).await;
    app.record_ok(&liaison, input(&g1, "GROUP_PATROL", "2026-11-20T04:04:00Z"))
        .await;
}

#[tokio::test]
async fn a_viewer_may_not_record_and_lists_reject_a_malformed_month() {
    let app = app_at(MID_NOVEMBER).await;
    let viewer = app.login_demo("zunyi").await;
    let g1 = app.node_id(LINGYUN_1).await;
    let answer = app
        .record(&viewer, input(&g1, "GROUP_PATROL", "2026-11-18T02:00:00Z"))
        .await;
    assert_eq!(answer.error_code().as_deref(), Some("FORBIDDEN"));
    let list = app.listed(&viewer, json!({ "month": "2026-13" })).await;
    assert_eq!(list.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(list.error_field(), Some("month"));
}
