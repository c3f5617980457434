//! Nested fields of payrolls, the ledger, the standards and the summary
//! (like nested_campaigns.rs): every field of each type is read, by every
//! demo role, inside and outside the subtree. Inside, the nested fields
//! answer and `allowedActions` is the decision's; outside, the answer is
//! a missing id's, byte for byte.
use super::nested::fields_of;
use crate::helpers::{spawn_demo_app, TestApp};
use chrono::Datelike;
use serde_json::{json, Value};

const PAYROLL: &str = "query($id: ID!) { node(id: $id) { __typename ... on Payroll {
  id payer { id name } role year period status totalFen paidFen preparedBy preparedAt approvedBy
  approvedAt paidBy paidOn reference version allowedActions updatedAt
  lines { id position kind appointment { id } personName daysInPost standardFen proratedFen
          deductionFen fundingSource amountFen reason createdAt }
} } }";

const LEDGER: &str = "query($id: ID!, $y: Int!) { subsidyLedger(nodeId: $id, year: $y) { year
  rows { appointment { id } role personName nodeName daysInPost standardFen proratedFen exempt
         exemptReason fundingSource deductionFen netFen assessed }
  totals { posts exemptPosts proratedFen deductionFen netFen countyBudgetFen povertyAlleviationFundFen }
} }";

const STANDARDS: &str = "query($y: Int!) { subsidyStandards(year: $y) {
  role amountFen setForYear isDefault version updatedAt } }";

const SUMMARY: &str = "query($id: ID!, $y: Int!) { payrollSummary(under: $id, year: $y) {
  payBy asOf rows { node { id name } dueFen approvedFen paidFen late } } }";

const PREPARE: &str = "mutation($p: ID!, $y: Int!) { preparePayroll(payerNodeId: $p, year: $y, period: \"年度\") { id } }";

#[test]
fn every_nested_field_of_a_payroll_a_ledger_a_standard_and_a_summary_is_in_the_matrix() {
    let types = [
        ("Payroll", PAYROLL),
        ("PayrollLine", PAYROLL),
        ("SubsidyLedger", LEDGER),
        ("SubsidyLedgerRow", LEDGER),
        ("SubsidyLedgerTotals", LEDGER),
        ("SubsidyStandard", STANDARDS),
        ("PayrollSummary", SUMMARY),
        ("PayrollSummaryRow", SUMMARY),
    ];
    for (ty, doc) in types {
        let words: Vec<&str> = doc
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let missing: Vec<String> = fields_of(ty)
            .into_iter()
            .filter(|f| !words.contains(&f.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "{ty} fields not read by the nested matrix: {missing:?}"
        );
    }
}

/// The answer to `doc`, or its error code when that is exactly a missing
/// id's answer.
async fn read(
    app: &TestApp,
    token: &str,
    doc: &str,
    vars: Value,
    id_var: &str,
) -> Result<Value, String> {
    let answer = app.query(token, doc, vars.clone()).await;
    let Some(code) = answer.error_code() else {
        return Ok(answer.body["data"].clone());
    };
    let mut other = vars;
    other[id_var] = json!(uuid::Uuid::new_v4().to_string());
    let missing = app.query(token, doc, other).await;
    if (missing.status, &missing.text) != (answer.status, &answer.text) {
        return Err(format!(
            "{code} differs from a missing id's: {} / {}",
            answer.text, missing.text
        ));
    }
    Err(code)
}

fn actions(v: &Value) -> Vec<String> {
    let mut a: Vec<String> = v["allowedActions"]
        .as_array()
        .expect("allowedActions")
        .iter()
        .map(|x| x.as_str().unwrap_or_default().to_string())
        .collect();
    a.sort();
    a
}

/// (user, the payroll's allowedActions or the refusal, whether the user
/// sees the township's ledger and summary)
type Case<'a> = (&'a str, Result<Vec<String>, &'a str>, bool);

#[tokio::test]
async fn nested_payroll_and_ledger_fields_follow_the_decision_for_every_role() {
    let app = spawn_demo_app().await;
    let year = api::clock::today().year() - 1;
    let heba = app.login_demo("heba").await;
    let township = app.node_id("520327002").await;
    let made = app
        .query(
            &heba.access_token,
            PREPARE,
            json!({ "p": township, "y": year }),
        )
        .await;
    let id = made.data()["preparePayroll"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let approve = vec!["ADJUST_PAYROLL".to_string(), "APPROVE_PAYROLL".to_string()];
    let cases: [Case; 6] = [
        ("zunyi", Ok(vec![]), true),
        ("fenggang", Ok(approve), true),
        ("heba", Ok(vec!["ADJUST_PAYROLL".to_string()]), true),
        ("longquan", Err("NOT_FOUND"), false),
        ("lingyun", Err("NOT_FOUND"), false),
        ("lingyun-1", Err("NOT_FOUND"), false),
    ];
    let mut wrong = Vec::new();
    for (user, expected, sees_township) in cases {
        let token = app.login_demo(user).await.access_token;
        match (
            read(&app, &token, PAYROLL, json!({ "id": id }), "id").await,
            &expected,
        ) {
            (Ok(data), Ok(want)) => {
                let p = &data["node"];
                if &actions(p) != want
                    || p["payer"]["name"] != "何坝街道"
                    || p["preparedBy"].is_null()
                {
                    wrong.push(format!("{user}: {p}"));
                }
                let line = &p["lines"][0];
                if line["appointment"]["id"].is_null()
                    || line["amountFen"].as_i64().unwrap_or(0) <= 0
                {
                    wrong.push(format!("{user}: line {line}"));
                }
            }
            (Err(code), Err(want)) if code == *want => {}
            (got, _) => wrong.push(format!("{user}: payroll {got:?}, expected {expected:?}")),
        }
        let vars = json!({ "id": township, "y": year });
        for (doc, field) in [(LEDGER, "subsidyLedger"), (SUMMARY, "payrollSummary")] {
            match read(&app, &token, doc, vars.clone(), "id").await {
                Ok(data) if sees_township => {
                    let rows = data[field]["rows"].as_array().map_or(0, Vec::len);
                    if rows == 0 {
                        wrong.push(format!("{user}: {field} has no rows"));
                    }
                }
                Err(code) if !sees_township && code == "NOT_FOUND" => {}
                got => wrong.push(format!("{user}: {field} {got:?}")),
            }
        }
        // Every caller at or below the county reads its county's standards.
        let standards = app.query(&token, STANDARDS, json!({ "y": year })).await;
        let shown = &standards.body["data"]["subsidyStandards"];
        let above_county = user == "zunyi";
        match (above_county, standards.error_key()) {
            (true, Some(k)) if k == "subsidy.county_required" => {}
            (false, None)
                if shown[0]["amountFen"] == 120_000 && shown[1]["amountFen"] == 50_000 => {}
            _ => wrong.push(format!("{user}: standards {}", standards.text)),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
