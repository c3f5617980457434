//! The year table: village safety meetings against four a village, one row
//! per child, in a fixed number of statements whatever the number of
//! children or records.
use super::fixtures::meeting;
use crate::helpers::{Session, TestApp};
use crate::inspections::{app_at, HEBA, LINGYUN, MID_NOVEMBER};
use serde_json::{json, Value};
use std::sync::atomic::Ordering;

const YEAR: &str = "query($id: ID!, $year: Int!) { yearOverview(nodeId: $id, year: $year) {
  node { id name divisionCode } meetingsHeld meetingsExpected trainings drills publicity
  notebookChecksKept notebookChecksNotKept ceremonies reminders vehicles } }";

async fn year(app: &TestApp, s: &Session, node: &str, y: i32) -> (u64, Vec<Value>) {
    let before = app.state.statements.load(Ordering::SeqCst);
    let answer = app
        .query(&s.access_token, YEAR, json!({ "id": node, "year": y }))
        .await;
    let spent = app.state.statements.load(Ordering::SeqCst) - before;
    let rows = answer.data()["yearOverview"]
        .as_array()
        .unwrap_or_else(|| panic!("{}", answer.text))
        .clone();
    (spent, rows)
}

fn row<'a>(rows: &'a [Value], code: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["node"]["divisionCode"] == code)
        .unwrap_or_else(|| panic!("no row for {code}"))
}

#[tokio::test]
async fn the_year_table_counts_village_meetings_against_four_a_village() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.login_demo("heba").await;
    let lingyun = app.node_id(LINGYUN).await;
    let township = app.node_id(HEBA).await;
    for day in ["2026-11-02", "2026-11-10", "2026-11-18"] {
        app.record_meeting(&heba, meeting(&lingyun, "VILLAGE_SAFETY", day))
            .await
            .data();
    }
    // A township meeting is not a village safety meeting.
    app.record_meeting(&heba, meeting(&township, "TOWNSHIP_MONTHLY", "2026-11-18"))
        .await
        .data();

    let (_, rows) = year(&app, &heba, &township, 2026).await;
    assert_eq!(row(&rows, LINGYUN)["meetingsHeld"], 3);
    assert_eq!(row(&rows, LINGYUN)["meetingsExpected"], 4);
    let others: Vec<_> = rows
        .iter()
        .filter(|r| r["node"]["divisionCode"] != LINGYUN)
        .collect();
    assert!(!others.is_empty());
    assert!(others
        .iter()
        .all(|r| r["meetingsHeld"] == 0 && r["meetingsExpected"] == 4));
    // Another year holds none of them.
    let (_, last_year) = year(&app, &heba, &township, 2025).await;
    assert_eq!(row(&last_year, LINGYUN)["meetingsHeld"], 0);

    // From the county, the township's row sums its villages.
    let county = app.login_demo("fenggang").await;
    let (_, rows) = year(&app, &county, &county.node_id, 2026).await;
    let heba_row = row(&rows, HEBA);
    assert_eq!(heba_row["meetingsHeld"], 3);
    assert_eq!(heba_row["meetingsExpected"].as_u64().unwrap() % 4, 0);
    assert!(heba_row["meetingsExpected"].as_u64().unwrap() > 4);
}

#[tokio::test]
async fn the_year_table_sends_as_many_statements_for_the_county_as_for_a_township() {
    let app = app_at(MID_NOVEMBER).await;
    let county = app.login_demo("fenggang").await;
    let township = app.node_id(HEBA).await;
    year(&app, &county, &township, 2026).await; // warm the session's own reads
    let (for_township, few) = year(&app, &county, &township, 2026).await;
    let (for_county, many) = year(&app, &county, &county.node_id, 2026).await;
    assert!(many.len() > 1 && few.len() > many.len() / 10);
    let lingyun = app.node_id(LINGYUN).await;
    for day in ["2026-11-02", "2026-11-10", "2026-11-18"] {
        app.record_meeting(&county, meeting(&lingyun, "VILLAGE_SAFETY", day))
            .await
            .data();
    }
    let (with_records, _) = year(&app, &county, &county.node_id, 2026).await;
    assert_eq!(
        for_township,
        for_county,
        "{} and {} children",
        few.len(),
        many.len()
    );
    assert_eq!(for_county, with_records);
    eprintln!("yearOverview: {for_county} statements");
}
