//! Meetings: who records which kind where, a sibling township sees
//! nothing, a correction keeps the old version, a retried key makes one.
use super::fixtures::{meeting, MEETINGS};
use crate::inspections::{app_at, HEBA, LINGYUN, MID_NOVEMBER};
use serde_json::json;

const DAY: &str = "2026-11-18";

#[tokio::test]
async fn a_liaison_cannot_record_a_township_meeting_and_an_officer_only_the_villages() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.node_id(HEBA).await;
    let lingyun = app.node_id(LINGYUN).await;
    let liaison = app.login_demo("lingyun-1").await;
    let township = meeting(&heba, "TOWNSHIP_MONTHLY", DAY);
    let refused = app.record_meeting(&liaison, township.clone()).await;
    assert_eq!(
        refused.error_code().as_deref(),
        Some("NOT_FOUND"),
        "{}",
        refused.text
    );
    let at_own_group = meeting(&liaison.node_id, "TOWNSHIP_MONTHLY", DAY);
    let refused = app.record_meeting(&liaison, at_own_group).await;
    assert_eq!(
        refused.error_code().as_deref(),
        Some("FORBIDDEN"),
        "{}",
        refused.text
    );

    let officer = app.login_demo("lingyun").await;
    let refused = app
        .record_meeting(&officer, meeting(&lingyun, "TOWNSHIP_MONTHLY", DAY))
        .await;
    assert_eq!(
        refused.error_code().as_deref(),
        Some("FORBIDDEN"),
        "{}",
        refused.text
    );
    let made = app
        .record_meeting(&officer, meeting(&lingyun, "VILLAGE_SAFETY", DAY))
        .await;
    assert_eq!(made.data()["recordMeeting"]["kind"], "VILLAGE_SAFETY");
    assert_eq!(made.data()["recordMeeting"]["on"], DAY);

    let township_admin = app.login_demo("heba").await;
    let made = app.record_meeting(&township_admin, township).await;
    assert_eq!(made.data()["recordMeeting"]["coversGridWork"], true);
    // A township meeting is not held at a village.
    let wrong = app
        .record_meeting(&township_admin, meeting(&lingyun, "TOWNSHIP_MONTHLY", DAY))
        .await;
    assert_eq!(wrong.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(wrong.error_field(), Some("nodeId"));
    assert_eq!(
        wrong.body["errors"][0]["extensions"]["key"], "record.at_township",
        "{}",
        wrong.text
    );
}

#[tokio::test]
async fn a_sibling_township_sees_none_of_the_meetings() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.login_demo("heba").await;
    let lingyun = app.node_id(LINGYUN).await;
    let made = app
        .record_meeting(&heba, meeting(&lingyun, "VILLAGE_SAFETY", DAY))
        .await;
    let id = made.data()["recordMeeting"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let longquan = app.login_demo("longquan").await;
    let list = app.query(&longquan.access_token, MEETINGS, json!({})).await;
    assert_eq!(list.data()["meetings"]["totalCount"], 0);
    let get = "query($id: ID!) { meeting(id: $id) { id } }";
    let outside = app
        .query(&longquan.access_token, get, json!({ "id": id }))
        .await;
    let missing = app
        .query(
            &longquan.access_token,
            get,
            json!({ "id": uuid::Uuid::new_v4().to_string() }),
        )
        .await;
    assert_eq!(outside.error_code().as_deref(), Some("NOT_FOUND"));
    assert_eq!(outside.text, missing.text);
    let mine = app.query(&heba.access_token, MEETINGS, json!({})).await;
    assert_eq!(mine.data()["meetings"]["totalCount"], 1);
}

