//! Who may fetch a photo: its uploader while it is unattached; once
//! attached, whoever's subtree holds the record's node. Everyone else gets
//! the same 404 as for an id that does not exist.
use super::{fetch, images, uploaded_id, Fetched};
use crate::helpers::{Session, TestApp};
use api::photos::{self, PhotoOwner};
use serde_json::json;

/// 凌云村第一村民组, where `lingyun-1` is the liaison.
const GROUP_1: &str = "520327002204001";
const GROUP_2: &str = "520327002204002";

fn assert_same_answer(a: &Fetched, b: &Fetched) {
    assert_eq!(a.status, 404);
    assert_eq!(a.status, b.status);
    assert_eq!(a.bytes, b.bytes, "the bodies differ");
    assert_eq!(a.header("content-type"), b.header("content-type"));
}

/// Attaches the photo to a record at `division_code` as recording an
/// inspection does (the uploader's scope, inside a write transaction).
async fn attach(app: &TestApp, uploader: &Session, photo_id: &str, division_code: &str) {
    let scope = api::auth::actor::scope_from_bearer(&app.state, &uploader.access_token)
        .await
        .expect("the uploader's scope");
    let node = app.find_node(division_code).await.expect("the node");
    let (_writer, txn) = app.state.begin_write().await.unwrap();
    let attached = photos::attach(
        &txn,
        &scope,
        &[uuid::Uuid::parse_str(photo_id).unwrap()],
        PhotoOwner::Inspection(uuid::Uuid::new_v4()),
        node.code,
        app.state.settings.field.max_photos_per_record,
    )
    .await
    .unwrap_or_else(|e| panic!("attach: {e:?}"));
    assert_eq!(attached.len(), 1);
    txn.commit().await.unwrap();
}

/// A liaison for 凌云村第二村民组, made by the root administrator.
async fn second_group_liaison(app: &TestApp) -> Session {
    let root = app.root().await;
    let node = app.node_id(GROUP_2).await;
    app.query(
        &root.access_token,
        "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }",
        json!({ "input": { "username": "lingyun-2", "password": "第二组联络员-2026",
                           "nodeId": node, "role": "GROUP_LIAISON",
                           "newPerson": { "name": "第二组联络员", "phone": "17700001002" } } }),
    )
    .await
    .data();
    app.login("lingyun-2", "第二组联络员-2026").await
}

async fn both(app: &TestApp, token: &str, id: &str) -> [Fetched; 2] {
    [
        fetch(app, Some(token), &format!("/api/photos/{id}")).await,
        fetch(app, Some(token), &format!("/api/photos/{id}/thumbnail")).await,
    ]
}

#[tokio::test]
async fn an_unattached_photo_is_seen_by_its_uploader_only() {
    let app = crate::helpers::spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let id = uploaded_id(
        &app,
        &liaison.access_token,
        "image/jpeg",
        images::jpeg(64, 64),
    )
    .await;
    for got in both(&app, &liaison.access_token, &id).await {
        assert_eq!(got.status, 200);
    }
    let missing = uuid::Uuid::new_v4();
    // Not yet evidence of anything: even the village officer above and the
    // township administrator do not see it.
    for other in ["lingyun", "heba", "longquan"] {
        let s = app.login_demo(other).await;
        let [display, thumb] = both(&app, &s.access_token, &id).await;
        let [no_display, no_thumb] = both(&app, &s.access_token, &missing.to_string()).await;
        assert_same_answer(&display, &no_display);
        assert_same_answer(&thumb, &no_thumb);
    }
    let s = app.login_demo("longquan").await;
    let malformed = fetch(&app, Some(&s.access_token), "/api/photos/not-an-id").await;
    let missing = fetch(
        &app,
        Some(&s.access_token),
        &format!("/api/photos/{missing}"),
    )
    .await;
    assert_same_answer(&malformed, &missing);
}

#[tokio::test]
async fn an_attached_photo_is_seen_in_the_subtree_of_its_record_only() {
    let app = crate::helpers::spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let id = uploaded_id(
        &app,
        &liaison.access_token,
        "image/jpeg",
        images::jpeg(64, 64),
    )
    .await;
    attach(&app, &liaison, &id, GROUP_1).await;

    for inside in ["lingyun-1", "lingyun", "heba", "fenggang", "zunyi"] {
        let s = app.login_demo(inside).await;
        for got in both(&app, &s.access_token, &id).await {
            assert_eq!(got.status, 200, "{inside}");
        }
    }
    let missing = uuid::Uuid::new_v4().to_string();
    let outside = [
        ("lingyun-2", second_group_liaison(&app).await),
        ("longquan", app.login_demo("longquan").await),
    ];
    for (who, s) in &outside {
        let [display, thumb] = both(&app, &s.access_token, &id).await;
        let [no_display, no_thumb] = both(&app, &s.access_token, &missing).await;
        assert_same_answer(&display, &no_display);
        assert_same_answer(&thumb, &no_thumb);
        assert_eq!(display.status, 404, "{who}");
    }
}

#[tokio::test]
async fn a_dashboard_token_reads_attached_photos_of_its_node() {
    let app = crate::helpers::spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let id = uploaded_id(
        &app,
        &liaison.access_token,
        "image/webp",
        images::webp(64, 64),
    )
    .await;
    attach(&app, &liaison, &id, GROUP_1).await;
    let heba = app.login_demo("heba").await;
    let created = app
        .query(
            &heba.access_token,
            "mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }",
            json!({ "input": { "name": "何坝大屏", "nodeId": heba.node_id } }),
        )
        .await;
    let token = created.data()["createApiToken"]["token"]
        .as_str()
        .unwrap()
        .to_string();
    for got in both(&app, &token, &id).await {
        assert_eq!(got.status, 200);
    }
}

#[tokio::test]
async fn once_attached_the_same_bytes_make_a_new_photo() {
    let app = crate::helpers::spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let bytes = images::jpeg(50, 50);
    let first = uploaded_id(&app, &liaison.access_token, "image/jpeg", bytes.clone()).await;
    attach(&app, &liaison, &first, GROUP_1).await;
    let second = uploaded_id(&app, &liaison.access_token, "image/jpeg", bytes).await;
    assert_ne!(first, second);
}
