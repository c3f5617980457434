//! Who gets which ledger: outside the caller's subtree, a missing node and
//! a malformed id all answer the same 404 bytes; an unknown ledger is the
//! 404 of any unknown /api path; no token is 401; a village officer gets
//! their village only; a dashboard token gets its node.
use super::*;
use crate::helpers::spawn_demo_app;

const LEDGERS: [&str; 3] = [
    "roster.xlsx?",
    "month-table.xlsx?month=2026-11&",
    "hazards.xlsx?",
];

#[tokio::test]
async fn outside_the_subtree_a_ledger_is_not_found_byte_for_byte_like_a_missing_node() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let longquan = app.node_id(LONGQUAN).await;
    let missing = uuid::Uuid::new_v4();
    for ledger in LEDGERS {
        let mut bodies = Vec::new();
        for node in [longquan.clone(), missing.to_string(), "not-an-id".into()] {
            let got = download(
                &app,
                Some(&heba.access_token),
                &format!("/api/exports/{ledger}nodeId={node}"),
            )
            .await;
            assert_eq!(got.status, 404, "{ledger} {node}");
            assert_eq!(got.header("content-type"), "application/json");
            assert_eq!(got.header("cache-control"), "no-store");
            assert_eq!(got.json()["code"], "NOT_FOUND");
            bodies.push(got.bytes);
        }
        assert!(
            bodies.windows(2).all(|w| w[0] == w[1]),
            "{ledger}: the same bytes"
        );
    }
}

#[tokio::test]
async fn an_unknown_ledger_is_the_json_404_of_any_unknown_api_path_and_no_token_is_401() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let node = app.node_id(HEBA).await;
    let unknown = download(&app, Some(&heba.access_token), "/api/no-such-thing").await;
    for path in ["sanctions.xlsx", "roster.csv", "roster", "hazards.xlsx.zip"] {
        let got = download(
            &app,
            Some(&heba.access_token),
            &format!("/api/exports/{path}?nodeId={node}"),
        )
        .await;
        assert_eq!(got.status, 404, "{path}");
        assert_eq!(got.bytes, unknown.bytes, "{path}");
    }
    let anonymous = download(
        &app,
        None,
        &format!("/api/exports/roster.xlsx?nodeId={node}"),
    )
    .await;
    assert_eq!(anonymous.status, 401);
    assert_eq!(anonymous.json()["code"], "UNAUTHENTICATED");
    let no_node = download(&app, Some(&heba.access_token), "/api/exports/roster.xlsx").await;
    assert_eq!(no_node.status, 400);
    assert_eq!(no_node.json()["key"], "export.node_required");
    assert_eq!(no_node.json()["field"], "nodeId");
}

#[tokio::test]
async fn a_village_officer_gets_the_ledgers_of_their_village_only() {
    let app = spawn_demo_app().await;
    let officer = app.login_demo("lingyun").await;
    let village = app.node_id(LINGYUN).await;
    let township = app.node_id(HEBA).await;
    let got = download(
        &app,
        Some(&officer.access_token),
        &format!("/api/exports/roster.xlsx?nodeId={village}"),
    )
    .await;
    got.expect_xlsx(&format!("安全员名册-凌云村-{}.xlsx", api::clock::today()));
    let sheet = got.sheet("名册");
    assert!(sheet.data_rows() > 1);
    for r in 3..3 + sheet.data_rows() {
        assert_eq!(sheet.text(r, 1), "凌云村", "row {r}");
    }
    let missing = uuid::Uuid::new_v4();
    for ledger in LEDGERS {
        let above = download(
            &app,
            Some(&officer.access_token),
            &format!("/api/exports/{ledger}nodeId={township}"),
        )
        .await;
        let unknown = download(
            &app,
            Some(&officer.access_token),
            &format!("/api/exports/{ledger}nodeId={missing}"),
        )
        .await;
        assert_eq!((above.status, unknown.status), (404, 404), "{ledger}");
        assert_eq!(above.bytes, unknown.bytes, "{ledger}");
        let own = download(
            &app,
            Some(&officer.access_token),
            &format!("/api/exports/{ledger}nodeId={village}"),
        )
        .await;
        assert_eq!(own.status, 200, "{ledger}");
    }
}

#[tokio::test]
async fn a_dashboard_token_downloads_the_ledgers_of_its_node_and_nothing_outside() {
    let app = spawn_demo_app().await;
    let fenggang = app.login_demo("fenggang").await;
    let heba = app.node_id(HEBA).await;
    let longquan = app.node_id(LONGQUAN).await;
    let token = dashboard_token(&app, &fenggang, &heba).await;
    for ledger in LEDGERS {
        let own = download(
            &app,
            Some(&token),
            &format!("/api/exports/{ledger}nodeId={heba}"),
        )
        .await;
        assert_eq!(own.status, 200, "{ledger}");
        let outside = download(
            &app,
            Some(&token),
            &format!("/api/exports/{ledger}nodeId={longquan}"),
        )
        .await;
        assert_eq!(outside.status, 404, "{ledger}");
    }
}
