//! What `serve --demo` promises (issue item 9).
use crate::helpers::{spawn_demo_app, DEMO_PASSWORD};
use entity::{account, grid_node, person};
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::json;

#[tokio::test]
async fn the_demo_county_has_its_14_townships_and_87_villages() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("fenggang").await;
    let count = |level: &'static str| {
        let (app, s) = (&app, &s);
        async move {
            let a = app
                .query(
                    &s.access_token,
                    "query($l: Level) { nodes(level: $l) { totalCount } }",
                    json!({ "l": level }),
                )
                .await;
            a.data()["nodes"]["totalCount"].as_i64().unwrap()
        }
    };
    assert_eq!(count("TOWNSHIP").await, 14);
    assert_eq!(count("VILLAGE").await, 87);
    let groups = count("GROUP").await;
    assert!((87 * 3..=87 * 12).contains(&groups), "{groups} groups");
}

#[tokio::test]
async fn lingyun_is_the_demonstration_village_and_six_communities_are_exempt() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("fenggang").await;
    let answer = app
        .query(
            &s.access_token,
            "{ nodes(level: VILLAGE, first: 100) { nodes { name demonstration subsidyExempt } } }",
            json!({}),
        )
        .await;
    let villages = answer.data()["nodes"]["nodes"].as_array().unwrap().clone();
    let demonstration: Vec<_> = villages
        .iter()
        .filter(|v| v["demonstration"] == true)
        .map(|v| v["name"].clone())
        .collect();
    assert_eq!(demonstration, [json!("凌云村")]);
    assert_eq!(
        villages
            .iter()
            .filter(|v| v["subsidyExempt"] == true)
            .count(),
        6
    );
}

#[tokio::test]
async fn loading_the_demo_into_a_loaded_database_adds_nothing() {
    let app = spawn_demo_app().await;
    let db = &app.state.db;
    let before = (
        grid_node::Entity::find().count(db).await.unwrap(),
        person::Entity::find().count(db).await.unwrap(),
        account::Entity::find().count(db).await.unwrap(),
    );
    api::demo::load(db, DEMO_PASSWORD).await.unwrap();
    let after = (
        grid_node::Entity::find().count(db).await.unwrap(),
        person::Entity::find().count(db).await.unwrap(),
        account::Entity::find().count(db).await.unwrap(),
    );
    assert_eq!(before, after);
    assert_eq!(before.2, 6);
}

#[tokio::test]
async fn ids_are_random_not_a_sequence() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("heba").await;
    let answer = app
        .query(
            &s.access_token,
            "{ nodes(first: 5) { nodes { id } } }",
            json!({}),
        )
        .await;
    for node in answer.data()["nodes"]["nodes"].as_array().unwrap() {
        let id: uuid::Uuid = node["id"].as_str().unwrap().parse().expect("ids are UUIDs");
        assert_eq!(id.get_version_num(), 4, "random (v4) UUIDs");
    }
}
