//! The county records its decision; the proposal then carries it, the
//! register lists it, and the same decision is not recorded twice.
use super::{interview, proposals, RECORD, REGISTER};
use crate::campaigns::fixture::county;
use crate::programme::documents::{upload, PDF};
use serde_json::json;

#[tokio::test]
async fn a_recorded_warning_interview_shows_on_its_proposal_and_in_the_register() {
    let c = county().await;
    c.on("2018-07-25");
    let q = [
        ("nodeId", c.county.as_str()),
        ("kind", "IMPLEMENTATION_PLAN"),
        ("title", "约谈通知"),
    ];
    let (status, body) = upload(&c.app, &c.root, &q, "application/pdf", PDF).await;
    assert!(status.is_success(), "{status} {body}");
    let doc = body["id"].as_str().unwrap().to_string();
    let mut input = interview(&c, 1, "2018-07-24", "wi-yi-2018");
    input["input"]["documentIds"] = json!([doc]);
    let made = c.ok(RECORD, input.clone()).await["recordSanction"].clone();
    assert_eq!(made["kind"], "WARNING_INTERVIEW");
    assert_eq!(made["subject"]["name"], "乙镇");
    assert_eq!(made["decidedOn"], "2018-07-24");
    assert_eq!(made["documents"], json!([{ "id": doc }]));
    assert!(made["decidedBy"].as_str().is_some_and(|n| !n.is_empty()));
    assert_eq!(made["allowedActions"], json!([]));

    // A retry with the same key answers the same decision.
    let again = c.ok(RECORD, input).await["recordSanction"].clone();
    assert_eq!(again["id"], made["id"]);
    // Another decision on the same township and year is refused.
    let a = c
        .app
        .query(
            &c.root.access_token,
            RECORD,
            interview(&c, 1, "2018-07-25", "wi-yi-2"),
        )
        .await;
    assert_eq!(a.error_code().as_deref(), Some("CONFLICT"), "{}", a.text);
    assert_eq!(a.error_key().as_deref(), Some("sanction.exists"));

    let all = proposals(&c).await;
    let yi = all.iter().find(|p| p["node"]["name"] == "乙镇").unwrap();
    assert_eq!(yi["decision"]["id"], made["id"]);
    let bing = all.iter().find(|p| p["node"]["name"] == "丙镇").unwrap();
    assert!(bing["decision"].is_null());

    let d = c.ok(REGISTER, json!({ "u": c.county, "y": 2018 })).await;
    let register = d["sanctions"].as_array().unwrap();
    assert_eq!(register.len(), 1);
    assert_eq!(
        register[0]["reason"],
        "未按期完成网格化建设，约谈乡镇主要负责人"
    );
    let other_year = c.ok(REGISTER, json!({ "u": c.county, "y": 2019 })).await;
    assert_eq!(other_year["sanctions"], json!([]));
}

#[tokio::test]
async fn an_award_disqualification_names_the_post_and_its_node() {
    let c = county().await;
    let post = c.townships[2].posts[1].0.clone();
    let input = json!({ "input": { "kind": "AWARD_DISQUALIFICATION", "subjectId": post, "year": 2018,
        "decidedOn": "2018-07-20", "reason": "连续三个月未完成巡查任务" } });
    let made = c.ok(RECORD, input).await["recordSanction"].clone();
    assert_eq!(made["appointment"]["id"], post.as_str());
    assert_eq!(made["subject"]["name"], "第一村民组");
}

#[tokio::test]
async fn a_decision_needs_a_reason_a_past_day_and_the_right_subject() {
    let c = county().await;
    let refuse = |input: serde_json::Value, key: &'static str| {
        let c = &c;
        async move {
            let a = c.app.query(&c.root.access_token, RECORD, input).await;
            assert_eq!(
                a.error_code().as_deref(),
                Some("BAD_USER_INPUT"),
                "{}",
                a.text
            );
            assert_eq!(a.error_key().as_deref(), Some(key), "{}", a.text);
        }
    };
    let mut blank = interview(&c, 1, "2018-07-20", "k1");
    blank["input"]["reason"] = json!("   ");
    refuse(blank, "input.empty").await;
    refuse(interview(&c, 1, "2018-07-21", "k2"), "record.day_in_future").await;
    let mut village = interview(&c, 1, "2018-07-20", "k3");
    village["input"]["subjectId"] = json!(c.townships[1].village);
    refuse(village, "sanction.subject_township").await;
    let mut year = interview(&c, 1, "2018-07-20", "k4");
    year["input"]["year"] = json!(1999);
    refuse(year, "sanction.year_invalid").await;
    // Nothing was recorded.
    let d = c.ok(REGISTER, json!({ "u": c.county })).await;
    assert_eq!(d["sanctions"], json!([]));
}
