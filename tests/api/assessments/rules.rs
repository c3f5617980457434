//! Rules as data: the built-in default where nobody set any, a township's
//! officers' rules and a village's liaisons' rules change the form; who
//! sets rules where.
use super::fixture::{county, start};
use serde_json::{json, Value};

const RULES: &str = "query($n: ID!) { assessmentRules(nodeId: $n) {
  role periodKind passMark fenPerPoint isDefault fromNodeName fromNode { id } setAt
  items { key title maxPoints measure perMiss } } }";
const SET: &str =
    "mutation($n: ID!, $r: [AssessmentRuleInput!]!) { setAssessmentRules(nodeId: $n, rules: $r) {
  role periodKind passMark isDefault fromNodeName } }";

fn officers() -> Value {
    json!([{ "role": "VILLAGE_OFFICER", "periodKind": "YEAR", "passMark": 70, "fenPerPoint": 1000,
        "items": [
            { "key": "inspections", "title": "检查频次", "maxPoints": 60, "measure": "INSPECTION_QUOTA", "perMiss": 5 },
            { "key": "other", "title": "其他职责", "maxPoints": 40, "measure": "MANUAL", "perMiss": 0 } ] }])
}

fn liaisons() -> Value {
    json!([{ "role": "GROUP_LIAISON", "periodKind": "MONTH", "passMark": 60, "fenPerPoint": 300,
        "items": [
            { "key": "patrols", "title": "巡查频次", "maxPoints": 100, "measure": "INSPECTION_QUOTA", "perMiss": 50 } ] }])
}

#[tokio::test]
async fn rules_set_by_a_township_and_a_village_change_the_form() {
    let c = county().await;
    let at = |n: &str| json!({ "n": n });
    let before = c.ok(RULES, at(&c.villages[0])).await;
    let shown = before["assessmentRules"].as_array().unwrap();
    assert_eq!(shown.len(), 2);
    assert!(shown
        .iter()
        .all(|r| r["isDefault"] == true && r["fromNodeName"].is_null()));
    assert_eq!(shown[0]["fenPerPoint"], 1200);
    assert_eq!(shown[1]["fenPerPoint"], 500);

    let set = c
        .ok_as(&c.jia, SET, json!({ "n": c.townships[0], "r": officers() }))
        .await;
    assert_eq!(set["setAssessmentRules"][0]["fromNodeName"], "甲镇");
    let village = c.ok(RULES, at(&c.villages[1])).await;
    let officer = &village["assessmentRules"][0];
    assert_eq!(
        (
            &officer["isDefault"],
            &officer["fromNodeName"],
            &officer["passMark"]
        ),
        (&false.into(), &"甲镇".into(), &70.into())
    );
    assert_eq!(village["assessmentRules"][1]["isDefault"], true);
    let other = c.ok(RULES, at(&c.villages[2])).await;
    assert_eq!(
        other["assessmentRules"][0]["isDefault"], true,
        "乙镇 keeps the default"
    );

    // 丙一 has no inspections: twelve months short, 60 − 12 × 5 = 0.
    let form = start(&c, &c.jia, &c.bing.appointment, "2025").await;
    let a = &form.data()["startAssessment"];
    let items: Vec<(&str, &Value)> = a["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["key"].as_str().unwrap(), &i["points"]))
        .collect();
    assert_eq!(
        items,
        vec![("inspections", &json!(0)), ("other", &Value::Null)]
    );
    assert_eq!(
        (&a["passMark"], &a["fenPerPoint"], &a["defaultRules"]),
        (&70.into(), &1000.into(), &false.into())
    );

    // 甲村 assesses its liaisons by month.
    c.ok_as(
        &c.village,
        SET,
        json!({ "n": c.villages[0], "r": liaisons() }),
    )
    .await;
    let yearly = start(&c, &c.village, &c.liaison.appointment, "2025").await;
    assert_eq!(
        yearly.error_key().as_deref(),
        Some("assessment.period_monthly")
    );
    let march = start(&c, &c.village, &c.liaison.appointment, "2025-03").await;
    let m = &march.data()["startAssessment"];
    assert_eq!(
        (&m["period"], &m["total"], &m["periodKind"]),
        (&"2025-03".into(), &50.into(), &"MONTH".into())
    );
    assert_eq!(m["items"][0]["evidence"][0]["summary"], "3月 巡查 0/3 次");

    // Officers' rules are not a village's to set; a township above it is not its to see.
    let wrong = c
        .as_user(
            &c.village,
            SET,
            json!({ "n": c.villages[0], "r": officers() }),
        )
        .await;
    assert_eq!(wrong.error_key().as_deref(), Some("assessment.rules_at"));
    let above = c
        .as_user(
            &c.village,
            SET,
            json!({ "n": c.townships[0], "r": liaisons() }),
        )
        .await;
    assert_eq!(above.error_code().as_deref(), Some("NOT_FOUND"));
    let county_default = c
        .as_user(&c.jia, SET, json!({ "n": c.county, "r": officers() }))
        .await;
    assert_eq!(county_default.error_code().as_deref(), Some("NOT_FOUND"));
    let by_county = c
        .as_user(
            &c.county_admin,
            SET,
            json!({ "n": c.county, "r": officers() }),
        )
        .await;
    assert_eq!(
        by_county.data()["setAssessmentRules"][0]["fromNodeName"],
        "考核试点县"
    );
    let mut bad = officers();
    bad[0]["passMark"] = json!(101);
    let refused = c
        .as_user(&c.county_admin, SET, json!({ "n": c.county, "r": bad }))
        .await;
    assert_eq!(
        refused.error_key().as_deref(),
        Some("assessment.rules_pass_mark")
    );
}