#[tokio::test]
async fn a_correction_is_a_new_version_and_keeps_the_old_one() {
    let app = app_at(MID_NOVEMBER).await;
    let officer = app.login_demo("lingyun").await;
    let lingyun = app.node_id(LINGYUN).await;
    let made = app
        .record_meeting(&officer, meeting(&lingyun, "VILLAGE_SAFETY", DAY))
        .await;
    let id = made.data()["recordMeeting"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let correct = "mutation($id: ID!, $v: Int!, $r: String!) {
      correctMeeting(id: $id, version: $v, reason: $r, topics: \"用电安全\") {
        version topics earlierVersions { version reason snapshot } } }";
    let no_reason = app
        .query(
            &officer.access_token,
            correct,
            json!({ "id": id, "v": 1, "r": " " }),
        )
        .await;
    assert_eq!(no_reason.error_field(), Some("reason"));
    let done = app
        .query(
            &officer.access_token,
            correct,
            json!({ "id": id, "v": 1, "r": "议题记错" }),
        )
        .await;
    let m = &done.data()["correctMeeting"];
    assert_eq!(m["version"], 2);
    assert_eq!(m["topics"], "用电安全");
    let old = &m["earlierVersions"][0];
    assert_eq!(old["version"], 1);
    assert_eq!(old["reason"], "议题记错");
    assert!(old["snapshot"].as_str().unwrap().contains("防溺水"));
    let stale = app
        .query(
            &officer.access_token,
            correct,
            json!({ "id": id, "v": 1, "r": "再改" }),
        )
        .await;
    assert_eq!(stale.error_code().as_deref(), Some("CONFLICT"));
    // Nobody else's record is theirs to correct, not even their township's
    // liaison's; and there is no way to delete one.
    let sdl = api::graphql::sdl();
    assert!(!sdl.contains("deleteMeeting") && !sdl.contains("deleteDocument"));
}

#[tokio::test]
async fn a_retried_key_answers_the_same_meeting() {
    let app = app_at(MID_NOVEMBER).await;
    let officer = app.login_demo("lingyun").await;
    let lingyun = app.node_id(LINGYUN).await;
    let input = meeting(&lingyun, "VILLAGE_SAFETY", DAY);
    let answers =
        futures_util::future::join_all((0..4).map(|_| app.record_meeting(&officer, input.clone())))
            .await;
    let ids: Vec<_> = answers
        .iter()
        .map(|a| {
            a.data()["recordMeeting"]["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(ids.iter().all(|i| *i == ids[0]), "{ids:?}");
    let list = app.query(&officer.access_token, MEETINGS, json!({})).await;
    assert_eq!(list.data()["meetings"]["totalCount"], 1);
    let heba = app.login_demo("heba").await;
    let theirs = app.record_meeting(&heba, input).await;
    assert_eq!(theirs.error_code().as_deref(), Some("CONFLICT"));
}

#[tokio::test]
async fn a_meeting_in_the_future_or_a_closed_month_is_refused() {
    let app = app_at(MID_NOVEMBER).await;
    let officer = app.login_demo("lingyun").await;
    let lingyun = app.node_id(LINGYUN).await;
    for day in ["2026-11-21", "2026-09-30"] {
        let a = app
            .record_meeting(&officer, meeting(&lingyun, "VILLAGE_SAFETY", day))
            .await;
        assert_eq!(a.error_field(), Some("heldOn"), "{day}: {}", a.text);
    }
}

#[tokio::test]
async fn node_answers_a_meeting_and_a_document_by_id_within_scope_only() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.login_demo("heba").await;
    let lingyun = app.node_id(LINGYUN).await;
    let made = app
        .record_meeting(&heba, meeting(&lingyun, "VILLAGE_SAFETY", DAY))
        .await;
    let meeting_id = made.data()["recordMeeting"]["id"].clone();
    let document_id = super::fixtures::stored_document(&app, &lingyun, "IMPLEMENTATION_PLAN").await;
    const NODE: &str = "query($id: ID!) { node(id: $id) { __typename id } }";
    for (id, want) in [(meeting_id, "Meeting"), (json!(document_id), "Document")] {
        let seen = app
            .query(&heba.access_token, NODE, json!({ "id": id }))
            .await;
        assert_eq!(seen.data()["node"]["__typename"], want, "{}", seen.text);
        let sibling = app.login_demo("longquan").await;
        let hidden = app
            .query(&sibling.access_token, NODE, json!({ "id": id }))
            .await;
        let random = app
            .query(
                &sibling.access_token,
                NODE,
                json!({ "id": uuid::Uuid::new_v4().to_string() }),
            )
            .await;
        assert_eq!(
            hidden.error_code().as_deref(),
            Some("NOT_FOUND"),
            "{}",
            hidden.text
        );
        assert_eq!(hidden.text, random.text);
    }
}
