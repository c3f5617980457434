//! Demonstration sites: a township designates its village and group; a
//! newer one ends the older (kept, with the day it ended); a village does
//! not designate itself; a sibling township sees nothing.
use super::fixture::SET_DEMONSTRATION;
use crate::inspections::{app_at, HEBA, LINGYUN, MID_NOVEMBER};
use serde_json::{json, Value};

const LIST: &str = "query($current: Boolean) { demonstrations(current: $current) {
  totalCount edges { node { id since until current level node { id } township { name } earlierVersions { version } } } } }";
const NODE: &str = "query($id: ID!) { gridNode(id: $id) { demonstration } }";
const CHILDREN: &str =
    "query($id: ID!) { gridNode(id: $id) { children(first: 5) { nodes { id level } } } }";

async fn other_village(app: &crate::helpers::TestApp, token: &str, lingyun: &str) -> String {
    let heba = app.node_id(HEBA).await;
    let a = app.query(token, CHILDREN, json!({ "id": heba })).await;
    a.data()["gridNode"]["children"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_string())
        .find(|id| id != lingyun)
        .unwrap()
}

fn set(node: &str, since: &str, key: &str) -> Value {
    json!({ "n": node, "since": since, "k": key })
}

#[tokio::test]
async fn a_newer_demonstration_village_ends_the_older_which_is_kept() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.login_demo("heba").await;
    let t = &heba.access_token;
    let lingyun = app.node_id(LINGYUN).await;
    let other = other_village(&app, t, &lingyun).await;

    let first = app
        .query(
            t,
            SET_DEMONSTRATION,
            set(&lingyun, "2026-11-05", "site-lingyun-1"),
        )
        .await;
    let first = first.data()["setDemonstration"].clone();
    assert_eq!(
        (first["current"].clone(), first["level"].clone()),
        (json!(true), json!("VILLAGE"))
    );
    // A retry with the same key returns the same designation.
    let again = app
        .query(
            t,
            SET_DEMONSTRATION,
            set(&lingyun, "2026-11-05", "site-lingyun-1"),
        )
        .await;
    assert_eq!(again.data()["setDemonstration"]["id"], first["id"]);
    // The same village again is a conflict; an earlier day than the current one is refused.
    let same = app
        .query(
            t,
            SET_DEMONSTRATION,
            set(&lingyun, "2026-11-08", "site-lingyun-2"),
        )
        .await;
    assert_eq!(
        same.error_key().as_deref(),
        Some("demonstration.already"),
        "{}",
        same.text
    );
    let earlier = app
        .query(
            t,
            SET_DEMONSTRATION,
            set(&other, "2026-11-02", "site-other-early"),
        )
        .await;
    assert_eq!(
        earlier.error_key().as_deref(),
        Some("demonstration.before_current"),
        "{}",
        earlier.text
    );

    let second = app
        .query(
            t,
            SET_DEMONSTRATION,
            set(&other, "2026-11-12", "site-other-1"),
        )
        .await;
    assert_eq!(
        second.data()["setDemonstration"]["current"],
        true,
        "{}",
        second.text
    );
    let list = app.query(t, LIST, json!({})).await;
    let rows = list.data()["demonstrations"]["edges"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(rows.len(), 2, "{}", list.text);
    let old = rows
        .iter()
        .map(|e| &e["node"])
        .find(|n| n["id"] == first["id"])
        .unwrap();
    assert_eq!(old["until"], "2026-11-12");
    assert_eq!(old["current"], false);
    assert_eq!(old["township"]["name"], "何坝街道", "{}", list.text);
    assert_eq!(
        old["earlierVersions"].as_array().unwrap().len(),
        1,
        "the row before it ended is kept"
    );
    let current = app.query(t, LIST, json!({ "current": true })).await;
    assert_eq!(current.data()["demonstrations"]["totalCount"], 1);
    // The grid's mark follows the current designation.
    let mark = |id: String| {
        let app = &app;
        async move {
            app.query(t, NODE, json!({ "id": id })).await.data()["gridNode"]["demonstration"]
                .clone()
        }
    };
    assert_eq!(mark(lingyun.clone()).await, false);
    assert_eq!(mark(other.clone()).await, true);
}

#[tokio::test]
async fn a_village_does_not_designate_itself_and_a_sibling_township_sees_nothing() {
    let app = app_at(MID_NOVEMBER).await;
    let lingyun = app.node_id(LINGYUN).await;
    let officer = app.login_demo("lingyun").await;
    let refused = app
        .query(
            &officer.access_token,
            SET_DEMONSTRATION,
            set(&lingyun, "2026-11-10", "site-self-1"),
        )
        .await;
    assert_eq!(
        refused.error_code().as_deref(),
        Some("FORBIDDEN"),
        "{}",
        refused.text
    );
    // A township is not a demonstration site.
    let heba = app.login_demo("heba").await;
    let township = app
        .query(
            &heba.access_token,
            SET_DEMONSTRATION,
            set(&app.node_id(HEBA).await, "2026-11-10", "site-township-1"),
        )
        .await;
    assert_eq!(
        township.error_key().as_deref(),
        Some("record.at_village_or_group"),
        "{}",
        township.text
    );
    let made = app
        .query(
            &heba.access_token,
            SET_DEMONSTRATION,
            set(&lingyun, "2026-11-10", "site-heba-1"),
        )
        .await;
    let id = made.data()["setDemonstration"]["id"].clone();
    let longquan = app.login_demo("longquan").await;
    let list = app.query(&longquan.access_token, LIST, json!({})).await;
    assert_eq!(list.data()["demonstrations"]["totalCount"], 0);
    let q = "query($id: ID!) { node(id: $id) { id } }";
    let outside = app
        .query(&longquan.access_token, q, json!({ "id": id }))
        .await;
    let random = app
        .query(
            &longquan.access_token,
            q,
            json!({ "id": uuid::Uuid::new_v4().to_string() }),
        )
        .await;
    assert_eq!(outside.text, random.text);
    // The county sees it.
    let county = app.login_demo("fenggang").await;
    let list = app.query(&county.access_token, LIST, json!({})).await;
    assert_eq!(list.data()["demonstrations"]["totalCount"], 1);
}
