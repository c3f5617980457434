//! One of each signal, found exactly once; a clean county, none; a second
//! scan makes nothing new.
use super::fixture::county;
use serde_json::{json, Value};

fn kinds_and_places(list: &Value) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = list["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["kind"].as_str().unwrap().to_string(),
                s["node"]["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

fn by_kind<'a>(list: &'a Value, kind: &str) -> &'a Value {
    list["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind}"))
}

#[tokio::test]
async fn a_fixture_with_one_of_each_signal_finds_exactly_those_and_a_clean_county_none() {
    let c = county().await;
    let scanned = c.scan(&c.office, &c.county).await;
    assert_eq!(scanned, json!({ "found": 7, "new": 7 }));
    let list = c.list(&c.office, &c.county, json!({ "first": 20 })).await;
    assert_eq!(list["totalCount"], 7, "{list}");
    let expected: Vec<(String, String)> = [
        ("FAR_FROM_NODE", "甲村"),
        ("IMPOSSIBLE_TRAVEL", "乙村"),
        ("PAID_WITHOUT_RECORDS", "丙村"),
        ("RECORD_BURST", "甲村"),
        ("REUSED_PHOTO", "甲镇"),
        ("SAME_PERSON_TWO_POSTS", "甲镇"),
        ("SHARED_PHONE", "丁村"),
    ]
    .iter()
    .map(|(k, n)| (k.to_string(), n.to_string()))
    .collect();
    assert_eq!(kinds_and_places(&list), expected);

    // Each with the evidence and figures a reader needs.
    let burst = by_kind(&list, "RECORD_BURST");
    assert_eq!(burst["summary"]["personName"], "甲一");
    assert_eq!(burst["summary"]["count"], 4);
    assert_eq!(burst["summary"]["minutes"], 8);
    assert_eq!(burst["evidence"].as_array().unwrap().len(), 4);
    assert_eq!(burst["evidence"][0]["kind"], "INSPECTION");
    let travel = by_kind(&list, "IMPOSSIBLE_TRAVEL");
    assert_eq!(travel["summary"]["personName"], "丙一");
    assert_eq!(travel["summary"]["minutes"], 30);
    let metres = travel["summary"]["distanceM"].as_i64().unwrap();
    assert!((50_000..60_000).contains(&metres), "{travel}");
    assert!(travel["summary"]["speedKmh"].as_i64().unwrap() > 80);
    let far = by_kind(&list, "FAR_FROM_NODE");
    assert_eq!(far["summary"]["personName"], "乙一");
    assert!(far["summary"]["distanceM"].as_i64().unwrap() > 15_000);
    assert_eq!(far["evidence"][0]["latitude"], 28.13);
    let paid = by_kind(&list, "PAID_WITHOUT_RECORDS");
    assert_eq!(
        (&paid["summary"]["personName"], &paid["summary"]["year"]),
        (&json!("丁一"), &json!(2025))
    );
    let evidence_kinds: Vec<&str> = paid["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(evidence_kinds, ["PAYROLL_LINE", "APPOINTMENT"]);
    let phone = by_kind(&list, "SHARED_PHONE");
    assert_eq!(phone["summary"]["count"], 2);
    assert_eq!(phone["summary"]["phoneMasked"], "139****9999");
    let same = by_kind(&list, "SAME_PERSON_TWO_POSTS");
    assert_eq!(same["summary"]["personName"], "己一");
    let posts: Vec<&Value> = same["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "APPOINTMENT")
        .collect();
    assert_eq!(posts.len(), 2);
    let photo = by_kind(&list, "REUSED_PHOTO");
    assert_eq!(photo["summary"]["count"], 2);
    assert!(photo["evidence"].to_string().contains("PHOTO"));
    assert!(list["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["status"] == "OPEN" && s["dismissedBy"].is_null()));

    let clean = c.scan(&c.root, &c.clean).await;
    assert_eq!(clean, json!({ "found": 0, "new": 0 }));
    let none = c.list(&c.root, &c.clean, json!({})).await;
    assert_eq!(none["totalCount"], 0, "{none}");

    // A second scan finds the same seven and makes none.
    let again = c.scan(&c.office, &c.county).await;
    assert_eq!(again, json!({ "found": 7, "new": 0 }));
    let list = c.list(&c.office, &c.county, json!({})).await;
    assert_eq!(list["totalCount"], 7);
}
