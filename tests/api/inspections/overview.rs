//! The township's month at a glance: one row per village, with numbers that
//! match the records, in a fixed number of SQL statements.
use super::quotas::{liaisons_in_lingyun, november_in_lingyun};
use super::*;
use crate::helpers::TestApp;
use chrono::NaiveDate;
use entity::hazard::{HazardSeverity, HazardState};
use entity::{grid_node, hazard};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::{json, Value};
use std::sync::atomic::Ordering;

const OVERVIEW: &str = "query($id: ID!, $month: Month!) {
  monthOverview(nodeId: $id, month: $month) {
    node { id name }
    inspectionsDone inspectionsExpected completenessRate leaderVisitsDone
    hazardsOpen hazardsOverdue hazardsClosed
  }
}";

/// Hazards have their own service (another branch); the overview only
/// counts rows, so these are written straight into the table.
async fn hazard_at(
    app: &TestApp,
    division_code: &str,
    state: HazardState,
    deadline: Option<NaiveDate>,
    closed_at: Option<&str>,
) {
    let node = app.find_node(division_code).await.unwrap();
    let now = instant("2026-11-01T02:00:00Z");
    hazard::ActiveModel {
        id: Set(uuid::Uuid::new_v4()),
        node_id: Set(node.id),
        node_code: Set(node.code),
        handling_node_id: Set(node.id),
        handling_code: Set(node.code),
        handling_level: Set(node.level),
        title: Set("测试隐患".into()),
        description: Set("用于月度总览的测试 (for the month overview)".into()),
        severity: Set(HazardSeverity::General),
        category: Set("FIRE".into()),
        state: Set(state),
        deadline: Set(deadline),
        responsible_person_id: Set(None),
        responsible_name: Set(None),
        measures: Set(None),
        latitude: Set(None),
        longitude: Set(None),
        accuracy_m: Set(None),
        inspection_id: Set(None),
        reported_by: Set(uuid::Uuid::new_v4()),
        reported_at: Set(now),
        rectified_by: Set(None),
        rectified_by_person_id: Set(None),
        rectified_at: Set(None),
        closed_at: Set(closed_at.map(instant)),
        last_escalated_on: Set(None),
        idempotency_key: Set(key()),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&app.state.db)
    .await
    .unwrap();
}

fn day(m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2026, m, d)
}

async fn overview(app: &TestApp, s: &Session, node: &str, month: &str) -> Vec<Value> {
    let answer = app
        .query(
            &s.access_token,
            OVERVIEW,
            json!({ "id": node, "month": month }),
        )
        .await;
    answer.data()["monthOverview"].as_array().unwrap().clone()
}

#[tokio::test]
async fn a_township_month_shows_each_villages_work_and_hazards() {
    let app = app_at(MID_NOVEMBER).await;
    november_in_lingyun(&app).await;
    let heba = app.login_demo("heba").await;
    let heba_id = app.node_id(HEBA).await;
    let (leader, _) = super::leaders::heba_leader(&app, &[LINGYUN]).await;
    let village = app.node_id(LINGYUN).await;
    app.record_ok(
        &leader,
        input(&village, "LEADER_VISIT", "2026-11-10T02:00:00Z"),
    )
    .await;

    hazard_at(&app, LINGYUN_1, HazardState::Reported, None, None).await;
    hazard_at(&app, LINGYUN_2, HazardState::Rectifying, day(11, 10), None).await;
    hazard_at(&app, LINGYUN, HazardState::Rectifying, day(11, 25), None).await;
    hazard_at(
        &app,
        LINGYUN_1,
        HazardState::Closed,
        None,
        Some("2026-11-15T02:00:00Z"),
    )
    .await;
    hazard_at(
        &app,
        LINGYUN,
        HazardState::FixedOnSpot,
        None,
        Some("2026-10-15T02:00:00Z"),
    )
    .await;
    hazard_at(
        &app,
        "520327002205",
        HazardState::Reopened,
        day(11, 1),
        None,
    )
    .await;

    let rows = overview(&app, &heba, &heba_id, "2026-11").await;
    let villages = grid_node::Entity::find()
        .filter(grid_node::Column::ParentId.eq(uuid::Uuid::parse_str(&heba_id).unwrap()))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(rows.len() as u64, villages);
    let names: Vec<&str> = rows
        .iter()
        .map(|r| r["node"]["name"].as_str().unwrap())
        .collect();
    let ids: Vec<&Value> = rows.iter().map(|r| &r["node"]["id"]).collect();
    assert!(ids.windows(2).all(|w| w[0] != w[1]), "{names:?}");

    let liaisons = liaisons_in_lingyun(&app, &heba).await;
    let lingyun = rows
        .iter()
        .find(|r| r["node"]["id"] == json!(village))
        .unwrap();
    assert_eq!(lingyun["inspectionsDone"], 6);
    assert_eq!(
        lingyun["inspectionsExpected"].as_u64().unwrap(),
        4 + 3 * liaisons
    );
    let rate = lingyun["completenessRate"].as_f64().unwrap();
    assert!((rate - 6.0 / (4.0 + 3.0 * liaisons as f64)).abs() < 1e-9);
    assert_eq!(lingyun["leaderVisitsDone"], 1);
    assert_eq!(
        (
            &lingyun["hazardsOpen"],
            &lingyun["hazardsOverdue"],
            &lingyun["hazardsClosed"]
        ),
        (&json!(3), &json!(1), &json!(1))
    );
    let next = app.node_id("520327002205").await;
    let neighbour = rows
        .iter()
        .find(|r| r["node"]["id"] == json!(next))
        .unwrap();
    assert_eq!(
        (
            &neighbour["hazardsOpen"],
            &neighbour["hazardsOverdue"],
            &neighbour["inspectionsDone"]
        ),
        (&json!(1), &json!(1), &json!(0))
    );

    // The village's own overview has one row per group, agreeing with it.
    let groups = overview(&app, &heba, &village, "2026-11").await;
    let g1 = app.node_id(LINGYUN_1).await;
    let group_1 = groups
        .iter()
        .find(|r| r["node"]["id"] == json!(g1))
        .unwrap();
    assert_eq!(
        (&group_1["inspectionsDone"], &group_1["inspectionsExpected"]),
        (&json!(2), &json!(3))
    );
    assert_eq!(
        (&group_1["hazardsOpen"], &group_1["hazardsClosed"]),
        (&json!(1), &json!(1))
    );
    // A group has no children.
    assert!(overview(&app, &heba, &g1, "2026-11").await.is_empty());
}

