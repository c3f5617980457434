//! The state machine (every legal and illegal step; approved is locked;
//! a revision is a new version and keeps the old), who may assess and
//! approve, and `allowedActions` per role.
use super::fixture::{county, score, start, step, ASSESSMENT};
use serde_json::{json, Value};

fn actions(a: &Value) -> Vec<String> {
    let mut v: Vec<String> = a["allowedActions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect();
    v.sort();
    v
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[tokio::test]
async fn an_assessment_goes_draft_submitted_approved_and_a_revision_keeps_the_old() {
    let c = county().await;
    let made = start(&c, &c.yi_admin, &c.yi.appointment, "2025").await;
    let a = made.data()["startAssessment"].clone();
    let id = a["id"].as_str().unwrap().to_string();
    assert_eq!(
        actions(&a),
        names(&["SCORE_ASSESSMENT", "SUBMIT_ASSESSMENT"])
    );

    // A manual item without points cannot be submitted.
    let early = step(&c, &c.yi_admin, "submitAssessment", &id, "").await;
    assert_eq!(
        early.error_key().as_deref(),
        Some("assessment.item_unscored")
    );
    let approve_draft = step(&c, &c.county_admin, "approveAssessment", &id, "").await;
    assert_eq!(
        approve_draft.error_key().as_deref(),
        Some("assessment.not_submitted")
    );
    let revise_draft = step(
        &c,
        &c.yi_admin,
        "reviseAssessment",
        &id,
        ", reason: \"更正\"",
    )
    .await;
    assert_eq!(
        revise_draft.error_key().as_deref(),
        Some("assessment.not_approved")
    );

    score(&c, &c.yi_admin, &id, "other", 10, None).await.data();
    let sent = step(&c, &c.yi_admin, "submitAssessment", &id, "").await;
    let s = &sent.data()["submitAssessment"];
    assert_eq!(s["status"], "SUBMITTED");
    assert!(actions(s).is_empty(), "the assessor waits: {s}");
    let rescore = score(&c, &c.yi_admin, &id, "other", 9, None).await;
    assert_eq!(rescore.error_key().as_deref(), Some("assessment.not_draft"));
    let resend = step(&c, &c.yi_admin, "submitAssessment", &id, "").await;
    assert_eq!(resend.error_key().as_deref(), Some("assessment.not_draft"));

    // The assessor's own level does not approve; the county does.
    let own = step(&c, &c.yi_admin, "approveAssessment", &id, "").await;
    assert_eq!(
        (own.error_code().as_deref(), own.error_key().as_deref()),
        (Some("FORBIDDEN"), Some("assessment.approved_above"))
    );
    let read = c
        .ok_as(
            &c.county_admin,
            &format!(
                "query($id: ID!) {{ node(id: $id) {{ ... on Assessment {{ {ASSESSMENT} }} }} }}"
            ),
            json!({ "id": id }),
        )
        .await;
    assert_eq!(actions(&read["node"]), names(&["APPROVE_ASSESSMENT"]));
    let ok = step(&c, &c.county_admin, "approveAssessment", &id, "").await;
    let approved = ok.data()["approveAssessment"].clone();
    assert_eq!(approved["status"], "APPROVED");
    assert_eq!(approved["approvedBy"], "county-admin本人");
    // The deduction is fixed: the points lost × 12 yuan.
    let lost = approved["maxTotal"].as_i64().unwrap() - approved["total"].as_i64().unwrap();
    assert_eq!(approved["deductionFen"], lost * 1200);

    // Approved is locked.
    for (field, extra) in [("submitAssessment", ""), ("approveAssessment", "")] {
        let who = if field == "approveAssessment" {
            &c.county_admin
        } else {
            &c.yi_admin
        };
        let locked = step(&c, who, field, &id, extra).await;
        assert_eq!(
            locked.error_key().as_deref(),
            Some("assessment.approved_locked"),
            "{field}"
        );
    }
    let locked = score(&c, &c.yi_admin, &id, "other", 5, None).await;
    assert_eq!(
        locked.error_key().as_deref(),
        Some("assessment.approved_locked")
    );
    // The county may still correct it (it may assess officers too).
    assert_eq!(actions(&approved), names(&["REVISE_ASSESSMENT"]));

    let no_reason = step(&c, &c.yi_admin, "reviseAssessment", &id, ", reason: \" \"").await;
    assert_eq!(
        no_reason.error_key().as_deref(),
        Some("record.reason_required")
    );
    let revised = step(
        &c,
        &c.yi_admin,
        "reviseAssessment",
        &id,
        ", reason: \"漏记两次检查\"",
    )
    .await;
    let next = revised.data()["reviseAssessment"].clone();
    assert_eq!(
        (
            &next["status"],
            &next["version"],
            &next["previousId"],
            &next["reason"]
        ),
        (
            &"DRAFT".into(),
            &2.into(),
            &Value::from(id.clone()),
            &"漏记两次检查".into()
        )
    );
    assert_eq!(
        next["items"], approved["items"],
        "the revision starts from the approved form"
    );
    let old = c
        .ok_as(
            &c.yi_admin,
            "query($id: ID!) { node(id: $id) { ... on Assessment { status superseded allowedActions } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        old["node"],
        json!({ "status": "APPROVED", "superseded": true, "allowedActions": [] })
    );
    let again = step(
        &c,
        &c.yi_admin,
        "reviseAssessment",
        &id,
        ", reason: \"再改\"",
    )
    .await;
    assert_eq!(again.error_key().as_deref(), Some("assessment.superseded"));
    // Starting again opens the current version.
    let current = start(&c, &c.yi_admin, &c.yi.appointment, "2025").await;
    assert_eq!(current.data()["startAssessment"]["id"], next["id"]);

    let list = "query($u: ID!, $all: Boolean) { assessments(under: $u, period: \"2025\", includeSuperseded: $all, first: 20) {
      totalCount nodes { id version } } }";
    let shown = c
        .ok_as(&c.county_admin, list, json!({ "u": c.townships[1] }))
        .await;
    assert_eq!(
        shown["assessments"]["nodes"],
        json!([{ "id": next["id"], "version": 2 }])
    );
    let all = c
        .ok_as(
            &c.county_admin,
            list,
            json!({ "u": c.townships[1], "all": true }),
        )
        .await;
    assert_eq!(all["assessments"]["totalCount"], 2);
}

