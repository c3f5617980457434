//! Who sees and acts: a township reads the signals inside it but may not
//! dismiss or scan; another township's are a missing id's answer, byte for
//! byte; village officers do not read them at all.
use super::dismiss::DISMISS;
use super::fixture::{county, SCAN};
use serde_json::json;

const NODE: &str =
    "query($id: ID!) { node(id: $id) { id ... on IntegritySignal { kind allowedActions } } }";

#[tokio::test]
async fn a_township_sees_its_own_signals_cannot_dismiss_them_and_another_sees_none() {
    let c = county().await;
    c.scan(&c.office, &c.county).await;
    let jia = c.account("jia-admin", &c.jia.clone(), "ADMIN").await;
    let yi = c.account("yi-admin", &c.yi.clone(), "ADMIN").await;

    let own = c.list(&jia, &c.jia, json!({ "first": 20 })).await;
    assert_eq!(own["totalCount"], 7);
    assert!(own["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["allowedActions"] == json!([])));
    let id = own["nodes"][0]["id"].as_str().unwrap().to_string();
    let refused = c
        .app
        .query(
            &jia.access_token,
            DISMISS,
            json!({ "id": id, "reason": "本镇已核实" }),
        )
        .await;
    assert_eq!(
        refused.error_code().as_deref(),
        Some("FORBIDDEN"),
        "{}",
        refused.text
    );
    let scan = c
        .app
        .query(&jia.access_token, SCAN, json!({ "n": c.jia }))
        .await;
    assert_eq!(scan.error_code().as_deref(), Some("FORBIDDEN"));

    // 乙镇: nothing of its own, and 甲镇's are missing ids.
    let none = c.list(&yi, &c.yi, json!({})).await;
    assert_eq!(none["totalCount"], 0);
    let missing = uuid::Uuid::new_v4().to_string();
    for doc in [NODE, DISMISS] {
        let vars = |id: &str| {
            if doc == DISMISS {
                json!({ "id": id, "reason": "越权" })
            } else {
                json!({ "id": id })
            }
        };
        let theirs = c.app.query(&yi.access_token, doc, vars(&id)).await;
        let nothing = c.app.query(&yi.access_token, doc, vars(&missing)).await;
        assert_eq!(
            theirs.error_code().as_deref(),
            Some("NOT_FOUND"),
            "{}",
            theirs.text
        );
        assert_eq!((theirs.status, theirs.text), (nothing.status, nothing.text));
    }
    let outside = c
        .app
        .query(
            &yi.access_token,
            super::fixture::LIST,
            json!({ "n": c.jia }),
        )
        .await;
    assert_eq!(outside.error_code().as_deref(), Some("NOT_FOUND"));

    // The county reads the signal by id, and may dismiss it.
    let got = c.ok(&c.office, NODE, json!({ "id": id })).await;
    assert_eq!(
        got["node"]["allowedActions"],
        json!(["DISMISS_INTEGRITY_SIGNAL"])
    );

    // A viewer above reads; a village officer does not.
    let viewer = c
        .account("city-viewer", &c.app.node_id("5203").await, "VIEWER")
        .await;
    assert_eq!(c.list(&viewer, &c.county, json!({})).await["totalCount"], 7);
    let officer = c
        .account("jia-village", &c.village.clone(), "VILLAGE_OFFICER")
        .await;
    let denied = c
        .app
        .query(
            &officer.access_token,
            super::fixture::LIST,
            json!({ "n": c.village }),
        )
        .await;
    assert_eq!(denied.error_code().as_deref(), Some("FORBIDDEN"));
}
