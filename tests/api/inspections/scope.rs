//! Who sees which records: the liaison its group's, the village officer the
//! village's, a sibling township nothing (NOT_FOUND, like a missing id).
use super::*;
use crate::helpers::TestApp;
use serde_json::json;

struct Village {
    patrol_in_group_1: String,
    inspection_in_group_2: String,
    inspection_at_village: String,
}

async fn records(app: &TestApp) -> Village {
    let liaison = app.login_demo("lingyun-1").await;
    let officer = app.login_demo("lingyun").await;
    let (village, g1, g2) = (
        app.node_id(LINGYUN).await,
        app.node_id(LINGYUN_1).await,
        app.node_id(LINGYUN_2).await,
    );
    Village {
        patrol_in_group_1: app
            .record_ok(&liaison, input(&g1, "GROUP_PATROL", "2026-11-18T02:00:00Z"))
            .await,
        inspection_in_group_2: app
            .record_ok(
                &officer,
                input(&g2, "VILLAGE_INSPECTION", "2026-11-19T02:00:00Z"),
            )
            .await,
        inspection_at_village: app
            .record_ok(
                &officer,
                input(&village, "VILLAGE_INSPECTION", "2026-11-20T02:00:00Z"),
            )
            .await,
    }
}

#[tokio::test]
async fn a_group_liaison_sees_only_its_groups_records() {
    let app = app_at(MID_NOVEMBER).await;
    let r = records(&app).await;
    let liaison = app.login_demo("lingyun-1").await;

    let list = app.listed(&liaison, json!({})).await;
    assert_eq!(ids(&list), vec![r.patrol_in_group_1.clone()]);
    assert_eq!(list.data()["inspections"]["totalCount"], 1);
    for other in [&r.inspection_in_group_2, &r.inspection_at_village] {
        let get = app
            .query(&liaison.access_token, GET, json!({ "id": other }))
            .await;
        assert_eq!(get.error_code().as_deref(), Some("NOT_FOUND"));
    }
    let village = app.node_id(LINGYUN).await;
    let above = app.listed(&liaison, json!({ "under": village })).await;
    assert_eq!(above.error_code().as_deref(), Some("NOT_FOUND"));
}

#[tokio::test]
async fn the_village_officer_sees_every_record_of_the_village_newest_first() {
    let app = app_at(MID_NOVEMBER).await;
    let r = records(&app).await;
    let officer = app.login_demo("lingyun").await;
    let list = app.listed(&officer, json!({ "month": "2026-11" })).await;
    assert_eq!(
        ids(&list),
        [
            r.inspection_at_village.clone(),
            r.inspection_in_group_2.clone(),
            r.patrol_in_group_1.clone()
        ]
    );
    let patrols = app
        .listed(&officer, json!({ "kind": "GROUP_PATROL" }))
        .await;
    assert_eq!(ids(&patrols), vec![r.patrol_in_group_1.clone()]);
    let october = app.listed(&officer, json!({ "month": "2026-10" })).await;
    assert_eq!(october.data()["inspections"]["totalCount"], 0);
    let page = app.listed(&officer, json!({ "first": 2 })).await;
    assert_eq!(ids(&page).len(), 2);
    assert_eq!(page.data()["inspections"]["pageInfo"]["hasNextPage"], true);
    assert_eq!(page.data()["inspections"]["totalCount"], 3);
}

#[tokio::test]
async fn a_sibling_township_gets_not_found_exactly_like_a_missing_id() {
    let app = app_at(MID_NOVEMBER).await;
    let r = records(&app).await;
    let longquan = app.login_demo("longquan").await;
    let outside = app
        .query(
            &longquan.access_token,
            GET,
            json!({ "id": r.inspection_at_village }),
        )
        .await;
    let missing = app
        .query(
            &longquan.access_token,
            GET,
            json!({ "id": uuid::Uuid::new_v4().to_string() }),
        )
        .await;
    assert_eq!(outside.error_code().as_deref(), Some("NOT_FOUND"));
    assert_eq!(outside.text, missing.text);
    assert_eq!(
        ids(&app.listed(&longquan, json!({})).await),
        Vec::<String>::new()
    );
    let heba = app.node_id(HEBA).await;
    for document in [
        "query($id: ID!) { monthOverview(nodeId: $id, month: \"2026-11\") { inspectionsDone } }",
        "query($id: ID!) { monthQuota(nodeId: $id, month: \"2026-11\") { completenessRate } }",
    ] {
        let answer = app
            .query(&longquan.access_token, document, json!({ "id": heba }))
            .await;
        assert_eq!(answer.error_code().as_deref(), Some("NOT_FOUND"));
    }
    let record_there = app
        .record(
            &longquan,
            input(&app.node_id(LINGYUN_1).await, "GROUP_PATROL", MID_NOVEMBER),
        )
        .await;
    assert_eq!(record_there.error_code().as_deref(), Some("NOT_FOUND"));
}

#[tokio::test]
async fn a_record_names_its_person_author_and_sectors() {
    let app = app_at(MID_NOVEMBER).await;
    let liaison = app.login_demo("lingyun-1").await;
    let g1 = app.node_id(LINGYUN_1).await;
    let answer = app
        .record(&liaison, input(&g1, "GROUP_PATROL", "2026-11-18T02:00:00Z"))
        .await;
    let r = &answer.data()["recordInspection"];
    assert_eq!(r["kind"], "GROUP_PATROL");
    assert_eq!(r["node"]["id"], json!(g1));
    assert_eq!(r["sectors"][0]["code"], "ROAD_TRAFFIC");
    assert_eq!(r["sectors"][1]["nameZh"], "消防安全");
    assert_eq!(r["version"], 1);
    assert_eq!(r["locked"], false);
    let person = r["person"]["name"].as_str().expect("the liaison's person");
    assert_eq!(r["authorName"], json!(person));
}
