//! A year of known records gives known points, item by item, and the total
//! to the point; each automatic point names the records behind it.
use super::fixture::{item, item_points, scored};

fn expect(pairs: &[(&str, i64)]) -> Vec<(String, i64)> {
    pairs.iter().map(|(k, p)| (k.to_string(), *p)).collect()
}

#[tokio::test]
async fn each_townships_card_is_filled_from_its_records_to_the_point() {
    let s = scored().await;
    let jia = s.card(0).await;
    assert_eq!(jia["township"]["name"], "甲镇");
    assert_eq!(
        item_points(&jia),
        expect(&[
            ("deployment", 0),
            ("leading_group", 1),
            ("plan", 1),
            ("management_rules", 14),
            ("officers", 10),
            ("demonstration", 5),
            ("training", 5),
            ("notebooks", 8),
            ("leader_visits", 0),
            ("monthly_meetings", 0),
            ("duty_reports", 22),
            ("assessment_rules", 0),
            ("assessments_done", 5),
            ("subsidies", 0),
        ])
    );
    let parts: Vec<i64> = jia["parts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["points"].as_i64().unwrap())
        .collect();
    assert_eq!(parts, vec![16, 28, 22, 5]);
    assert_eq!(jia["total"], 71);
    assert_eq!(jia["locked"], false);
    assert!(jia["rank"].is_null());

    // Why points were lost, and the records behind them.
    let notebooks = &item(&jia, "notebooks")["evidence"];
    assert_eq!(notebooks["finding"], "NOTEBOOKS_NOT_KEPT");
    assert_eq!(notebooks["count"], 1);
    assert_eq!(notebooks["recordIds"][0], s.notebook_check.as_str());
    let duty = &item(&jia, "duty_reports")["evidence"];
    assert_eq!(duty["finding"], "DUTY_REPORTS_WITHOUT_GRID_WORK");
    assert_eq!(duty["count"], 2);
    let mut ids: Vec<&str> = duty["recordIds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    ids.sort();
    let mut want: Vec<&str> = s.duty_reports.iter().map(String::as_str).collect();
    want.sort();
    assert_eq!(ids, want);
    assert_eq!(
        item(&jia, "leading_group")["evidence"]["recordIds"][0],
        s.leading_group.as_str()
    );
    assert_eq!(
        item(&jia, "deployment")["evidence"]["finding"],
        "DOCUMENTS_MISSING"
    );
    let rules = &item(&jia, "management_rules")["evidence"];
    assert_eq!(
        (rules["count"].as_i64(), rules["of"].as_i64()),
        (Some(2), Some(2))
    );
    assert_eq!(
        item(&jia, "monthly_meetings")["evidence"]["finding"],
        "MEETINGS_MISSED"
    );
    assert_eq!(item(&jia, "monthly_meetings")["evidence"]["of"], 6);
    assert_eq!(
        item(&jia, "leader_visits")["evidence"]["finding"],
        "NO_ASSIGNED_VILLAGES"
    );
    assert_eq!(
        item(&jia, "subsidies")["evidence"]["finding"],
        "SUBSIDIES_NOT_YET_PAID"
    );
    // Its one village officer holds an approved assessment of the year.
    let assessed = &item(&jia, "assessments_done");
    assert_eq!(assessed["evidence"]["finding"], "MET");
    assert_eq!(
        (
            assessed["evidence"]["count"].as_i64(),
            assessed["evidence"]["of"].as_i64()
        ),
        (Some(0), Some(1))
    );
    assert_eq!(assessed["evidence"]["recordIds"][0], s.assessment.as_str());
    assert_eq!(assessed["auto"], 5);
    assert_eq!(item(&jia, "officers")["auto"], 10);
    // A record id opens with node(id:).
    let opened =
        s.c.ok(
            "query($id: ID!) { node(id: $id) { __typename id } }",
            serde_json::json!({ "id": s.notebook_check }),
        )
        .await;
    assert_eq!(opened["node"]["__typename"], "NotebookCheck");

    // 乙: the roster, the training and the build-out all late.
    let yi = s.card(1).await;
    assert_eq!(item(&yi, "officers")["points"], 0);
    assert_eq!(item(&yi, "officers")["evidence"]["finding"], "NO_ROSTER");
    assert_eq!(
        item(&yi, "demonstration")["evidence"]["finding"],
        "MILESTONE_LATE"
    );
    assert_eq!(item(&yi, "training")["points"], 0);
    // Its officer was never assessed: all or nothing.
    let assessed = &item(&yi, "assessments_done");
    assert_eq!(assessed["points"], 0);
    assert_eq!(assessed["evidence"]["finding"], "ASSESSMENTS_MISSING");
    assert_eq!(
        (
            assessed["evidence"]["count"].as_i64(),
            assessed["evidence"]["of"].as_i64()
        ),
        (Some(1), Some(1))
    );
    assert_eq!(yi["total"], 51);

    // 丙: not done.
    let bing = s.card(2).await;
    assert_eq!(
        item(&bing, "demonstration")["evidence"]["finding"],
        "MILESTONE_NOT_DONE"
    );
    assert_eq!(bing["total"], 50);

    // 丁: two posts missing on its roster day, −1 each.
    let ding = s.card(3).await;
    assert_eq!(item(&ding, "officers")["points"], 8);
    assert_eq!(
        item(&ding, "officers")["evidence"]["finding"],
        "POSTS_MISSING"
    );
    assert_eq!(item(&ding, "officers")["evidence"]["count"], 2);
    // Nothing was due, so nothing was paid late.
    assert_eq!(item(&ding, "subsidies")["points"], 5);
    // Nobody in post, so nobody left unassessed.
    assert_eq!(item(&ding, "assessments_done")["points"], 5);
    assert_eq!(ding["total"], 68);
}
