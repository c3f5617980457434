//! A township reads its own card, read-only; another township's card is
//! NOT_FOUND like a missing one, and so is any card to a village; viewers
//! above read; only the county office scores, edits and locks.
use super::fixture::{CARD, LOCK, RANKING, SET_ITEM};
use super::template::{one_part, SET_TEMPLATE};
use crate::helpers::spawn_demo_app;
use chrono::Datelike;
use serde_json::json;

const HEBA: &str = "520327002";
const LONGQUAN: &str = "520327001";
const COUNTY: &str = "520327";

#[tokio::test]
async fn a_township_reads_its_own_card_and_not_another_townships() {
    let app = spawn_demo_app().await;
    let year = app.state.today().year();
    let (heba, longquan, county) = (
        app.node_id(HEBA).await,
        app.node_id(LONGQUAN).await,
        app.node_id(COUNTY).await,
    );
    let card = |t: &str| json!({ "t": t, "y": year });

    let own = app.login_demo("heba").await;
    let mine = app.query(&own.access_token, CARD, card(&heba)).await;
    let data = &mine.data()["scorecard"];
    assert_eq!(data["township"]["name"], "何坝街道", "{}", mine.text);
    assert_eq!(
        data["allowedActions"],
        json!([]),
        "read-only for the township"
    );
    let card_id = data["id"].as_str().unwrap().to_string();

    let other = app.query(&own.access_token, CARD, card(&longquan)).await;
    assert_eq!(other.error_code().as_deref(), Some("NOT_FOUND"));
    let missing = app
        .query(
            &own.access_token,
            CARD,
            card(&uuid::Uuid::new_v4().to_string()),
        )
        .await;
    assert_eq!(missing.error_code().as_deref(), Some("NOT_FOUND"));
    let by_node = app
        .query(
            &own.access_token,
            "query($id: ID!) { node(id: $id) { ... on Scorecard { year } } }",
            json!({ "id": card_id }),
        )
        .await;
    assert_eq!(by_node.data()["node"]["year"], year, "{}", by_node.text);
    let theirs = app.login_demo("longquan").await;
    let by_node = app
        .query(
            &theirs.access_token,
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": card_id }),
        )
        .await;
    assert_eq!(by_node.error_code().as_deref(), Some("NOT_FOUND"));

    // The township may not score, edit or lock; nor see the county's ranking.
    let set = app
        .query(
            &own.access_token,
            SET_ITEM,
            json!({ "s": card_id, "k": "assessments_done", "p": 5, "n": "自评" }),
        )
        .await;
    assert_eq!(set.error_code().as_deref(), Some("FORBIDDEN"));
    let lock = app
        .query(&own.access_token, LOCK, json!({ "c": county, "y": year }))
        .await;
    assert_eq!(lock.error_code().as_deref(), Some("NOT_FOUND"));
    let template = app
        .query(
            &own.access_token,
            SET_TEMPLATE,
            json!({ "c": county, "y": year, "parts": one_part() }),
        )
        .await;
    assert_eq!(template.error_code().as_deref(), Some("NOT_FOUND"));

    // A village sees no card.
    let village = app.login_demo("lingyun").await;
    let none = app.query(&village.access_token, CARD, card(&heba)).await;
    assert_eq!(none.error_code().as_deref(), Some("NOT_FOUND"));

    // The city viewer reads the ranking and the cards, and changes nothing.
    let viewer = app.login_demo("zunyi").await;
    let ranking = app
        .query(
            &viewer.access_token,
            RANKING,
            json!({ "c": county, "y": year }),
        )
        .await;
    let rows = ranking.data()["scorecardRanking"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(rows.len(), 14, "{}", ranking.text);
    let set = app
        .query(
            &viewer.access_token,
            SET_ITEM,
            json!({ "s": card_id, "k": "assessments_done", "p": 5, "n": "x" }),
        )
        .await;
    assert_eq!(set.error_code().as_deref(), Some("FORBIDDEN"));

    // The county office scores.
    let office = app.login_demo("fenggang").await;
    let d = app.query(&office.access_token, CARD, card(&heba)).await;
    assert_eq!(
        d.data()["scorecard"]["allowedActions"],
        json!(["SET_SCORECARD_ITEM"])
    );
}
