//! The demo county's list is alive on first start: two liaisons of one
//! village in 龙泉街道 give one phone, and a village officer of 何坝街道
//! typed four inspections in within minutes; the county office reads them
//! and may dismiss them, 何坝街道 reads its own burst but not 龙泉街道's phone.
use super::fixture::LIST;
use crate::helpers::spawn_demo_app_with;
use serde_json::json;

#[tokio::test]
async fn the_demo_county_shows_a_shared_phone_and_a_burst_of_records() {
    let app = spawn_demo_app_with(|s| s.demo_field_work = true).await;
    let county = app.login_demo("fenggang").await;
    let node = app.node_id("520327").await;
    let all = app
        .query(
            &county.access_token,
            LIST,
            json!({ "n": node, "first": 30 }),
        )
        .await;
    let nodes = all.data()["integritySignals"]["nodes"]
        .as_array()
        .unwrap()
        .clone();
    let of = |kind: &str| {
        nodes
            .iter()
            .filter(|s| s["kind"] == kind)
            .cloned()
            .collect::<Vec<_>>()
    };
    let phones = of("SHARED_PHONE");
    assert_eq!(phones.len(), 1, "{}", all.text);
    assert_eq!(phones[0]["summary"]["count"], 2);
    let bursts = of("RECORD_BURST");
    assert_eq!(bursts.len(), 1, "{}", all.text);
    assert_eq!(bursts[0]["summary"]["count"], 4);
    assert!(nodes.iter().all(
        |s| s["status"] == "OPEN" && s["allowedActions"] == json!(["DISMISS_INTEGRITY_SIGNAL"])
    ));

    let heba = app.login_demo("heba").await;
    let heba_node = app.node_id("520327002").await;
    let own = app
        .query(
            &heba.access_token,
            LIST,
            json!({ "n": heba_node, "first": 30 }),
        )
        .await;
    let kinds: Vec<String> = own.data()["integritySignals"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap().to_string())
        .collect();
    assert!(kinds.contains(&"RECORD_BURST".to_string()), "{}", own.text);
    assert!(!kinds.contains(&"SHARED_PHONE".to_string()), "{}", own.text);
}
