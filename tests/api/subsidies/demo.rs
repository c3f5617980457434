//! The demo county's payrolls are alive on first start: last year's paid
//! for two townships' officers and one village's liaisons, this year's
//! approved and in draft; every paid payroll's ledger lines add up to
//! what was paid, and one carries an adjustment.
use crate::helpers::spawn_demo_app_with;
use chrono::Datelike;
use serde_json::json;

const LIST: &str = "query($y: Int) { payrolls(year: $y, first: 20) { totalCount nodes {
  payer { name } role status totalFen paidFen paidOn reference approvedBy preparedBy
  lines { kind amountFen reason } } } }";

#[tokio::test]
async fn the_demo_county_has_paid_payrolls_last_year_and_open_ones_this_year() {
    let app = spawn_demo_app_with(|s| s.demo_field_work = true).await;
    let county = app.login_demo("fenggang").await;
    let year = app.state.today().year();
    let last = app
        .query(&county.access_token, LIST, json!({ "y": year - 1 }))
        .await;
    let paid = last.data()["payrolls"]["nodes"].as_array().unwrap().clone();
    let shape: Vec<(&str, &str, &str)> = paid
        .iter()
        .map(|p| {
            (
                p["payer"]["name"].as_str().unwrap(),
                p["role"].as_str().unwrap(),
                p["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        shape,
        vec![
            ("龙泉街道", "VILLAGE_OFFICER", "PAID"),
            ("何坝街道", "VILLAGE_OFFICER", "PAID"),
            ("凌云村", "GROUP_LIAISON", "PAID"),
        ],
        "{}",
        last.text
    );
    for p in &paid {
        let ledger: i64 = p["lines"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["kind"] == "LEDGER")
            .map(|l| l["amountFen"].as_i64().unwrap())
            .sum();
        assert_eq!(p["paidFen"].as_i64(), Some(ledger), "{p}");
        assert!(
            p["reference"].is_string() && p["approvedBy"].is_string() && p["paidOn"].is_string()
        );
    }
    let adjusted = &paid[0]["lines"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (adjusted["kind"].as_str(), adjusted["amountFen"].as_i64()),
        (Some("ADJUSTMENT"), Some(2_000))
    );
    assert_eq!(
        paid[0]["totalFen"].as_i64(),
        paid[0]["paidFen"].as_i64().map(|f| f + 2_000)
    );

    let this = app
        .query(&county.access_token, LIST, json!({ "y": year }))
        .await;
    let open: Vec<&str> = this.data()["payrolls"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["status"].as_str().unwrap())
        .collect();
    assert_eq!(open, vec!["DRAFT", "APPROVED", "DRAFT"], "{}", this.text);
}

/// The statements one ledger request sends.
async fn ledger_statements(
    app: &crate::helpers::TestApp,
    s: &crate::helpers::Session,
    node: &str,
    year: i32,
) -> (u64, usize) {
    use std::sync::atomic::Ordering;
    const LEDGER: &str = "query($n: ID!, $y: Int!) { subsidyLedger(nodeId: $n, year: $y) {
      rows { appointment { id node { name } person { name } } personName netFen deductionFen fundingSource }
      totals { netFen } } }";
    let before = app.state.statements.load(Ordering::SeqCst);
    let a = app
        .query(&s.access_token, LEDGER, json!({ "n": node, "y": year }))
        .await;
    let spent = app.state.statements.load(Ordering::SeqCst) - before;
    let rows = a.data()["subsidyLedger"]["rows"].as_array().unwrap().len();
    (spent, rows)
}

#[tokio::test]
async fn the_demo_countys_ledger_sends_as_many_statements_as_one_villages() {
    // A debug build takes longer than the tests' 25 ms batch window to
    // resolve 666 rows, so their nested reads would land in a few batches
    // rather than one; a longer window shows the shape: no statement per row.
    let app = spawn_demo_app_with(|s| s.batch_window = std::time::Duration::from_millis(200)).await;
    let county = app.login_demo("fenggang").await;
    // Last year's: deductions from the approved assessments, paid payrolls.
    let year = app.state.today().year() - 1;
    let village = app.node_id("520327002204").await;
    ledger_statements(&app, &county, &village, year).await; // warm the session's own reads
    let mut counts = Vec::new();
    for code in ["520327002204", "520327002", "520327001", "520327"] {
        let node = app.node_id(code).await;
        counts.push(ledger_statements(&app, &county, &node, year).await);
    }
    eprintln!("demo ledger (statements, rows): {counts:?}");
    assert!(counts[3].1 > 10 * counts[0].1, "{counts:?}");
    assert!(counts.iter().all(|c| c.0 == counts[0].0), "{counts:?}");
}
