//! Who sees which payroll: another township's is "not found", byte for
//! byte like a missing id, in every read and step; the county sees what
//! is due, approved and paid per township and what is late; the payroll
//! list sends as many statements for three payrolls as for one.
use super::fixture::money;
use super::steps::{approve_doc, node_doc};
use serde_json::json;
use std::sync::atomic::Ordering;

const LIST: &str = "query($under: ID, $status: PayrollStatus) { payrolls(under: $under, year: 2025, status: $status, first: 20) {
  totalCount nodes { id status totalFen preparedBy approvedBy payer { name } lines { personName amountFen appointment { id } } } } }";
const SUMMARY: &str =
    "query($n: ID!, $by: NaiveDate) { payrollSummary(under: $n, year: 2025, payBy: $by) {
  payBy asOf rows { node { name } dueFen approvedFen paidFen late } } }";

#[tokio::test]
async fn another_townships_payroll_is_not_found_like_a_missing_id() {
    let m = money().await;
    let jia = m.account("scope-jia", &m.townships[0], "ADMIN").await;
    let yi = m.account("scope-yi", &m.townships[1], "ADMIN").await;
    let made = m.prepare(&jia, &m.townships[0], "scope-jia-2025").await;
    let id = made.data()["preparePayroll"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let missing = uuid::Uuid::new_v4().to_string();
    for doc in [node_doc(), approve_doc()] {
        let outside = m.as_user(&yi, &doc, json!({ "id": id })).await;
        let none = m.as_user(&yi, &doc, json!({ "id": missing })).await;
        assert_eq!(
            outside.error_code().as_deref(),
            Some("NOT_FOUND"),
            "{}",
            outside.text
        );
        assert_eq!((outside.status, &outside.text), (none.status, &none.text));
    }
    let adjust = m.adjust(&yi, &id, &m.officer, 100, "scope-yi-adjust").await;
    assert_eq!(adjust.error_code().as_deref(), Some("NOT_FOUND"));
    let pay = m.pay(&yi, &id, "2026-01-15").await;
    assert_eq!(pay.error_code().as_deref(), Some("NOT_FOUND"));
    // Not in its list, and its township is not a filter it may use.
    let own = m.as_user(&yi, LIST, json!({})).await;
    assert_eq!(own.data()["payrolls"]["totalCount"], 0);
    let under = m
        .as_user(&yi, LIST, json!({ "under": m.townships[0] }))
        .await;
    assert_eq!(under.error_code().as_deref(), Some("NOT_FOUND"));
    let listed = m.as_user(&jia, LIST, json!({})).await;
    assert_eq!(listed.data()["payrolls"]["nodes"][0]["id"], json!(id));
    // A village below reads neither its township's payroll nor its ledger's standards' owner.
    let village = m
        .account("scope-village", &m.villages[0], "VILLAGE_OFFICER")
        .await;
    let below = m.as_user(&village, &node_doc(), json!({ "id": id })).await;
    assert_eq!(below.error_code().as_deref(), Some("NOT_FOUND"));
}

#[tokio::test]
async fn the_county_sees_due_approved_paid_and_late_per_township() {
    let m = money().await;
    let jia = m.account("sum-jia", &m.townships[0], "ADMIN").await;
    let county = m.account("sum-county", &m.county, "ADMIN").await;
    m.paid(&jia, &county, &m.townships[0]).await;
    m.paid(&jia, &county, &m.villages[0]).await;
    let community = m.prepare(&jia, &m.villages[1], "sum-community").await;
    let id = community.data()["preparePayroll"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    m.approve(&county, &id).await.data();
    let yi = m.account("sum-yi-2025", &m.townships[1], "ADMIN").await;
    m.prepare(&yi, &m.townships[1], "sum-yi-2025").await.data();

    let s = m.as_user(&county, SUMMARY, json!({ "n": m.county })).await;
    let s = &s.data()["payrollSummary"];
    assert_eq!(
        (s["payBy"].as_str(), s["asOf"].as_str()),
        (Some("2025-12-31"), Some("2026-01-15"))
    );
    // 甲镇: due 59506 + 60493 + 41917 + 0 + 50000; paid the officers and 甲村's liaison.
    assert_eq!(
        s["rows"],
        json!([
            { "node": { "name": "甲镇" }, "dueFen": 211_916, "approvedFen": 211_916, "paidFen": 161_916, "late": true },
            { "node": { "name": "乙镇" }, "dueFen": 120_000, "approvedFen": 0, "paidFen": 0, "late": true },
        ])
    );
    // Paid by a later day: not late yet.
    let later = m
        .as_user(
            &county,
            SUMMARY,
            json!({ "n": m.county, "by": "2026-03-31" }),
        )
        .await;
    let rows = &later.data()["payrollSummary"]["rows"];
    assert_eq!(
        (rows[0]["late"].as_bool(), rows[1]["late"].as_bool()),
        (Some(false), Some(false))
    );
    // Paid in full is never late.
    m.pay(&jia, &id, "2026-01-15").await.data();
    let s = m.as_user(&county, SUMMARY, json!({ "n": m.county })).await;
    assert_eq!(s.data()["payrollSummary"]["rows"][0]["late"], false);
    // A township reads its own villages' summary, not the county's.
    let own = m.as_user(&yi, SUMMARY, json!({ "n": m.county })).await;
    assert_eq!(own.error_code().as_deref(), Some("NOT_FOUND"));
}

async fn counted(m: &super::fixture::Money, s: &crate::helpers::Session) -> (u64, usize) {
    let before = m.app.state.statements.load(Ordering::SeqCst);
    let a = m.as_user(s, LIST, json!({ "under": m.county })).await;
    let spent = m.app.state.statements.load(Ordering::SeqCst) - before;
    (
        spent,
        a.data()["payrolls"]["nodes"].as_array().unwrap().len(),
    )
}

#[tokio::test]
async fn the_payroll_list_sends_as_many_statements_for_three_payrolls_as_for_one() {
    let m = money().await;
    let jia = m.account("count-jia", &m.townships[0], "ADMIN").await;
    let county = m.account("count-county", &m.county, "ADMIN").await;
    m.paid(&jia, &county, &m.townships[0]).await;
    counted(&m, &county).await; // warm the session's own reads
    let one = counted(&m, &county).await;
    m.paid(&jia, &county, &m.villages[0]).await;
    m.prepare(&jia, &m.villages[1], "count-community")
        .await
        .data();
    let three = counted(&m, &county).await;
    assert_eq!((one.1, three.1), (1, 3));
    eprintln!("payrolls: {one:?} / {three:?} (statements, payrolls)");
    assert_eq!(one.0, three.0);
}

async fn summary_statements(m: &super::fixture::Money, node: &str) -> (u64, usize) {
    let before = m.app.state.statements.load(Ordering::SeqCst);
    let a = m.ok(SUMMARY, json!({ "n": node })).await;
    let spent = m.app.state.statements.load(Ordering::SeqCst) - before;
    (spent, a["payrollSummary"]["rows"].as_array().unwrap().len())
}

#[tokio::test]
async fn the_summary_sends_as_many_statements_for_fourteen_townships_as_for_two() {
    let m = money().await;
    summary_statements(&m, &m.county).await; // warm the session's own reads
    let two = summary_statements(&m, &m.county).await;
    let demo = m.app.node_id("520327").await;
    let fourteen = summary_statements(&m, &demo).await;
    assert_eq!((two.1, fourteen.1), (2, 14));
    eprintln!("payrollSummary: {two:?} / {fourteen:?} (statements, townships)");
    assert_eq!(two.0, fourteen.0);
}