#[tokio::test]
async fn nobody_assesses_themself_or_another_township_and_the_assessor_never_approves() {
    let c = county().await;
    // 丙一 under a township account of their own is still 丙一.
    let (bing_self, _) = c
        .account(
            "bing-self",
            &c.townships[0],
            "ADMIN",
            Some(c.bing.person.as_str()),
        )
        .await;
    let own = start(&c, &bing_self, &c.bing.appointment, "2025").await;
    assert_eq!(
        (own.error_code().as_deref(), own.error_key().as_deref()),
        (Some("FORBIDDEN"), Some("assessment.of_self"))
    );
    // 甲镇 cannot see 乙镇's officer: exactly a missing id's answer.
    let other = start(&c, &c.jia, &c.yi.appointment, "2025").await;
    let missing = start(&c, &c.jia, &uuid::Uuid::new_v4().to_string(), "2025").await;
    assert_eq!(other.error_code().as_deref(), Some("NOT_FOUND"));
    assert_eq!(other.text, missing.text);
    // A village officer does not assess officers.
    let village = start(&c, &c.village, &c.bing.appointment, "2025").await;
    assert_eq!(village.error_code().as_deref(), Some("NOT_FOUND"));

    // The assessor's person under a county account does not approve.
    let (jia_county, _) = c
        .account(
            "jia-county",
            &c.county,
            "ADMIN",
            Some(c.jia_person.as_str()),
        )
        .await;
    let a = start(&c, &c.jia, &c.bing.appointment, "2025").await;
    let id = a.data()["startAssessment"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    score(&c, &c.jia, &id, "other", 10, None).await.data();
    step(&c, &c.jia, "submitAssessment", &id, "").await.data();
    let same = step(&c, &jia_county, "approveAssessment", &id, "").await;
    assert_eq!(
        same.error_key().as_deref(),
        Some("assessment.assessor_cannot_approve")
    );
    let ok = step(&c, &c.county_admin, "approveAssessment", &id, "").await;
    assert_eq!(ok.data()["approveAssessment"]["status"], "APPROVED");

    // The village assesses its liaison; it cannot approve its own, the township does.
    let l = start(&c, &c.village, &c.liaison.appointment, "2025").await;
    let l = l.data()["startAssessment"].clone();
    let keys: Vec<&str> = l["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, vec!["patrols", "hazards", "notebook", "ceremonies"]);
    let lid = l["id"].as_str().unwrap().to_string();
    score(&c, &c.village, &lid, "ceremonies", 18, None)
        .await
        .data();
    step(&c, &c.village, "submitAssessment", &lid, "")
        .await
        .data();
    let own = step(&c, &c.village, "approveAssessment", &lid, "").await;
    assert_eq!(own.error_code().as_deref(), Some("FORBIDDEN"));
    let read = c
        .ok_as(
            &c.village,
            "query($id: ID!) { node(id: $id) { ... on Assessment { allowedActions } } }",
            json!({ "id": lid }),
        )
        .await;
    assert_eq!(read["node"]["allowedActions"], json!([]));
    let ok = step(&c, &c.jia, "approveAssessment", &lid, "").await;
    assert_eq!(ok.data()["approveAssessment"]["status"], "APPROVED");
    // The liaison's assessment is 甲村's: 乙镇 does not see it.
    let hidden = step(&c, &c.yi_admin, "approveAssessment", &lid, "").await;
    assert_eq!(hidden.error_code().as_deref(), Some("NOT_FOUND"));
}
