//! The demo county's townships are scored for this year, the item no rule
//! fills yet entered by the county office, and the year locked and
//! ranked: the ranking page is alive on first start.
use super::fixture::{item, CARD, RANKING};
use crate::helpers::spawn_demo_app_with;
use chrono::Datelike;
use serde_json::json;

#[tokio::test]
async fn the_demo_county_is_scored_locked_and_ranked_this_year() {
    let app = spawn_demo_app_with(|s| s.demo_field_work = true).await;
    let year = app.state.today().year();
    let county = app.node_id("520327").await;
    let office = app.login_demo("fenggang").await;
    let a = app
        .query(
            &office.access_token,
            RANKING,
            json!({ "c": county, "y": year }),
        )
        .await;
    let rows = a.data()["scorecardRanking"].as_array().unwrap().clone();
    assert_eq!(rows.len(), 14, "{}", a.text);
    assert!(rows.iter().all(|r| r["scorecard"]["locked"] == true));
    assert_eq!(rows[0]["rank"], 1);
    let totals: Vec<i64> = rows.iter().map(|r| r["total"].as_i64().unwrap()).collect();
    assert!(totals.windows(2).all(|w| w[0] >= w[1]), "{totals:?}");
    assert!(totals.iter().any(|t| *t > 0));

    // 何坝街道 reads its own card: the entered item and why points were lost.
    let heba = app.login_demo("heba").await;
    let d = app
        .query(
            &heba.access_token,
            CARD,
            json!({ "t": app.node_id("520327002").await, "y": year }),
        )
        .await;
    let card = &d.data()["scorecard"];
    assert_eq!(card["locked"], true, "{}", d.text);
    assert!(card["rank"].as_i64().unwrap() >= 1);
    // Computed from the year's approved assessments, and overridden by
    // the county office with its note.
    let entered = item(card, "assessments_done");
    assert!(!entered["auto"].is_null());
    assert!(entered["note"].as_str().unwrap().contains("考核"));
    let automatic = super::fixture::items(card)
        .filter(|i| !i["auto"].is_null())
        .count();
    assert!(automatic >= 10);
}
