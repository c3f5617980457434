//! Campaign progress: each township on each milestone as of a day, from
//! the records (the fixture's table), in a fixed number of statements.
use super::fixture::{county, PROGRESS};
use serde_json::json;
use std::sync::atomic::Ordering;

const ON_TIME: &str = "DONE_ON_TIME";
const LATE: &str = "DONE_LATE";
const NOT_DONE: &str = "NOT_DONE";
const NOT_DUE: &str = "NOT_DUE";

fn row(statuses: &[&str]) -> Vec<String> {
    statuses.iter().map(|s| s.to_string()).collect()
}

#[tokio::test]
async fn each_township_is_on_time_late_or_not_done_as_of_three_days() {
    let c = county().await;
    let expect = |a: &[&str], b: &[&str], cc: &[&str]| {
        vec![
            ("甲镇".to_string(), row(a)),
            ("乙镇".to_string(), row(b)),
            ("丙镇".to_string(), row(cc)),
        ]
    };
    // Before the first deadline only 甲's roster is in.
    assert_eq!(
        c.statuses("2018-05-22").await,
        expect(
            &[ON_TIME, NOT_DUE, NOT_DUE, NOT_DUE],
            &[NOT_DUE, NOT_DUE, NOT_DUE, NOT_DUE],
            &[NOT_DUE, NOT_DUE, NOT_DUE, NOT_DUE],
        )
    );
    // Mid-June: the May deadlines have passed; the build-out is not due.
    assert_eq!(
        c.statuses("2018-06-15").await,
        expect(
            &[ON_TIME, ON_TIME, ON_TIME, NOT_DUE],
            &[LATE, LATE, LATE, NOT_DUE],
            &[NOT_DONE, NOT_DONE, NOT_DONE, NOT_DUE],
        )
    );
    // After the build-out's day: 丙 has a demonstration village only.
    assert_eq!(
        c.statuses("2018-07-15").await,
        expect(
            &[ON_TIME, ON_TIME, ON_TIME, ON_TIME],
            &[LATE, LATE, LATE, LATE],
            &[NOT_DONE, NOT_DONE, NOT_DONE, NOT_DONE],
        )
    );
}

#[tokio::test]
async fn a_milestone_says_when_it_was_met_and_by_which_records() {
    let c = county().await;
    let d = c
        .ok(
            PROGRESS,
            json!({ "c": c.campaign, "under": c.county, "asOf": "2018-07-15" }),
        )
        .await;
    let p = &d["campaignProgress"];
    assert_eq!(p["asOf"], "2018-07-15");
    let late = &p["townships"][1]["milestones"];
    assert_eq!(late[0]["doneOn"], "2018-06-05", "{p}");
    assert_eq!(late[1]["doneOn"], "2018-06-10");
    assert_eq!(
        (late[1]["done"].as_i64(), late[1]["total"].as_i64()),
        (Some(2), Some(2))
    );
    assert_eq!(late[3]["doneOn"], "2018-07-05");
    // The evidence opens with node(id:): the roster, the plan, the sites.
    for (i, kind) in [
        (0, "RosterSubmission"),
        (2, "Document"),
        (3, "Demonstration"),
    ] {
        let ids = late[i]["evidenceIds"].as_array().unwrap();
        assert!(!ids.is_empty(), "{i}: {p}");
        let a = c
            .ok(
                "query($id: ID!) { node(id: $id) { __typename } }",
                json!({ "id": ids[0] }),
            )
            .await;
        assert_eq!(a["node"]["__typename"], kind);
    }
    let missing = &p["townships"][2]["milestones"];
    assert_eq!(missing[1]["doneOn"], serde_json::Value::Null);
    assert_eq!(
        (missing[1]["done"].as_i64(), missing[1]["total"].as_i64()),
        (Some(1), Some(2))
    );
    let totals = &p["totals"];
    assert_eq!(totals[3]["milestone"]["kind"], "BUILD_OUT");
    assert_eq!(
        (
            totals[3]["doneOnTime"].as_i64(),
            totals[3]["doneLate"].as_i64(),
            totals[3]["notDone"].as_i64()
        ),
        (Some(1), Some(1), Some(1))
    );
}

