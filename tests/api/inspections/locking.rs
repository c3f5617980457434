//! A month stays open for late records until the end of its close day
//! (the 5th of the next month, China time); then it locks and corrections
//! must give a reason.
use super::*;
use entity::{account, audit_log, inspection};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde_json::json;

const CORRECT: &str =
    "mutation($id: ID!, $version: Int!, $notes: String, $sectors: [String!], $reason: String) {
  correctInspection(id: $id, version: $version, notes: $notes, sectors: $sectors, reason: $reason) {
    id notes version locked sectors { code }
  }
}";

#[tokio::test]
async fn last_month_takes_records_until_the_end_of_the_close_day_in_china() {
    // 23:00 on 5 December in China: November is still open.
    let app = app_at("2026-12-05T15:00:00Z").await;
    let liaison = app.login_demo("lingyun-1").await;
    let g1 = app.node_id(LINGYUN_1).await;
    let answer = app
        .record(&liaison, input(&g1, "GROUP_PATROL", "2026-11-30T02:00:00Z"))
        .await;
    assert_eq!(answer.data()["recordInspection"]["locked"], false);
}

#[tokio::test]
async fn after_the_close_day_last_month_is_refused() {
    // Midnight into 6 December in China.
    let app = app_at("2026-12-05T16:00:00Z").await;
    let liaison = app.login_demo("lingyun-1").await;
    let g1 = app.node_id(LINGYUN_1).await;
    let answer = app
        .record(&liaison, input(&g1, "GROUP_PATROL", "2026-11-30T02:00:00Z"))
        .await;
    assert_eq!(answer.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(answer.error_field(), Some("occurredAt"));
    app.record_ok(&liaison, input(&g1, "GROUP_PATROL", "2026-12-01T02:00:00Z"))
        .await;
}

/// A November record made while November was open (written straight into
/// the table: this server's clock is already past the close day).
async fn november_record(app: &crate::helpers::TestApp) -> String {
    let author = account::Entity::find()
        .filter(account::Column::Username.eq("lingyun-1"))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let node = app.find_node(LINGYUN_1).await.unwrap();
    let at = instant("2026-11-18T02:00:00Z");
    let id = uuid::Uuid::new_v4();
    inspection::ActiveModel {
        id: Set(id),
        node_id: Set(node.id),
        node_code: Set(node.code),
        kind: Set(entity::inspection::InspectionKind::GroupPatrol),
        occurred_at: Set(at),
        occurred_on: Set(chrono::NaiveDate::from_ymd_opt(2026, 11, 18).unwrap()),
        person_id: Set(author.person_id),
        appointment_id: Set(None),
        author_id: Set(author.id),
        sectors: Set("[\"FIRE\"]".into()),
        notes: Set("十一月的巡查 (a November patrol)".into()),
        latitude: Set(None),
        longitude: Set(None),
        accuracy_m: Set(None),
        idempotency_key: Set(key()),
        version: Set(1),
        created_at: Set(at),
        updated_at: Set(at),
    }
    .insert(&app.state.db)
    .await
    .unwrap();
    id.to_string()
}

#[tokio::test]
async fn a_correction_in_a_locked_month_needs_a_reason_and_keeps_before_and_after() {
    let app = app_at("2026-12-10T04:00:00Z").await;
    let liaison = app.login_demo("lingyun-1").await;
    let id = november_record(&app).await;
    let got = app
        .query(&liaison.access_token, GET, json!({ "id": id }))
        .await;
    assert_eq!(got.data()["inspection"]["locked"], true);

    let vars = json!({ "id": id, "version": 1, "notes": "补充：柴草已清理 (firewood cleared)" });
    let refused = app
        .query(&liaison.access_token, CORRECT, vars.clone())
        .await;
    assert_eq!(refused.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(refused.error_field(), Some("reason"));

    let mut with_reason = vars.clone();
    with_reason["reason"] = json!("笔误 (a slip of the pen)");
    let done = app
        .query(&liaison.access_token, CORRECT, with_reason.clone())
        .await;
    let c = &done.data()["correctInspection"];
    assert_eq!(c["version"], 2);
    assert_eq!(c["notes"], vars["notes"]);

    let stale = app.query(&liaison.access_token, CORRECT, with_reason).await;
    assert_eq!(stale.error_code().as_deref(), Some("CONFLICT"));

    let audit = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("correct"))
        .filter(audit_log::Column::EntityId.eq(id.clone()))
        .order_by_desc(audit_log::Column::Id)
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("an audit row for the correction");
    assert!(audit.before.unwrap().contains("十一月的巡查"));
    let after = audit.after.unwrap();
    assert!(
        after.contains("柴草已清理") && after.contains("笔误"),
        "{after}"
    );
}

#[tokio::test]
async fn a_correction_in_an_open_month_needs_no_reason_but_valid_sectors() {
    let app = app_at(MID_NOVEMBER).await;
    let liaison = app.login_demo("lingyun-1").await;
    let g1 = app.node_id(LINGYUN_1).await;
    let id = app
        .record_ok(&liaison, input(&g1, "GROUP_PATROL", "2026-11-18T02:00:00Z"))
        .await;
    let bad = app
        .query(
            &liaison.access_token,
            CORRECT,
            json!({ "id": id, "version": 1, "sectors": ["NUCLEAR"] }),
        )
        .await;
    assert_eq!(bad.error_field(), Some("sectors"));
    let ok = app
        .query(
            &liaison.access_token,
            CORRECT,
            json!({ "id": id, "version": 1, "sectors": ["WATER"] }),
        )
        .await;
    assert_eq!(
        ok.data()["correctInspection"]["sectors"],
        json!([{ "code": "WATER" }])
    );
    let nothing = app
        .query(
            &liaison.access_token,
            CORRECT,
            json!({ "id": id, "version": 2 }),
        )
        .await;
    assert_eq!(nothing.error_code().as_deref(), Some("BAD_USER_INPUT"));
}
