//! A hazard's whole life through the API, and what never changes.
use super::fixtures::*;
use crate::helpers::spawn_demo_app;
use serde_json::json;

#[tokio::test]
async fn a_hazard_is_reported_rectified_checked_by_someone_else_closed_and_reopened() {
    let app = spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let officer = app.login_demo("lingyun").await;
    let group = app.node_id(LINGYUN_GROUP1).await;

    let h = report_ok(&app, &liaison, &group, json!({})).await;
    assert_eq!(h["state"], "REPORTED");
    assert_eq!(h["handlingNode"]["id"], group.as_str());
    assert_eq!(
        h["allowedNextStates"],
        json!(["FIXED_ON_SPOT", "RECTIFYING", "REPORTED"])
    );
    let id = h["id"].clone();

    let planned = plan(&app, &liaison, &id, &today_plus(&app, 7)).await;
    assert_eq!(planned.data()["planRectification"]["state"], "RECTIFYING");
    let rectified = rectify(&app, &liaison, &id).await;
    assert_eq!(rectified.data()["rectifyHazard"]["state"], "RECTIFIED");

    // 复查销号: the person who fixed it may not close it.
    let own_check = verify(&app, &liaison, &id, true).await;
    assert_eq!(own_check.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(own_check.error_field(), Some("verifier"));
    let closed = verify(&app, &officer, &id, true).await;
    let closed = &closed.data()["verifyHazard"];
    assert_eq!(closed["state"], "CLOSED");
    assert_eq!(closed["allowedNextStates"], json!(["REOPENED"]));

    // Closed is final: no edits, no steps, only reopening with a reason.
    let edited = edit(&app, &officer, &id, &closed["version"]).await;
    assert_eq!(edited.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(
        edited.body["errors"][0]["extensions"]["allowedNextStates"],
        json!(["REOPENED"])
    );
    let after = fetch(&app, &officer, &id).await;
    assert_eq!(
        after.data()["hazard"]["title"],
        "村道边坡落石",
        "nothing changed"
    );
    let no_reason = step(
        &app,
        &officer,
        "reopenHazard(id: $id, reason: \"  \")",
        "",
        json!({ "id": id }),
    )
    .await;
    assert_eq!(no_reason.error_field(), Some("reason"));
    let reopened = reopen(&app, &officer, &id).await;
    assert_eq!(reopened.data()["reopenHazard"]["state"], "REOPENED");

    let history = fetch(&app, &officer, &id).await;
    let steps: Vec<_> = history.data()["hazard"]["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_string(),
                e["toState"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected = [
        ("REPORT", "REPORTED"),
        ("PLAN_RECTIFICATION", "RECTIFYING"),
        ("RECTIFY", "RECTIFIED"),
        ("VERIFY_PASSED", "CLOSED"),
        ("REOPEN", "REOPENED"),
    ];
    assert_eq!(
        steps,
        expected
            .map(|(a, s)| (a.to_string(), s.to_string()))
            .to_vec()
    );
    let who: Vec<_> = history.data()["hazard"]["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["actorName"].clone())
        .collect();
    assert!(
        who.iter().all(|n| n.is_string()),
        "every step names who took it: {who:?}"
    );
    assert_ne!(who[2], who[3], "rectified and checked by different people");

    // Every step is in the audit log, and the chain still holds.
    let (rows, broken) = api::audit::verify_chain(&app.state.db).await.unwrap();
    assert!(broken.is_none() && rows > 0);
}

#[tokio::test]
async fn a_general_hazard_fixed_on_the_spot_needs_a_note_and_a_photo_and_a_major_one_cannot_be() {
    let app = spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let group = app.node_id(LINGYUN_GROUP1).await;

    let no_photo = report(
        &app,
        &liaison,
        hazard_input(&group, json!({ "fixedOnSpot": true, "fixNote": "已移除" })),
    )
    .await;
    assert_eq!(no_photo.error_field(), Some("photoIds"));
    let no_note = report(
        &app,
        &liaison,
        hazard_input(&group, json!({ "fixedOnSpot": true })),
    )
    .await;
    assert_eq!(no_note.error_field(), Some("fixNote"));

    let photo = uploaded_photo(&app, "lingyun-1").await;
    let major = report(
        &app,
        &liaison,
        hazard_input(&group, json!({ "fixedOnSpot": true, "fixNote": "已移除", "severity": "MAJOR", "photoIds": [photo] })),
    )
    .await;
    assert_eq!(major.error_field(), Some("fixedOnSpot"));

    let fixed = report_ok(
        &app,
        &liaison,
        &group,
        json!({ "fixedOnSpot": true, "fixNote": "已移除", "photoIds": [photo] }),
    )
    .await;
    assert_eq!(fixed["state"], "FIXED_ON_SPOT");
    assert_eq!(fixed["allowedNextStates"], json!(["REOPENED"]));

    // The photo is now used; it cannot be attached to a second record.
    let reuse = report(
        &app,
        &liaison,
        hazard_input(
            &group,
            json!({ "fixedOnSpot": true, "fixNote": "已移除", "photoIds": [photo] }),
        ),
    )
    .await;
    assert_eq!(reuse.error_field(), Some("photoIds"));
}

#[tokio::test]
async fn a_report_with_a_deadline_starts_rectifying_and_bad_input_names_its_field() {
    let app = spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let group = app.node_id(LINGYUN_GROUP1).await;

    let h = report_ok(
        &app,
        &liaison,
        &group,
        json!({ "deadline": today_plus(&app, 3), "responsibleName": "王五", "measures": "设置警示牌" }),
    )
    .await;
    assert_eq!(h["state"], "RECTIFYING");
    assert_eq!(h["deadline"], today_plus(&app, 3));
    assert_eq!(h["overdue"], false);

    for (extra, field) in [
        (json!({ "deadline": today_plus(&app, -1) }), "deadline"),
        (json!({ "deadline": today_plus(&app, 400) }), "deadline"),
        (json!({ "category": "NOT_A_SECTOR" }), "category"),
        (json!({ "title": "" }), "title"),
        (json!({ "description": "x".repeat(2001) }), "description"),
        (json!({ "latitude": 27.9 }), "longitude"),
        (json!({ "latitude": 95.0, "longitude": 107.7 }), "latitude"),
        (json!({ "idempotencyKey": "short" }), "idempotencyKey"),
        (json!({ "responsibleName": "王五" }), "deadline"),
        (
            json!({ "fixedOnSpot": true, "fixNote": "x", "deadline": today_plus(&app, 3) }),
            "deadline",
        ),
    ] {
        let answer = report(&app, &liaison, hazard_input(&group, extra.clone())).await;
        assert_eq!(
            answer.error_code().as_deref(),
            Some("BAD_USER_INPUT"),
            "{extra}"
        );
        assert_eq!(
            answer.error_field(),
            Some(field),
            "{extra}: {}",
            answer.text
        );
    }
}

#[tokio::test]
async fn five_concurrent_reports_with_one_key_make_one_hazard() {
    let app = spawn_demo_app().await;
    let liaison = app.login_demo("lingyun-1").await;
    let group = app.node_id(LINGYUN_GROUP1).await;
    let input = hazard_input(&group, json!({}));

    let answers =
        futures_util::future::join_all((0..5).map(|_| report(&app, &liaison, input.clone()))).await;
    let ids: std::collections::HashSet<_> = answers
        .iter()
        .map(|a| a.data()["reportHazard"]["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 1, "every retry answers with the one hazard");
    let listed = app
        .query(
            &liaison.access_token,
            "{ hazards { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(listed.data()["hazards"]["totalCount"], 1);

    // Someone else's key is not theirs to reuse.
    let officer = app.login_demo("lingyun").await;
    let stolen = report(&app, &officer, input).await;
    assert_eq!(stolen.error_code().as_deref(), Some("CONFLICT"));
}
