//! The demo county shows last year's assessments on first start: most
//! approved, some submitted or in draft, one failing, and the ledger
//! deducting for them.
use crate::helpers::spawn_demo_app_with;
use chrono::Datelike;
use serde_json::json;

const LIST: &str = "query($u: ID!, $p: String) { assessments(under: $u, period: $p, first: 100) {
  totalCount nodes { status grade role total deductionFen assessor approvedBy } } }";
const LEDGER: &str =
    "query($n: ID!, $y: Int!) { subsidyLedger(nodeId: $n, year: $y) { totals { deductionFen } } }";

#[tokio::test]
async fn the_demo_county_has_a_year_of_assessments_and_the_ledger_deducts() {
    let app = spawn_demo_app_with(|s| s.demo_field_work = true).await;
    let county = app.login_demo("fenggang").await;
    let year = app.state.today().year() - 1;
    let node = app.node_id("520327").await;
    let answer = app
        .query(
            &county.access_token,
            LIST,
            json!({ "u": node, "p": year.to_string() }),
        )
        .await;
    let nodes = answer.data()["assessments"]["nodes"]
        .as_array()
        .unwrap()
        .clone();
    let count = |f: &dyn Fn(&serde_json::Value) -> bool| nodes.iter().filter(|n| f(n)).count();
    assert!(
        count(&|n| n["status"] == "APPROVED") > nodes.len() / 2,
        "{}",
        answer.text
    );
    assert!(
        count(&|n| n["status"] == "SUBMITTED") >= 1,
        "{}",
        answer.text
    );
    assert!(count(&|n| n["status"] == "DRAFT") >= 1, "{}", answer.text);
    assert!(count(&|n| n["grade"] == "FAIL") >= 1, "{}", answer.text);
    // Believable: most officers and liaisons pass.
    assert!(
        count(&|n| n["grade"] != "FAIL") > nodes.len() / 2,
        "{}",
        answer.text
    );
    assert!(
        count(&|n| n["role"] == "GROUP_LIAISON") >= 1,
        "{}",
        answer.text
    );
    assert!(nodes.iter().all(|n| n["assessor"].is_string()));
    let ledger = app
        .query(
            &county.access_token,
            LEDGER,
            json!({ "n": node, "y": year }),
        )
        .await;
    assert!(
        ledger.data()["subsidyLedger"]["totals"]["deductionFen"]
            .as_i64()
            .unwrap()
            > 0,
        "{}",
        ledger.text
    );
}
