//! The county dismisses a signal with its reason (trimmed, required); it
//! stays, DISMISSED, through a later scan, and in the audit log.
use super::fixture::county;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;

pub const DISMISS: &str = "mutation($id: ID!, $reason: String!) {
  dismissIntegritySignal(id: $id, reason: $reason) {
    id status dismissedBy dismissedAt dismissReason allowedActions version } }";

#[tokio::test]
async fn a_dismissed_signal_keeps_its_reason_and_stays_dismissed_when_found_again() {
    let c = county().await;
    c.scan(&c.office, &c.county).await;
    let list = c
        .list(&c.office, &c.county, json!({ "kind": "SHARED_PHONE" }))
        .await;
    let signal = &list["nodes"][0];
    assert_eq!(
        signal["allowedActions"],
        json!(["DISMISS_INTEGRITY_SIGNAL"])
    );
    let id = signal["id"].as_str().unwrap().to_string();

    let empty = c
        .app
        .query(
            &c.office.access_token,
            DISMISS,
            json!({ "id": id, "reason": "   " }),
        )
        .await;
    assert_eq!(empty.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(
        empty.error_key().as_deref(),
        Some("integrity_signal.reason_required")
    );
    assert_eq!(empty.error_field(), Some("reason"));

    let done = c
        .ok(
            &c.office,
            DISMISS,
            json!({ "id": id, "reason": "  夫妻二人共用一部手机，已电话核实  " }),
        )
        .await["dismissIntegritySignal"]
        .clone();
    assert_eq!(done["status"], "DISMISSED");
    assert_eq!(done["dismissReason"], "夫妻二人共用一部手机，已电话核实");
    assert_eq!(done["dismissedBy"], "chengxin-office本人");
    assert!(done["dismissedAt"].is_string());
    assert_eq!(done["allowedActions"], json!([]));

    let twice = c
        .app
        .query(
            &c.office.access_token,
            DISMISS,
            json!({ "id": id, "reason": "再次" }),
        )
        .await;
    assert_eq!(
        twice.error_key().as_deref(),
        Some("integrity_signal.already_dismissed")
    );

    // Found again: still one signal, still dismissed, with its reason.
    assert_eq!(
        c.scan(&c.office, &c.county).await,
        json!({ "found": 7, "new": 0 })
    );
    let dismissed = c
        .list(&c.office, &c.county, json!({ "status": "DISMISSED" }))
        .await;
    assert_eq!(dismissed["totalCount"], 1);
    assert_eq!(dismissed["nodes"][0]["id"], id.as_str());
    assert_eq!(
        dismissed["nodes"][0]["dismissReason"],
        "夫妻二人共用一部手机，已电话核实"
    );
    let open = c
        .list(&c.office, &c.county, json!({ "status": "OPEN" }))
        .await;
    assert_eq!(open["totalCount"], 6);

    let audit = entity::audit_log::Entity::find()
        .filter(entity::audit_log::Column::EntityId.eq(id.as_str()))
        .order_by_asc(entity::audit_log::Column::Id)
        .all(&c.app.state.db)
        .await
        .unwrap();
    let actions: Vec<&str> = audit.iter().map(|r| r.action.as_str()).collect();
    assert_eq!(actions, ["detect", "dismiss"]);
}