/// Statements the server sends for one request.
async fn statements_for(app: &TestApp, s: &Session, node: &str) -> u64 {
    let before = app.state.statements.load(Ordering::SeqCst);
    let rows = overview(app, s, node, "2026-11").await;
    assert!(!rows.is_empty());
    app.state.statements.load(Ordering::SeqCst) - before
}

#[tokio::test]
async fn the_month_overview_sends_as_many_statements_for_many_villages_as_for_few() {
    let app = app_at(MID_NOVEMBER).await;
    november_in_lingyun(&app).await;
    let county = app.login_demo("fenggang").await;
    let townships = grid_node::Entity::find()
        .filter(grid_node::Column::Level.eq(4))
        .all(&app.state.db)
        .await
        .unwrap();
    let mut sizes = Vec::new();
    for t in townships {
        let n = grid_node::Entity::find()
            .filter(grid_node::Column::ParentId.eq(t.id))
            .count(&app.state.db)
            .await
            .unwrap();
        sizes.push((n, t.id.to_string()));
    }
    sizes.sort();
    let (few, many) = (sizes.first().unwrap(), sizes.last().unwrap());
    assert!(
        many.0 >= 2 * few.0,
        "townships of {} and {} villages",
        few.0,
        many.0
    );

    // Warm up (the first request of a session may touch it).
    statements_for(&app, &county, &few.1).await;
    let small = statements_for(&app, &county, &few.1).await;
    let large = statements_for(&app, &county, &many.1).await;
    let county_wide = statements_for(&app, &county, &county.node_id).await;
    assert_eq!(
        small, large,
        "{} villages: {small} statements; {} villages: {large}",
        few.0, many.0
    );
    assert_eq!(small, county_wide, "14 townships: {county_wide} statements");
    assert!(small <= 12, "{small} statements for one overview");
    eprintln!(
        "monthOverview: {small} statements for {} or {} villages",
        few.0, many.0
    );
}

#[tokio::test]
async fn the_rate_is_counted_over_expected_so_one_posts_extra_patrols_do_not_hide_a_shortfall() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.login_demo("heba").await;
    let officer = app.login_demo("lingyun").await;
    let liaison = app.login_demo("lingyun-1").await;
    let (village, group) = (app.node_id(LINGYUN).await, app.node_id(LINGYUN_1).await);
    // Five patrols against a quota of 3; one inspection against 4.
    for day in 2..7 {
        let at = format!("2026-11-{day:02}T02:00:00Z");
        app.record_ok(&liaison, input(&group, "GROUP_PATROL", &at))
            .await;
    }
    app.record_ok(
        &officer,
        input(&village, "VILLAGE_INSPECTION", "2026-11-09T02:00:00Z"),
    )
    .await;
    let document = OVERVIEW.replace("inspectionsDone", "inspectionsDone inspectionsCounted");
    let rows = app
        .query(
            &heba.access_token,
            &document,
            json!({ "id": app.node_id(HEBA).await, "month": "2026-11" }),
        )
        .await
        .data()["monthOverview"]
        .clone();
    let lingyun = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["node"]["id"] == json!(village))
        .unwrap()
        .clone();
    let expected = lingyun["inspectionsExpected"].as_f64().unwrap();
    assert_eq!(
        (&lingyun["inspectionsDone"], &lingyun["inspectionsCounted"]),
        (&json!(6), &json!(4)),
        "3 of the 5 patrols count, and the one inspection"
    );
    let rate = lingyun["completenessRate"].as_f64().unwrap();
    assert!((rate - 4.0 / expected).abs() < 1e-9, "{rate}");
}

#[tokio::test]
async fn the_month_tables_open_on_last_month_until_its_close_day() {
    for (now, month) in [
        ("2026-12-02T04:00:00Z", "2026-11"),
        ("2026-12-05T15:00:00Z", "2026-11"),
        ("2026-12-06T04:00:00Z", "2026-12"),
    ] {
        let app = app_at(now).await;
        let viewer = app.login_demo("zunyi").await;
        let rules = app
            .query(
                &viewer.access_token,
                "{ fieldRules { currentMonth monthCloseDay quotaVillageOfficer quotaGroupLiaison today } }",
                json!({}),
            )
            .await;
        let r = &rules.data()["fieldRules"];
        assert_eq!(r["currentMonth"], month, "at {now}");
        assert_eq!(
            (
                &r["monthCloseDay"],
                &r["quotaVillageOfficer"],
                &r["quotaGroupLiaison"]
            ),
            (&json!(5), &json!(4), &json!(3))
        );
    }
}
