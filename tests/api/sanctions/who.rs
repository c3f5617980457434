//! Only the county decides; a township reads its own sanctions and no
//! other's; outside the subtree is NOT_FOUND like a missing id.
use super::{account, interview, RECORD, REGISTER};
use crate::campaigns::fixture::county;
use serde_json::json;

const NODE_ACTIONS: &str = "query($id: ID!) { gridNode(id: $id) { allowedActions } }";

#[tokio::test]
async fn a_township_reads_its_own_sanction_and_cannot_decide_one() {
    let c = county().await;
    let made = c.ok(RECORD, interview(&c, 1, "2018-07-20", "wi-1")).await;
    let id = made["recordSanction"]["id"].as_str().unwrap().to_string();
    c.ok(RECORD, interview(&c, 2, "2018-07-20", "wi-2")).await;

    let yi = account(&c, "yi-admin", &c.townships[1].id, "ADMIN", "13900005501").await;
    let d = c
        .app
        .query(&yi.access_token, REGISTER, json!({ "y": 2018 }))
        .await;
    let seen: Vec<&str> = d.body["data"]["sanctions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["subject"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(seen, ["乙镇"], "{}", d.text);

    // The township may not record one, not even on itself.
    let a = c
        .app
        .query(
            &yi.access_token,
            RECORD,
            interview(&c, 1, "2018-07-20", "wi-3"),
        )
        .await;
    assert_eq!(a.error_code().as_deref(), Some("FORBIDDEN"), "{}", a.text);
    // Another township is not there at all, exactly like a random id.
    let other = c
        .app
        .query(
            &yi.access_token,
            RECORD,
            interview(&c, 2, "2018-07-20", "wi-4"),
        )
        .await;
    let mut random = interview(&c, 2, "2018-07-20", "wi-5");
    random["input"]["subjectId"] = json!(uuid::Uuid::new_v4().to_string());
    let missing = c.app.query(&yi.access_token, RECORD, random).await;
    assert_eq!(other.error_code().as_deref(), Some("NOT_FOUND"));
    assert_eq!(
        other.body["errors"][0]["message"],
        missing.body["errors"][0]["message"]
    );

    // The county's proposal-backed record is a Node the township can open.
    let node = c
        .app
        .query(
            &yi.access_token,
            "query($id: ID!) { node(id: $id) { ... on Sanction { kind year } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        node.body["data"]["node"]["kind"], "WARNING_INTERVIEW",
        "{}",
        node.text
    );
}

#[tokio::test]
async fn allowed_actions_offer_recording_a_sanction_to_the_county_only() {
    let c = county().await;
    let township = c.townships[0].id.clone();
    let county_admin = account(&c, "cty-admin", &c.county, "ADMIN", "13900005502").await;
    let own = account(&c, "jia-admin", &township, "ADMIN", "13900005503").await;
    let viewer = account(&c, "cty-viewer", &c.county, "VIEWER", "13900005504").await;
    let actions = |s: &crate::helpers::Session, id: String| {
        let (app, token) = (&c.app, s.access_token.clone());
        async move {
            let a = app.query(&token, NODE_ACTIONS, json!({ "id": id })).await;
            a.body["data"]["gridNode"]["allowedActions"].clone()
        }
    };
    let has = |v: &serde_json::Value, a: &str| v.as_array().unwrap().iter().any(|x| x == a);
    assert!(has(
        &actions(&county_admin, township.clone()).await,
        "RECORD_SANCTION"
    ));
    assert!(has(
        &actions(&county_admin, c.county.clone()).await,
        "SET_SANCTION_RULES"
    ));
    assert!(!has(
        &actions(&county_admin, c.county.clone()).await,
        "RECORD_SANCTION"
    ));
    assert!(!has(
        &actions(&own, township.clone()).await,
        "RECORD_SANCTION"
    ));
    assert!(!has(&actions(&viewer, township).await, "RECORD_SANCTION"));
}
