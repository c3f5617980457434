//! What the records propose: a warning interview for each township late
//! on (or past without) a milestone, and an award disqualification for
//! each post that missed its quota in the county rule's number of months.
use super::{proposals, SET_RULES};
use crate::campaigns::fixture::county;
use serde_json::{json, Value};

fn of_kind<'a>(all: &'a [Value], kind: &str) -> Vec<&'a Value> {
    all.iter().filter(|p| p["kind"] == kind).collect()
}

#[tokio::test]
async fn late_townships_are_proposed_a_warning_interview_with_what_they_missed() {
    let c = county().await;
    let all = proposals(&c).await;
    let interviews = of_kind(&all, "WARNING_INTERVIEW");
    // 甲 met every milestone on time: nothing for it.
    let names: Vec<&str> = interviews
        .iter()
        .map(|p| p["node"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["乙镇", "丙镇"]);
    let late = &interviews[0]["lateMilestones"];
    assert_eq!(late.as_array().unwrap().len(), 4, "{late}");
    assert_eq!(late[0]["title"], "上报安全员名单");
    assert_eq!(late[0]["dueOn"], "2018-05-25");
    assert_eq!(late[0]["doneOn"], "2018-06-05");
    assert_eq!(late[0]["campaign"], "2018 年网格化建设");
    // 丙 has not met them at all.
    let missing = interviews[1]["lateMilestones"].as_array().unwrap();
    assert_eq!(missing.len(), 4);
    assert!(missing.iter().all(|m| m["doneOn"].is_null()), "{missing:?}");
    assert_eq!(interviews[1]["subjectId"], c.townships[2].id.as_str());
    assert!(interviews[1]["decision"].is_null());
}

#[tokio::test]
async fn posts_that_missed_the_quota_in_enough_months_are_proposed_award_disqualification() {
    let c = county().await;
    // Posts held since 05-10 with no inspections: May and June are missed
    // by 07-20, under the default three months.
    assert!(of_kind(&proposals(&c).await, "AWARD_DISQUALIFICATION").is_empty());

    // The county says two months are enough.
    let d = c
        .ok(
            SET_RULES,
            json!({ "c": c.county, "y": 2018, "m": 2, "f": true }),
        )
        .await;
    assert_eq!(d["setSanctionRules"]["missedMonths"], 2);
    assert_eq!(d["setSanctionRules"]["setByCounty"], true);
    assert_eq!(d["setSanctionRules"]["version"], 1);
    let all = proposals(&c).await;
    let posts = of_kind(&all, "AWARD_DISQUALIFICATION");
    assert_eq!(posts.len(), 6, "{all:?}");
    let officer = posts
        .iter()
        .find(|p| p["subjectId"] == c.townships[0].posts[0].0.as_str())
        .expect("甲镇's officer is proposed");
    assert_eq!(officer["appointment"]["role"], "VILLAGE_OFFICER");
    assert_eq!(officer["threshold"], 2);
    assert_eq!(
        officer["missedMonths"],
        json!([
            { "month": "2018-05", "done": 0, "expected": 4 },
            { "month": "2018-06", "done": 0, "expected": 4 },
        ])
    );
    let liaison = posts
        .iter()
        .find(|p| p["subjectId"] == c.townships[0].posts[1].0.as_str())
        .unwrap();
    assert_eq!(liaison["missedMonths"][0]["expected"], 3);

    // Back to three (a new version); July is over on 08-05, so three
    // months are missed then.
    c.ok(
        SET_RULES,
        json!({ "c": c.county, "y": 2018, "m": 3, "f": true }),
    )
    .await;
    assert!(of_kind(&proposals(&c).await, "AWARD_DISQUALIFICATION").is_empty());
    c.on("2018-08-05");
    let all = proposals(&c).await;
    let posts = of_kind(&all, "AWARD_DISQUALIFICATION");
    assert_eq!(posts.len(), 6);
    assert_eq!(posts[0]["missedMonths"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn a_rule_out_of_range_is_refused_and_nothing_changes() {
    let c = county().await;
    for m in [0, 13] {
        let a = c
            .app
            .query(
                &c.root.access_token,
                SET_RULES,
                json!({ "c": c.county, "y": 2018, "m": m, "f": true }),
            )
            .await;
        assert_eq!(
            a.error_code().as_deref(),
            Some("BAD_USER_INPUT"),
            "{}",
            a.text
        );
        assert_eq!(
            a.error_key().as_deref(),
            Some("sanction.missed_months_range")
        );
    }
    // A rule is set at a county, not at a township.
    let a = c
        .app
        .query(
            &c.root.access_token,
            SET_RULES,
            json!({ "c": c.townships[0].id, "y": 2018, "m": 2, "f": true }),
        )
        .await;
    assert_eq!(
        a.error_key().as_deref(),
        Some("sanction.rules_at_county"),
        "{}",
        a.text
    );
    let d = c
        .ok(
            "query($c: ID!) { sanctionRules(countyId: $c, year: 2018) { missedMonths setByCounty version } }",
            json!({ "c": c.county }),
        )
        .await;
    assert_eq!(
        d["sanctionRules"],
        json!({ "missedMonths": 3, "setByCounty": false, "version": 0 })
    );
}

/// An approved assessment of 2018 that failed, written straight into the
/// database (the assessment steps have their own tests).
async fn failed_assessment(c: &crate::campaigns::fixture::County, post: &str) {
    use entity::assessment::{self, AssessmentGrade, AssessmentStatus};
    use entity::assessment_rule_set::AssessmentPeriodKind;
    use entity::{appointment, subsidy_standard::SubsidyRole};
    use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel};
    let db = &c.app.state.db;
    let post = appointment::Entity::find_by_id(uuid::Uuid::parse_str(post).unwrap())
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let now = chrono::Utc::now();
    let someone = uuid::Uuid::new_v4();
    assessment::Model {
        id: uuid::Uuid::new_v4(),
        appointment_id: post.id,
        person_id: post.person_id,
        node_id: post.node_id,
        node_code: post.node_code,
        role: SubsidyRole::VillageOfficer,
        period: "2018".into(),
        year: 2018,
        period_kind: AssessmentPeriodKind::Year,
        rule_set_id: None,
        rule_node_id: None,
        pass_mark: 60,
        fen_per_point: 1200,
        items: "[]".into(),
        total: 45,
        max_total: 100,
        grade: AssessmentGrade::Fail,
        status: AssessmentStatus::Approved,
        version: 1,
        previous_id: None,
        superseded: false,
        reason: None,
        assessor_account: someone,
        assessor_person: someone,
        assessor_code: post.node_code,
        assessor_level: 4,
        submitted_by_person: Some(someone),
        submitted_at: Some(now),
        approved_by: Some(someone),
        approved_by_person: Some(someone),
        approved_at: Some(now),
        deduction_fen: Some(66_000),
        edits: 1,
        created_at: now,
        updated_at: now,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await
    .unwrap();
}

#[tokio::test]
async fn a_failed_assessment_is_grounds_for_disqualification_where_the_rule_says_so() {
    let c = county().await;
    let officer = c.townships[0].posts[0].0.clone();
    failed_assessment(&c, &officer).await;
    // Two missed months are not enough under the default rule; the failed
    // assessment is.
    let all = proposals(&c).await;
    let posts = of_kind(&all, "AWARD_DISQUALIFICATION");
    assert_eq!(posts.len(), 1, "{all:?}");
    assert_eq!(posts[0]["subjectId"], officer.as_str());
    assert_eq!(posts[0]["missedMonths"], json!([]));
    assert_eq!(posts[0]["failedAssessment"]["total"], 45);
    assert_eq!(posts[0]["failedAssessment"]["passMark"], 60);
    // The county may say a failed assessment is not grounds.
    c.ok(
        SET_RULES,
        json!({ "c": c.county, "y": 2018, "m": 3, "f": false }),
    )
    .await;
    assert!(of_kind(&proposals(&c).await, "AWARD_DISQUALIFICATION").is_empty());
}
