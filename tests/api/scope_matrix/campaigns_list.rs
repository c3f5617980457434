//! `campaigns` has no target argument (a session row in the table), so
//! which campaigns each caller is shown is checked here: the ones set at
//! its node or above it, and those set below; never a sibling's. The
//! village and group users, whose rows in the table are all X (no campaign
//! sits at or around a village), read the county's campaign here too.
use super::operations::campaign_input;
use super::positions::add_neighbours;
use crate::helpers::{spawn_demo_app, TestApp};
use serde_json::json;
use std::collections::BTreeSet;

const CREATE: &str = "mutation($n: ID!, $input: CampaignInput!) {
  createCampaign(nodeId: $n, input: $input) { id } }";
const LIST: &str =
    "query($year: Int) { campaigns(year: $year) { id name setAtName allowedActions } }";
const ONE: &str = "query($id: ID!) { campaign(id: $id) { id name setAtName allowedActions } }";
const PROGRESS: &str = "query($c: ID!) { campaignProgress(campaignId: $c) { campaign { id } townships { township { name } } } }";
const UPDATE: &str = "mutation($id: ID!, $input: CampaignInput!) {
  updateCampaign(id: $id, version: 1, reason: \"改期\", input: $input) { id } }";

/// (division code, campaign name): the city, the demo county and the
/// neighbouring county each set one.
const SET: [(&str, &str); 3] = [
    ("5203", "遵义市部署"),
    ("520327", "凤冈县部署"),
    ("520328", "湄潭县部署"),
];

async fn names(app: &TestApp, token: &str, year: Option<i32>) -> BTreeSet<String> {
    let answer = app.query(token, LIST, json!({ "year": year })).await;
    answer.data()["campaigns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn each_caller_lists_the_campaigns_above_and_below_it_but_not_a_sibling_countys() {
    let app = spawn_demo_app().await;
    let root = app.root().await;
    add_neighbours(&app, &root).await;
    for (code, name) in SET {
        let made = app
            .query(
                &root.access_token,
                CREATE,
                json!({ "n": app.node_id(code).await, "input": campaign_input(name) }),
            )
            .await;
        made.data();
    }
    let year = chrono::Datelike::year(&api::clock::today());
    let above_county: BTreeSet<String> = ["遵义市部署", "凤冈县部署"].map(String::from).into();
    let all: BTreeSet<String> = SET.map(|(_, n)| n.to_string()).into();
    let cases = [
        ("zunyi", &all),
        ("fenggang", &above_county),
        ("heba", &above_county),
        ("lingyun", &above_county),
        ("lingyun-1", &above_county),
    ];
    let mut wrong = Vec::new();
    for (user, expected) in cases {
        let s = app.login_demo(user).await;
        let shown = names(&app, &s.access_token, None).await;
        if &shown != expected {
            wrong.push(format!("{user}: {shown:?}, expected {expected:?}"));
        }
        if &names(&app, &s.access_token, Some(year)).await != expected {
            wrong.push(format!("{user}: this year's list differs"));
        }
        if !names(&app, &s.access_token, Some(year - 1))
            .await
            .is_empty()
        {
            wrong.push(format!("{user}: last year's list is not empty"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn a_village_and_a_group_read_the_countys_campaign_but_not_the_neighbours() {
    let app = spawn_demo_app().await;
    let root = app.root().await;
    add_neighbours(&app, &root).await;
    let mut ids = Vec::new();
    for (code, name) in &SET[1..] {
        let made = app
            .query(
                &root.access_token,
                CREATE,
                json!({ "n": app.node_id(code).await, "input": campaign_input(name) }),
            )
            .await;
        ids.push(
            made.data()["createCampaign"]["id"]
                .as_str()
                .unwrap()
                .to_string(),
        );
    }
    let (county, neighbour) = (&ids[0], &ids[1]);
    for user in ["heba", "lingyun", "lingyun-1"] {
        let t = app.login_demo(user).await.access_token;
        let one = app.query(&t, ONE, json!({ "id": county })).await;
        let c = &one.data()["campaign"];
        assert_eq!(c["setAtName"], "凤冈县", "{user}: {}", one.text);
        // Visible from below, edited only where it was set.
        assert_eq!(c["allowedActions"], json!([]), "{user}");
        let progress = app.query(&t, PROGRESS, json!({ "c": county })).await;
        assert_eq!(
            progress.data()["campaignProgress"]["campaign"]["id"],
            json!(county),
            "{user}"
        );
        let edit = app
            .query(
                &t,
                UPDATE,
                json!({ "id": county, "input": campaign_input("改名") }),
            )
            .await;
        assert_eq!(
            edit.error_code().as_deref(),
            Some("FORBIDDEN"),
            "{user}: {}",
            edit.text
        );
        // The neighbouring county's campaign answers exactly as a missing id.
        let missing = uuid::Uuid::new_v4().to_string();
        for (doc, arg) in [(ONE, "id"), (PROGRESS, "c")] {
            let outside = app.query(&t, doc, json!({ arg: neighbour })).await;
            let none = app.query(&t, doc, json!({ arg: missing })).await;
            assert_eq!(outside.error_code().as_deref(), Some("NOT_FOUND"), "{user}");
            assert_eq!(
                (outside.status, &outside.text),
                (none.status, &none.text),
                "{user}"
            );
        }
    }
}
