//! The 2025 ledger of the fixture county, to the fen: proration across a
//! replacement on a given day, an exempt community, a 五员 person's fund,
//! totals that are the sums of the lines; standards as data; the statement
//! count of the ledger whatever the number of posts.
use super::fixture::money;
use serde_json::{json, Value};
use std::sync::atomic::Ordering;

const STANDARDS: &str = "query($y: Int!, $c: ID) { subsidyStandards(year: $y, countyId: $c) {
  role amountFen setForYear isDefault version updatedAt } }";
const SET: &str = "mutation($y: Int!, $r: SubsidyRole!, $a: Fen!, $c: ID, $why: String) {
  setSubsidyStandard(year: $y, role: $r, amountFen: $a, countyId: $c, reason: $why) {
    role amountFen setForYear isDefault version } }";

/// (person, days, standard, prorated, exempt reason, fund, net) per row.
fn lines(ledger: &Value) -> Vec<(String, i64, i64, i64, Value, String, i64)> {
    ledger["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["personName"].as_str().unwrap().to_string(),
                r["daysInPost"].as_i64().unwrap(),
                r["standardFen"].as_i64().unwrap(),
                r["proratedFen"].as_i64().unwrap(),
                r["exemptReason"].clone(),
                r["fundingSource"].as_str().unwrap().to_string(),
                r["netFen"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn row(
    name: &str,
    days: i64,
    standard: i64,
    prorated: i64,
    exempt: Value,
    fund: &str,
) -> (String, i64, i64, i64, Value, String, i64) {
    (
        name.into(),
        days,
        standard,
        prorated,
        exempt,
        fund.into(),
        prorated,
    )
}

#[tokio::test]
async fn the_fixture_year_gives_known_ledger_lines_to_the_fen() {
    let m = money().await;
    let ledger = m.ledger(&m.county, 2025).await;
    let county = "COUNTY_BUDGET";
    let poverty = "POVERTY_ALLEVIATION_FUND";
    let none = Value::Null;
    assert_eq!(
        lines(&ledger),
        vec![
            // 甲镇: 甲村 (officer replaced on 07-01), its group, the exempt community.
            row("甲一", 181, 120_000, 59_506, none.clone(), county),
            row("甲二", 184, 120_000, 60_493, none.clone(), poverty),
            row("甲三", 306, 50_000, 41_917, none.clone(), county),
            row("和平一", 365, 0, 0, json!("URBAN_COMMUNITY"), county),
            row("和平二", 365, 50_000, 50_000, none.clone(), county),
            // 乙镇
            row("乙一", 365, 120_000, 120_000, none, county),
        ],
        "{ledger}"
    );
    let rows = ledger["rows"].as_array().unwrap();
    assert!(
        rows.iter().all(|r| r["deductionFen"] == 0),
        "no assessments yet"
    );
    assert_eq!(rows[3]["exempt"], true);
    assert_eq!(rows[0]["appointment"]["endDate"], "2025-07-01");
    assert_eq!(rows[1]["appointment"]["startDate"], "2025-07-01");
    assert_eq!(
        ledger["totals"],
        json!({ "posts": 6, "exemptPosts": 1, "proratedFen": 331_916, "deductionFen": 0,
                "netFen": 331_916, "countyBudgetFen": 271_423, "povertyAlleviationFundFen": 60_493 })
    );
    // The year before the liaison started and the officer was replaced.
    let before = m.ledger(&m.villages[0], 2024).await;
    assert_eq!(
        lines(&before),
        vec![row("甲一", 366, 120_000, 120_000, Value::Null, county)]
    );
}

#[tokio::test]
async fn standards_are_data_per_year_and_a_change_keeps_the_old_version() {
    let m = money().await;
    let read = |y: i32| m.ok(STANDARDS, json!({ "y": y, "c": m.county }));
    let notice = read(2025).await;
    assert_eq!(
        notice["subsidyStandards"],
        json!([
            { "role": "VILLAGE_OFFICER", "amountFen": 120_000, "setForYear": null, "isDefault": true, "version": 0, "updatedAt": null },
            { "role": "GROUP_LIAISON", "amountFen": 50_000, "setForYear": null, "isDefault": true, "version": 0, "updatedAt": null },
        ])
    );
    let county_admin = m.account("butie-county", &m.county, "ADMIN").await;
    let set = |a: i64, why: Option<&str>| {
        let vars = json!({ "y": 2025, "r": "GROUP_LIAISON", "a": a, "why": why });
        m.as_user(&county_admin, SET, vars)
    };
    let made = set(60_000, None).await;
    assert_eq!(
        made.data()["setSubsidyStandard"]["version"],
        1,
        "{}",
        made.text
    );
    // A change of a year's standard needs a reason, and is a new version.
    let unexplained = set(65_000, None).await;
    assert_eq!(
        unexplained.error_key().as_deref(),
        Some("record.reason_required")
    );
    let changed = set(65_000, Some("县财政调整")).await;
    assert_eq!(
        changed.data()["setSubsidyStandard"]["version"],
        2,
        "{}",
        changed.text
    );
    let kept = entity::record_version::Entity::find()
        .filter(entity::record_version::Column::RecordKind.eq("subsidy_standard"))
        .all(&m.app.state.db)
        .await
        .unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        (kept[0].version, kept[0].reason.as_str()),
        (1, "县财政调整")
    );
    // It holds for later years, not earlier ones; the ledger follows.
    assert_eq!(read(2026).await["subsidyStandards"][1]["amountFen"], 65_000);
    assert_eq!(read(2026).await["subsidyStandards"][1]["setForYear"], 2025);
    assert_eq!(read(2024).await["subsidyStandards"][1]["isDefault"], true);
    let ledger = m.ledger(&m.group, 2025).await;
    // 65000 × 306 / 365 = 54493.1…
    assert_eq!(ledger["rows"][0]["proratedFen"], 54_493);
    // Fen are whole: a fraction and a negative amount are refused.
    let fraction = m
        .as_user(
            &county_admin,
            SET,
            json!({ "y": 2025, "r": "GROUP_LIAISON", "a": 600.5 }),
        )
        .await;
    assert_eq!(
        fraction.error_code().as_deref(),
        Some("BAD_USER_INPUT"),
        "{}",
        fraction.text
    );
    let negative = set(-1, Some("错")).await;
    assert_eq!(
        negative.error_key().as_deref(),
        Some("subsidy.amount_out_of_range")
    );
    // Set by the county: a township administrator may not.
    let township = m.account("butie-jia", &m.townships[0], "ADMIN").await;
    let refused = m
        .as_user(
            &township,
            SET,
            json!({ "y": 2025, "r": "GROUP_LIAISON", "a": 1, "c": m.townships[0] }),
        )
        .await;
    assert_eq!(
        refused.error_key().as_deref(),
        Some("subsidy.standard_at_county"),
        "{}",
        refused.text
    );
    // … but reads its county's, by default.
    let own = m.as_user(&township, STANDARDS, json!({ "y": 2025 })).await;
    assert_eq!(own.data()["subsidyStandards"][1]["amountFen"], 65_000);
}

const NESTED: &str = "query($n: ID!, $y: Int!) { subsidyLedger(nodeId: $n, year: $y) {
  rows { appointment { id node { name } person { name } } netFen } } }";

