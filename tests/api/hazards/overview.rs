//! Hazards made through the API show in the township's month table as the
//! county would count them: open, overdue once the deadline passes, closed.
use super::fixtures::*;
use crate::helpers::spawn_demo_app_with;
use api::clock::Clock;
use chrono::{DateTime, Duration, Utc};
use serde_json::{json, Value};

const OVERVIEW: &str = "query($id: ID!, $month: Month!) {
  monthOverview(nodeId: $id, month: $month) { node { name } hazardsOpen hazardsOverdue hazardsClosed } }";

fn row<'a>(rows: &'a Value, name: &str) -> &'a Value {
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["node"]["name"] == name)
        .unwrap_or_else(|| panic!("no row for {name}: {rows}"))
}

#[tokio::test]
async fn reported_fixed_and_overdue_hazards_are_counted_in_the_month_table() {
    let start: DateTime<Utc> = "2026-11-10T02:00:00Z".parse().unwrap();
    let clock = Clock::settable(start);
    let app = spawn_demo_app_with({
        let clock = clock.clone();
        move |s| s.clock = clock
    })
    .await;
    let liaison = app.login_demo("lingyun-1").await;
    let township = app.login_demo("heba").await;
    let group = app.node_id(LINGYUN_GROUP1).await;
    let heba = app.node_id("520327002").await;

    let photo = uploaded_photo(&app, "lingyun-1").await;
    report_ok(
        &app,
        &liaison,
        &group,
        json!({ "fixedOnSpot": true, "fixNote": "已清除", "photoIds": [photo] }),
    )
    .await;
    report_ok(&app, &liaison, &group, json!({ "deadline": "2026-11-12" })).await;
    report_ok(&app, &liaison, &group, json!({})).await;

    let vars = json!({ "id": heba, "month": "2026-11" });
    let rows = app
        .query(&township.access_token, OVERVIEW, vars.clone())
        .await;
    let lingyun = row(&rows.data()["monthOverview"], "凌云村").clone();
    assert_eq!(
        (
            lingyun["hazardsOpen"].clone(),
            lingyun["hazardsOverdue"].clone(),
            lingyun["hazardsClosed"].clone()
        ),
        (json!(2), json!(0), json!(1))
    );

    clock.set(start + Duration::days(5));
    let rows = app.query(&township.access_token, OVERVIEW, vars).await;
    let lingyun = row(&rows.data()["monthOverview"], "凌云村").clone();
    assert_eq!(
        lingyun["hazardsOverdue"], 1,
        "the deadline of the 12th has passed on the 15th"
    );
    assert_eq!(lingyun["hazardsOpen"], 2);
}
