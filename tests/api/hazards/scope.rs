//! Who sees and moves hazards: the subtree decides, and outside it a hazard
//! does not exist.
use super::fixtures::*;
use crate::helpers::spawn_demo_app;
use serde_json::json;

#[tokio::test]
async fn a_hazard_is_seen_up_the_grid_and_nowhere_else() {
    let app = spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let group = app.node_id(LINGYUN_GROUP1).await;
    let h = report_ok(&app, &liaison, &group, json!({})).await;
    let id = h["id"].clone();

    for who in ["lingyun-1", "lingyun", "heba", "fenggang", "zunyi"] {
        let s = app.login_demo(who).await;
        let seen = fetch(&app, &s, &id).await;
        assert_eq!(seen.data()["hazard"]["id"], id, "{who} sees it");
        let list = app
            .query(&s.access_token, "{ hazards { totalCount } }", json!({}))
            .await;
        assert_eq!(list.data()["hazards"]["totalCount"], 1, "{who} lists it");
    }

    // The village officer reports at another group of the village: the
    // first group's liaison does not see it, the village does.
    let officer = app.login_demo("lingyun").await;
    let group2 = app.node_id("520327002204002").await;
    let other = report_ok(&app, &officer, &group2, json!({})).await;
    let hidden = fetch(&app, &liaison, &other["id"]).await;
    assert_eq!(hidden.error_code().as_deref(), Some("NOT_FOUND"));
    let list = app
        .query(
            &liaison.access_token,
            "{ hazards { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(
        list.data()["hazards"]["totalCount"],
        1,
        "only its own group's"
    );
    let list = app
        .query(
            &officer.access_token,
            "{ hazards { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(
        list.data()["hazards"]["totalCount"],
        2,
        "the village sees both"
    );

    // A sibling township: exactly the answer for an id that does not exist.
    let sibling = app.login_demo("longquan").await;
    let hidden = fetch(&app, &sibling, &id).await;
    let missing = fetch(&app, &sibling, &json!(uuid::Uuid::new_v4().to_string())).await;
    assert_eq!(hidden.error_code().as_deref(), Some("NOT_FOUND"));
    assert_eq!(hidden.text, missing.text);
    let list = app
        .query(
            &sibling.access_token,
            "{ hazards { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(list.data()["hazards"]["totalCount"], 0);
    let acting = escalate(&app, &sibling, &id).await;
    assert_eq!(acting.error_code().as_deref(), Some("NOT_FOUND"));

    // The city office reads but does not do field work.
    let viewer = app.login_demo("zunyi").await;
    let report = report(&app, &viewer, hazard_input(&group, json!({}))).await;
    assert_eq!(report.error_code().as_deref(), Some("FORBIDDEN"));
    assert_eq!(
        escalate(&app, &viewer, &id).await.error_code().as_deref(),
        Some("FORBIDDEN")
    );
}
