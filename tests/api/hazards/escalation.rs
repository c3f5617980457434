//! 上报: by hand, group → village → township → county and no further; and
//! by the clock, one level per interval once the deadline has passed.
use super::fixtures::*;
use crate::helpers::{spawn_demo_app, spawn_demo_app_with};
use api::clock::Clock;
use chrono::{Duration, Utc};
use serde_json::json;

#[tokio::test]
async fn a_hazard_passed_up_by_hand_moves_to_the_next_level_which_then_acts_on_it() {
    let app = spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let officer = app.login_demo("lingyun").await;
    let township = app.login_demo("heba").await;
    let county = app.login_demo("fenggang").await;
    let group = app.node_id(LINGYUN_GROUP1).await;
    let village = app.node_id(LINGYUN).await;

    let h = report_ok(&app, &liaison, &group, json!({})).await;
    let id = h["id"].clone();
    let up = escalate(&app, &liaison, &id).await;
    let up = &up.data()["escalateHazard"];
    assert_eq!(
        up["handlingNode"],
        json!(null),
        "above the liaison: name only"
    );
    assert_eq!(up["handlingNodeName"], "凌云村");
    assert_eq!(up["handlingLevel"], "VILLAGE");

    // The group still sees it but no longer acts on it.
    assert_eq!(
        fetch(&app, &liaison, &id).await.data()["hazard"]["state"],
        "REPORTED"
    );
    let no_longer = plan(&app, &liaison, &id, &today_plus(&app, 3)).await;
    assert_eq!(no_longer.error_code().as_deref(), Some("FORBIDDEN"));

    // The village finds it among the hazards it handles.
    let handled = app
        .query(
            &officer.access_token,
            "query($n: ID!) { hazards(handledAt: $n) { totalCount edges { node { id } } } }",
            json!({ "n": village }),
        )
        .await;
    assert_eq!(handled.data()["hazards"]["totalCount"], 1);

    escalate(&app, &officer, &id).await.data();
    let at_county = escalate(&app, &township, &id).await;
    assert_eq!(
        at_county.data()["escalateHazard"]["handlingLevel"],
        "COUNTY"
    );
    let top = escalate(&app, &county, &id).await;
    assert_eq!(top.error_code().as_deref(), Some("BAD_USER_INPUT"));

    let history = fetch(&app, &county, &id).await;
    let history = history.data()["hazard"]["history"]
        .as_array()
        .unwrap()
        .clone();
    let moves: Vec<_> = history
        .iter()
        .filter(|e| e["action"] == "ESCALATE")
        .map(|e| {
            (
                e["fromHandlingCode"].as_str().unwrap().to_string(),
                e["toHandlingCode"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        moves,
        vec![
            ("520327002204001".to_string(), "520327002204000".to_string()),
            ("520327002204000".to_string(), "520327002000000".to_string()),
            ("520327002000000".to_string(), "520327000000000".to_string()),
        ]
    );
}

#[tokio::test]
async fn an_overdue_hazard_rises_one_level_per_interval_by_itself_and_shows_on_the_higher_overdue_list(
) {
    let start = Utc::now();
    let clock = Clock::settable(start);
    let app = spawn_demo_app_with({
        let clock = clock.clone();
        move |s| {
            s.clock = clock;
            // The server's own round, often enough for a test to see it.
            s.field.escalation_check_every = std::time::Duration::from_millis(100);
        }
    })
    .await;
    let liaison = app.login_demo("lingyun-1").await;
    let officer = app.login_demo("lingyun").await;
    let group = app.node_id(LINGYUN_GROUP1).await;
    let village = app.node_id(LINGYUN).await;

    let h = report_ok(
        &app,
        &liaison,
        &group,
        json!({ "deadline": today_plus(&app, 2) }),
    )
    .await;
    let id = h["id"].clone();
    let overdue_at_village = "query($n: ID!) { hazards(handledAt: $n, overdue: true) { totalCount edges { node { id overdue } } } }";
    let listed = app
        .query(
            &officer.access_token,
            overdue_at_village,
            json!({ "n": village }),
        )
        .await;
    assert_eq!(listed.data()["hazards"]["totalCount"], 0);

    // Three days on, the deadline has passed: within a few rounds the
    // server moves it to the village.
    clock.set(start + Duration::days(3));
    let mut level = String::new();
    for _ in 0..100 {
        let now = fetch(&app, &officer, &id).await;
        level = now.data()["hazard"]["handlingLevel"]
            .as_str()
            .unwrap()
            .to_string();
        if level == "VILLAGE" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(level, "VILLAGE");
    let listed = app
        .query(
            &officer.access_token,
            overdue_at_village,
            json!({ "n": village }),
        )
        .await;
    assert_eq!(listed.data()["hazards"]["totalCount"], 1);
    assert_eq!(
        listed.data()["hazards"]["edges"][0]["node"]["overdue"],
        true
    );
    let history = fetch(&app, &officer, &id).await;
    let auto = history.data()["hazard"]["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "AUTO_ESCALATE")
        .cloned()
        .expect("an automatic escalation step");
    assert_eq!(
        auto["actorName"],
        json!(null),
        "made by the server, not a person"
    );

    // The same day again (what `safegrid escalate-overdue` does from cron):
    // nothing moves before the interval is over.
    assert_eq!(
        api::hazards::escalation::escalate_overdue(&app.state)
            .await
            .unwrap(),
        0
    );
    // A week later it rises again, to the township.
    clock.set(start + Duration::days(10));
    let moved = api::hazards::escalation::escalate_overdue(&app.state).await;
    let township = fetch(&app, &officer, &id).await;
    assert!(moved.is_ok());
    assert_eq!(township.data()["hazard"]["handlingLevel"], "TOWNSHIP");
}
