//! The database refuses a state, severity, kind or role the code does not
//! know (migration 000009): CHECK constraints on PostgreSQL, triggers on
//! SQLite.
use crate::hazards::fixtures::report_ok;
use crate::inspections::{app_at, input, LINGYUN_1, MID_NOVEMBER};
use sea_orm::ConnectionTrait;
use serde_json::json;

#[tokio::test]
async fn unknown_stored_values_are_refused_by_the_database_and_known_ones_pass() {
    let app = app_at(MID_NOVEMBER).await;
    let liaison = app.login_demo("lingyun-1").await;
    let group = app.node_id(LINGYUN_1).await;
    report_ok(&app, &liaison, &group, json!({})).await;
    app.record_ok(
        &liaison,
        input(&group, "GROUP_PATROL", "2026-11-18T02:00:00Z"),
    )
    .await;
    let db = &app.state.db;
    for (table, column, known) in [
        ("hazards", "state", "CLOSED"),
        ("hazards", "severity", "MAJOR"),
        ("hazard_events", "action", "EDIT"),
        ("hazard_events", "to_state", "CLOSED"),
        ("inspections", "kind", "VILLAGE_INSPECTION"),
        ("appointments", "role", "GROUP_LIAISON"),
    ] {
        let refused = db
            .execute_unprepared(&format!("UPDATE {table} SET {column} = 'closed'"))
            .await;
        assert!(refused.is_err(), "{table}.{column} took 'closed'");
        let passed = db
            .execute_unprepared(&format!("UPDATE {table} SET {column} = '{known}'"))
            .await
            .unwrap_or_else(|e| panic!("{table}.{column} refused {known}: {e}"));
        assert!(passed.rows_affected() > 0, "{table} has rows to check");
    }
    // A nullable one: NULL is fine, an unknown value is not.
    db.execute_unprepared("UPDATE hazard_events SET from_state = NULL")
        .await
        .unwrap();
    assert!(db
        .execute_unprepared("UPDATE hazard_events SET from_state = 'NOPE'")
        .await
        .is_err());
}
