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