async fn statements(m: &super::fixture::Money, node: &str) -> (u64, usize) {
    let before = m.app.state.statements.load(Ordering::SeqCst);
    let ledger = m.ledger(node, 2025).await;
    let spent = m.app.state.statements.load(Ordering::SeqCst) - before;
    (spent, ledger["rows"].as_array().unwrap().len())
}

#[tokio::test]
async fn the_ledger_sends_as_many_statements_for_a_county_as_for_a_group() {
    let m = money().await;
    m.ledger(&m.group, 2025).await; // warm the session's own reads
    let small = statements(&m, &m.group).await;
    let large = statements(&m, &m.county).await;
    assert_eq!((small.1, large.1), (1, 6));
    eprintln!("subsidyLedger: {small:?} / {large:?} (statements, rows)");
    assert_eq!(small.0, large.0);
    // The posts' own nested fields go through the loaders too: a row's
    // `appointment { node person }` costs no statement of its own.
    let nested = |n: &str| {
        let vars = json!({ "n": n, "y": 2025 });
        let m = &m;
        async move {
            let before = m.app.state.statements.load(Ordering::SeqCst);
            let a = m.as_user(&m.root, NESTED, vars).await;
            let rows = a.data()["subsidyLedger"]["rows"]
                .as_array()
                .map_or(0, Vec::len);
            (m.app.state.statements.load(Ordering::SeqCst) - before, rows)
        }
    };
    nested(&m.group).await;
    let (small_nested, large_nested) = (nested(&m.group).await, nested(&m.county).await);
    assert_eq!((small_nested.1, large_nested.1), (1, 6));
    assert_eq!(
        small_nested.0, large_nested.0,
        "{small_nested:?} / {large_nested:?}"
    );
    // And the demo county, a hundred times the posts.
    let demo = m.app.node_id("520327").await;
    let whole = statements(&m, &demo).await;
    assert!(whole.1 > 500, "{whole:?}");
    assert_eq!(small.0, whole.0, "{whole:?}");
}

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
