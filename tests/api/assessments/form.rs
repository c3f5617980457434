//! The form opens filled from the fixture year's records by the built-in
//! rules: known misses, points, evidence, total and grade; the assessor
//! scores the manual item and adjusts an automatic one only with a note.
use super::fixture::{county, score, start};
use serde_json::Value;

fn item<'a>(a: &'a Value, key: &str) -> &'a Value {
    a["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == key)
        .unwrap_or_else(|| panic!("no item {key} in {a}"))
}

#[tokio::test]
async fn the_fixture_year_gives_known_auto_points_total_and_grade() {
    let c = county().await;
    let made = start(&c, &c.jia, &c.officer.appointment, "2025").await;
    let a = made.data()["startAssessment"].clone();
    let points: Vec<(String, Value, i64)> = a["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["title"].as_str().unwrap().to_string(),
                i["points"].clone(),
                i["misses"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        points,
        vec![
            ("检查频次".into(), 20.into(), 2),
            ("隐患跟踪".into(), 15.into(), 1),
            ("村级安全会议".into(), 10.into(), 2),
            ("工作笔记".into(), 0.into(), 1),
            ("其他职责".into(), Value::Null, 0),
        ],
        "{a}"
    );
    assert_eq!(
        (&a["status"], &a["total"], &a["grade"], &a["periodKind"]),
        (&"DRAFT".into(), &45.into(), &"FAIL".into(), &"YEAR".into())
    );
    assert_eq!(a["assessor"], "jia-admin本人");
    assert_eq!(a["personName"], "甲一");
    assert_eq!(a["defaultRules"], true);
    let inspections = item(&a, "inspections");
    let evidence: Vec<&str> = inspections["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["summary"].as_str().unwrap())
        .collect();
    assert_eq!(evidence, vec!["3月 检查 2/4 次", "7月 检查 0/4 次"]);
    assert_eq!(
        inspections["evidence"][0]["recordIds"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(inspections["auto"], true);
    assert_eq!(item(&a, "other")["auto"], false);
    let meetings = item(&a, "meetings");
    assert_eq!(
        meetings["evidence"][0]["summary"],
        "截至12月 村级安全会议 2/4 次"
    );
    assert!(item(&a, "hazards")["evidence"][0]["summary"]
        .as_str()
        .unwrap()
        .contains("限期 2025-06-10"));

    // Starting again opens the same form.
    let again = start(&c, &c.jia, &c.officer.appointment, "2025").await;
    assert_eq!(again.data()["startAssessment"]["id"], a["id"]);
    assert_eq!(again.data()["startAssessment"]["version"], 1);

    let id = a["id"].as_str().unwrap();
    let scored = score(&c, &c.jia, id, "other", 8, None).await;
    let s = &scored.data()["scoreAssessmentItem"];
    assert_eq!((&s["total"], &s["grade"]), (&53.into(), &"FAIL".into()));

    let no_note = score(&c, &c.jia, id, "inspections", 30, None).await;
    assert_eq!(
        no_note.error_key().as_deref(),
        Some("assessment.note_required")
    );
    let noted = score(
        &c,
        &c.jia,
        id,
        "inspections",
        30,
        Some("三月有两次检查记在纸上，已核实"),
    )
    .await;
    let s = &noted.data()["scoreAssessmentItem"];
    assert_eq!((&s["total"], &s["grade"]), (&63.into(), &"PASS".into()));
    let i = item(s, "inspections");
    assert_eq!((&i["points"], &i["autoPoints"]), (&30.into(), &20.into()));
    assert_eq!(i["note"], "三月有两次检查记在纸上，已核实");

    let too_many = score(&c, &c.jia, id, "other", 11, None).await;
    assert_eq!(
        too_many.error_key().as_deref(),
        Some("assessment.points_range")
    );
    let unknown = score(&c, &c.jia, id, "nothing", 1, None).await;
    assert_eq!(
        unknown.error_key().as_deref(),
        Some("assessment.item_unknown")
    );

    let month = start(&c, &c.jia, &c.officer.appointment, "2025-03").await;
    assert_eq!(
        month.error_key().as_deref(),
        Some("assessment.period_yearly")
    );
    let bad = start(&c, &c.jia, &c.officer.appointment, "2025-3").await;
    assert_eq!(bad.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(
        bad.error_key().as_deref(),
        Some("assessment.period_invalid")
    );
}
