//! The template: the notice's 附件1 by default (its numbers as written,
//! even where they do not add up), and the county's own once it edits it,
//! which changes the cards.
use super::fixture::{item_points, scored};
use crate::helpers::spawn_demo_app;
use serde_json::{json, Value};

pub const TEMPLATE: &str = "query($y: Int!, $c: ID) { scorecardTemplate(year: $y, countyId: $c) {
  year version isDefault
  parts { key title maxPoints items { key title maxPoints rule perUnit documentKinds milestoneKind } }
} }";

pub const SET_TEMPLATE: &str = "mutation($c: ID!, $y: Int!, $parts: [ScorecardPartInput!]!) {
  setScorecardTemplate(countyId: $c, year: $y, parts: $parts) { version isDefault parts { key } }
}";

/// A one-part template: the plan document (10) and a hand-scored item (5).
pub fn one_part() -> Value {
    json!([{ "key": "basics", "title": "基础工作", "maxPoints": 12, "items": [
        { "key": "plan", "title": "制定实施方案", "maxPoints": 10, "rule": "DOCUMENTS",
          "documentKinds": ["IMPLEMENTATION_PLAN"] },
        { "key": "spirit", "title": "工作作风", "maxPoints": 5 }
    ] }])
}

#[tokio::test]
async fn the_default_template_is_the_notices_attachment_1() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("fenggang").await;
    let d = app
        .query(&s.access_token, TEMPLATE, json!({ "y": 2026 }))
        .await;
    let t = &d.data()["scorecardTemplate"];
    assert_eq!(
        (t["isDefault"].clone(), t["version"].clone()),
        (json!(true), json!(0))
    );
    let parts: Vec<(String, i64, usize)> = t["parts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["title"].as_str().unwrap().to_string(),
                p["maxPoints"].as_i64().unwrap(),
                p["items"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(
        parts,
        vec![
            ("组织领导".to_string(), 20, 4),
            ("推进情况".to_string(), 30, 4),
            ("开展过程".to_string(), 30, 3),
            ("考核情况".to_string(), 20, 3),
        ]
    );
    let assessment: Vec<(String, i64)> = t["parts"][3]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["title"].as_str().unwrap().to_string(),
                i["maxPoints"].as_i64().unwrap(),
            )
        })
        .collect();
    // As written: 2 + 5 + 5 = 12 of the part's 20.
    assert_eq!(
        assessment,
        vec![
            ("制定村、组安全员考核细则".to_string(), 2),
            ("认真按照考核细则开展考核工作".to_string(), 5),
            ("按时发放村、组安全员补贴".to_string(), 5),
        ]
    );
    let officers = &t["parts"][1]["items"][0];
    assert_eq!(officers["rule"], "ROSTER_MISSING");
    assert_eq!(officers["perUnit"], 1);
    assert_eq!(t["parts"][1]["items"][3]["perUnit"], 2);
    assert_eq!(
        t["parts"][2]["items"][2]["rule"],
        "DUTY_REPORTS_WITHOUT_GRID_WORK"
    );
    assert_eq!(
        t["parts"][3]["items"][0]["documentKinds"],
        json!(["ASSESSMENT_RULES"])
    );
    // A township reads its county's template too.
    let heba = app.login_demo("heba").await;
    let d = app
        .query(&heba.access_token, TEMPLATE, json!({ "y": 2026 }))
        .await;
    assert_eq!(
        d.data()["scorecardTemplate"]["parts"][0]["title"],
        "组织领导"
    );
}

#[tokio::test]
async fn an_edited_template_is_a_new_version_and_changes_the_cards() {
    let s = scored().await;
    let c = &s.c;
    let d = c
        .ok(
            SET_TEMPLATE,
            json!({ "c": c.county, "y": 2018, "parts": one_part() }),
        )
        .await;
    assert_eq!(d["setScorecardTemplate"]["version"], 1);
    let d = c.ok(TEMPLATE, json!({ "y": 2018, "c": c.county })).await;
    assert_eq!(d["scorecardTemplate"]["isDefault"], false);
    assert_eq!(
        d["scorecardTemplate"]["parts"][0]["items"][1]["rule"],
        Value::Null
    );

    let jia = s.card(0).await;
    assert_eq!(
        item_points(&jia),
        vec![("plan".to_string(), 10), ("spirit".to_string(), 0)]
    );
    assert_eq!(jia["total"], 10);
    assert_eq!(s.card(2).await["total"], 0, "丙 has no plan");

    // Another year keeps the notice's.
    let other = c.ok(TEMPLATE, json!({ "y": 2019, "c": c.county })).await;
    assert_eq!(other["scorecardTemplate"]["isDefault"], true);

    // The part caps its items (10 + 5 of 12).
    let card = jia["id"].as_str().unwrap();
    let d = c
        .ok(
            super::fixture::SET_ITEM,
            json!({ "s": card, "k": "spirit", "p": 5, "n": "作风扎实" }),
        )
        .await;
    assert_eq!(d["setScorecardItem"]["total"], 12);

    // Version 2 supersedes version 1.
    let mut two = one_part();
    two[0]["items"][0]["maxPoints"] = json!(3);
    let d = c
        .ok(
            SET_TEMPLATE,
            json!({ "c": c.county, "y": 2018, "parts": two }),
        )
        .await;
    assert_eq!(d["setScorecardTemplate"]["version"], 2);
    assert_eq!(s.card(0).await["total"], 8);

    // Bad templates are refused; a township may not edit.
    let mut dup = one_part();
    dup[0]["items"][1]["key"] = json!("plan");
    let a = c
        .app
        .query(
            &c.root.access_token,
            SET_TEMPLATE,
            json!({ "c": c.county, "y": 2018, "parts": dup }),
        )
        .await;
    assert_eq!(a.error_key().as_deref(), Some("scorecard.template_invalid"));
    let mut no_kinds = one_part();
    no_kinds[0]["items"][0]["documentKinds"] = json!([]);
    let a = c
        .app
        .query(
            &c.root.access_token,
            SET_TEMPLATE,
            json!({ "c": c.county, "y": 2018, "parts": no_kinds }),
        )
        .await;
    assert_eq!(a.error_key().as_deref(), Some("scorecard.template_invalid"));
}