async fn count(c: &super::fixture::County) -> (u64, usize) {
    let vars = json!({ "c": c.campaign, "under": c.county, "asOf": "2018-07-15" });
    let before = c.app.state.statements.load(Ordering::SeqCst);
    let d = c.ok(PROGRESS, vars).await;
    let spent = c.app.state.statements.load(Ordering::SeqCst) - before;
    (
        spent,
        d["campaignProgress"]["townships"].as_array().unwrap().len(),
    )
}

#[tokio::test]
async fn progress_sends_as_many_statements_for_four_townships_as_for_three() {
    let mut c = county().await;
    let (three, rows) = count(&c).await;
    assert_eq!(rows, 3);
    c.township("丁镇", 3).await;
    c.roster(3).await;
    c.plan(3).await;
    let (four, rows) = count(&c).await;
    assert_eq!(rows, 4);
    eprintln!("campaignProgress: {three} statements for 3 townships, {four} for 4");
    assert_eq!(three, four);
}

#[tokio::test]
async fn a_campaign_outside_your_area_is_not_found_and_a_future_day_is_refused() {
    let c = county().await;
    // The demo county's township administrator does not see the fixture
    // county's campaign at all: the same answer as a random id.
    let heba = c.app.login_demo("heba").await;
    let outside = c
        .app
        .query(&heba.access_token, PROGRESS, json!({ "c": c.campaign }))
        .await;
    let random = c
        .app
        .query(
            &heba.access_token,
            PROGRESS,
            json!({ "c": uuid::Uuid::new_v4().to_string() }),
        )
        .await;
    assert_eq!(
        outside.error_code().as_deref(),
        Some("NOT_FOUND"),
        "{}",
        outside.text
    );
    assert_eq!(outside.text, random.text);
    // A future day is refused.
    let future = c
        .app
        .query(
            &c.root.access_token,
            PROGRESS,
            json!({ "c": c.campaign, "asOf": "2018-12-01" }),
        )
        .await;
    assert_eq!(
        future.error_code().as_deref(),
        Some("BAD_USER_INPUT"),
        "{}",
        future.text
    );
}

#[tokio::test]
async fn progress_for_the_whole_demo_county_sends_as_many_statements_as_for_one_township() {
    use super::fixture::{milestones, CREATE_CAMPAIGN};
    use crate::inspections::{app_at, HEBA, MID_NOVEMBER};
    let app = app_at(MID_NOVEMBER).await;
    let county = app.login_demo("fenggang").await;
    let county_id = app.node_id("520327").await;
    let made = app
        .query(
            &county.access_token,
            CREATE_CAMPAIGN,
            json!({ "n": county_id, "input": { "name": "巩固提升", "year": 2026, "milestones": milestones() } }),
        )
        .await;
    let campaign = made.data()["createCampaign"]["id"].clone();
    let mut spent = Vec::new();
    for under in [county_id.clone(), app.node_id(HEBA).await] {
        let vars = json!({ "c": campaign, "under": under });
        let before = app.state.statements.load(Ordering::SeqCst);
        let a = app.query(&county.access_token, PROGRESS, vars).await;
        spent.push((
            app.state.statements.load(Ordering::SeqCst) - before,
            a.data()["campaignProgress"]["townships"]
                .as_array()
                .unwrap()
                .len(),
        ));
    }
    eprintln!("campaignProgress: {spent:?} (statements, townships)");
    assert!(spent[0].1 > 10 && spent[1].1 == 1, "{spent:?}");
    assert_eq!(spent[0].0, spent[1].0, "{spent:?}");
}
