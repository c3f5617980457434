//! The hazard ledger's filters (隐患台账): sector, the days reported and
//! text (its wildcards taken literally), with a clear error for a period
//! backwards; each row's place below the caller and its days overdue.
use super::fixtures::*;
use crate::helpers::spawn_demo_app_with;
use api::clock::Clock;
use chrono::{Duration, Utc};
use serde_json::json;

const LEDGER: &str = "query($u: ID, $c: String, $f: NaiveDate, $t: NaiveDate, $s: String) {
  hazards(under: $u, category: $c, reportedFrom: $f, reportedTo: $t, search: $s, first: 50) {
    totalCount nodes { title category placePath overdue daysOverdue } } }";

#[tokio::test]
async fn the_ledger_filters_by_sector_days_and_text_and_names_each_place_below_the_caller() {
    let start = Utc::now();
    let clock = Clock::settable(start);
    let app = spawn_demo_app_with({
        let clock = clock.clone();
        move |s| s.clock = clock
    })
    .await;
    let liaison = app.login_demo("lingyun-1").await;
    let township = app.login_demo("heba").await;
    let county = app.login_demo("fenggang").await;
    let group = app.node_id(LINGYUN_GROUP1).await;
    let fire = json!({ "title": "电线老化 100%_负荷", "category": "FIRE",
        "description": "三户共用一个插排", "deadline": today_plus(&app, 1) });
    report_ok(&app, &liaison, &group, fire).await;
    report_ok(&app, &liaison, &group, json!({ "title": "边坡落石 A" })).await;
    let ledger = |s: &crate::helpers::Session, vars: serde_json::Value| {
        let (app, token) = (&app, s.access_token.clone());
        async move { app.query(&token, LEDGER, vars).await }
    };
    let today = app.state.today().to_string();

    // By sector, and by text: "%" and "_" are letters, not wildcards.
    let by = |v: serde_json::Value| {
        let mut vars = json!({ "u": group, "f": today });
        vars.as_object_mut()
            .unwrap()
            .extend(v.as_object().unwrap().clone());
        vars
    };
    let fires = ledger(&county, by(json!({ "c": "FIRE" }))).await;
    assert_eq!(fires.data()["hazards"]["totalCount"], 1, "{}", fires.text);
    assert_eq!(fires.data()["hazards"]["nodes"][0]["category"], "FIRE");
    for (text, found) in [
        ("100%_", 1),
        ("插排", 1),
        ("%", 1),
        ("_", 1),
        ("0%0", 0),
        ("落石", 1),
        ("  ", 2),
    ] {
        let a = ledger(&county, by(json!({ "s": text }))).await;
        assert_eq!(
            a.data()["hazards"]["totalCount"],
            found,
            "{text:?}: {}",
            a.text
        );
    }
    // Reported from tomorrow: none of today's.
    let tomorrow = today_plus(&app, 1);
    let later = ledger(&county, json!({ "u": group, "f": tomorrow })).await;
    assert_eq!(later.data()["hazards"]["totalCount"], 0);
    let backwards = ledger(&county, json!({ "u": group, "f": tomorrow, "t": today })).await;
    assert_eq!(
        backwards.error_key().as_deref(),
        Some("period.from_after_to")
    );
    let long = ledger(&county, json!({ "u": group, "s": "长".repeat(51) })).await;
    assert_eq!(long.error_code().as_deref(), Some("BAD_USER_INPUT"));

    // The place, from just below each caller's own node.
    let fire_row = |a: &crate::helpers::Answer| a.data()["hazards"]["nodes"][0].clone();
    let path = |a: &crate::helpers::Answer| fire_row(a)["placePath"].clone();
    let s = by(json!({ "c": "FIRE" }));
    assert_eq!(
        path(&ledger(&county, s.clone()).await),
        json!(["何坝街道", "凌云村", "第一村民组"])
    );
    assert_eq!(
        path(&ledger(&township, s.clone()).await),
        json!(["凌云村", "第一村民组"])
    );
    assert_eq!(
        path(&ledger(&liaison, s.clone()).await),
        json!(["第一村民组"])
    );

    // Days overdue: none until the deadline has passed, then whole days.
    let row = fire_row(&ledger(&county, s.clone()).await);
    assert_eq!(
        (row["overdue"].clone(), row["daysOverdue"].clone()),
        (json!(false), json!(null))
    );
    clock.set(start + Duration::days(4));
    let row = fire_row(&ledger(&county, s).await);
    assert_eq!(
        (row["overdue"].clone(), row["daysOverdue"].clone()),
        (json!(true), json!(3))
    );
}
