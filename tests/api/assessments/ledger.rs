//! The ledger deducts the approved assessment's points lost × the rules'
//! fen per point, fixed at approval: a later rule change does not move
//! it, and without an approved (current) assessment nothing is deducted.
use super::fixture::{county, score, start, step};
use serde_json::{json, Value};

const LEDGER: &str = "query($n: ID!, $y: Int!) { subsidyLedger(nodeId: $n, year: $y) {
  rows { personName proratedFen deductionFen netFen assessed }
  totals { deductionFen netFen } } }";

async fn row(c: &super::fixture::County, name: &str) -> (Value, Value) {
    let d = c
        .ok(LEDGER, json!({ "n": c.townships[0], "y": 2025 }))
        .await;
    let rows = d["subsidyLedger"]["rows"].as_array().unwrap().clone();
    let r = rows
        .into_iter()
        .find(|r| r["personName"] == name)
        .unwrap_or_else(|| panic!("no row for {name}: {d}"));
    (r, d["subsidyLedger"]["totals"].clone())
}

#[tokio::test]
async fn the_ledger_deducts_the_approved_assessment_to_the_fen() {
    let c = county().await;
    let a = start(&c, &c.jia, &c.officer.appointment, "2025").await;
    let id = a.data()["startAssessment"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    score(&c, &c.jia, &id, "other", 8, None).await.data();
    step(&c, &c.jia, "submitAssessment", &id, "").await.data();
    let (r, _) = row(&c, "甲一").await;
    assert_eq!(
        r,
        json!({ "personName": "甲一", "proratedFen": 120000, "deductionFen": 0, "netFen": 120000, "assessed": false })
    );

    let ok = step(&c, &c.county_admin, "approveAssessment", &id, "").await;
    // 53 points: 47 lost × 1,200 fen.
    assert_eq!(ok.data()["approveAssessment"]["deductionFen"], 56_400);
    let (r, totals) = row(&c, "甲一").await;
    assert_eq!(
        r,
        json!({ "personName": "甲一", "proratedFen": 120000, "deductionFen": 56400, "netFen": 63600, "assessed": true })
    );
    assert_eq!(totals["deductionFen"], 56_400);

    // The county changes its rules later: what was approved stands.
    let rules = json!([{ "role": "VILLAGE_OFFICER", "periodKind": "YEAR", "passMark": 60, "fenPerPoint": 9999,
        "items": [{ "key": "other", "title": "其他职责", "maxPoints": 100, "measure": "MANUAL", "perMiss": 0 }] }]);
    c.ok_as(
        &c.county_admin,
        "mutation($n: ID!, $r: [AssessmentRuleInput!]!) { setAssessmentRules(nodeId: $n, rules: $r) { role } }",
        json!({ "n": c.county, "r": rules }),
    )
    .await;
    assert_eq!(row(&c, "甲一").await.0["deductionFen"], 56_400);

    // Revised into a new draft: no approved current version, nothing deducted.
    step(
        &c,
        &c.jia,
        "reviseAssessment",
        &id,
        ", reason: \"核实后更正\"",
    )
    .await
    .data();
    let (r, _) = row(&c, "甲一").await;
    assert_eq!(
        (&r["deductionFen"], &r["assessed"]),
        (&0.into(), &false.into())
    );
}
