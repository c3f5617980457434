//! `serve --demo` shows a lived-in county: hazards in every state, some
//! overdue and already passed up, and nothing doubled on a restart.
use crate::helpers::spawn_demo_app_with;
use serde_json::json;

#[tokio::test]
async fn the_demo_county_has_two_months_of_field_records_loaded_once() {
    let app = spawn_demo_app_with(|s| s.demo_field_work = true).await;
    let county = app.login_demo("fenggang").await;
    let count = |state: &str| {
        let q = format!("{{ hazards(state: {state}) {{ totalCount }} }}");
        let app = &app;
        let token = county.access_token.clone();
        async move {
            app.query(&token, &q, json!({})).await.data()["hazards"]["totalCount"]
                .as_u64()
                .unwrap()
        }
    };
    for state in [
        "REPORTED",
        "FIXED_ON_SPOT",
        "RECTIFYING",
        "RECTIFIED",
        "CLOSED",
    ] {
        assert!(count(state).await > 0, "the demo has {state} hazards");
    }
    let overdue = app
        .query(&county.access_token, "{ hazards(overdue: true) { totalCount edges { node { handlingLevel history { action } } } } }", json!({}))
        .await;
    let overdue = overdue.data()["hazards"].clone();
    assert!(overdue["totalCount"].as_u64().unwrap() > 0);
    assert!(overdue["edges"][0]["node"]["history"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["action"] == "AUTO_ESCALATE"));

    let total = |app: &crate::helpers::TestApp| {
        let db = app.state.db.clone();
        async move {
            use sea_orm::{EntityTrait, PaginatorTrait};
            entity::inspection::Entity::find().count(&db).await.unwrap()
        }
    };
    let n = total(&app).await;
    assert!(n > 1000, "two months of a county's patrols: {n}");
    api::demo_field::load(
        &app.state.db,
        &app.state.settings.clock,
        api::demo::COUNTY_CODE,
    )
    .await
    .unwrap();
    assert_eq!(total(&app).await, n, "loading again adds nothing");
}
