//! A ledger sends as many SQL statements for many rows as for a few: the
//! names, sectors and places of all its rows come in one statement each.
use super::*;
use crate::hazards::fixtures::{hazard_input, report};
use crate::helpers::spawn_demo_app;
use std::sync::atomic::Ordering;

#[tokio::test]
async fn the_hazard_ledger_sends_as_many_statements_for_30_hazards_as_for_3() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let officer = app.login_demo("lingyun").await;
    let liaison = app.login_demo("lingyun-1").await;
    let township = app.node_id(HEBA).await;
    let village = app.node_id(LINGYUN).await;
    let groups = [
        app.node_id(LINGYUN_1).await,
        app.node_id("520327002204002").await,
        app.node_id("520327002204003").await,
    ];
    let path = format!("/api/exports/hazards.xlsx?nodeId={township}");
    let mut counts = Vec::new();
    let mut made = 0;
    for target in [3, 30] {
        while made < target {
            // Several reporters, categories and places, so every name,
            // sector and place lookup has many rows to find.
            let (who, node) = match made % 4 {
                0 => (&officer, &village),
                1 => (&heba, &groups[0]),
                2 => (&officer, &groups[1]),
                _ => (&liaison, &groups[0]),
            };
            let node = if made % 4 == 2 { &groups[2] } else { node };
            let category = if made % 2 == 0 {
                "FIRE"
            } else {
                "ROAD_TRAFFIC"
            };
            report(
                &app,
                who,
                hazard_input(node, json!({ "category": category })),
            )
            .await
            .data();
            made += 1;
        }
        download(&app, Some(&heba.access_token), &path).await; // warm the session's reads
        let before = app.state.statements.load(Ordering::SeqCst);
        let got = download(&app, Some(&heba.access_token), &path).await;
        let sent = app.state.statements.load(Ordering::SeqCst) - before;
        assert_eq!(got.sheet("隐患台账").data_rows(), target);
        counts.push(sent);
    }
    assert_eq!(
        counts[0], counts[1],
        "statements for 3 and for 30 hazards: {counts:?}"
    );
    eprintln!(
        "hazard ledger: {} statements for 3 and for 30 rows",
        counts[0]
    );
}

#[tokio::test]
async fn the_roster_of_a_township_sends_as_many_statements_as_the_roster_of_one_village() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let mut counts = Vec::new();
    let mut rows = Vec::new();
    for node in [LINGYUN, HEBA] {
        let id = app.node_id(node).await;
        let path = format!("/api/exports/roster.xlsx?nodeId={id}");
        download(&app, Some(&heba.access_token), &path).await; // warm the session's reads
        let before = app.state.statements.load(Ordering::SeqCst);
        let got = download(&app, Some(&heba.access_token), &path).await;
        counts.push(app.state.statements.load(Ordering::SeqCst) - before);
        rows.push(got.sheet("名册").data_rows());
    }
    assert!(
        rows[1] > 5 * rows[0],
        "a township has many villages: {rows:?}"
    );
    assert_eq!(
        counts[0], counts[1],
        "statements for {rows:?} rows: {counts:?}"
    );
}
