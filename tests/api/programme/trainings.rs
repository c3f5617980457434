//! Trainings: the township (or the county above it) records them with the
//! posts that attended, whose training date is then set; a sibling
//! township sees nothing; a retried key makes one; a correction keeps the
//! old version; a closed month is refused.
use super::kinds_fixtures::{training, TRAININGS};
use crate::inspections::{app_at, HEBA, LINGYUN, LINGYUN_1, MID_NOVEMBER};
use serde_json::json;

const DAY: &str = "2026-11-18";
const LONGQUAN: &str = "520327001";

#[tokio::test]
async fn a_township_or_its_county_records_a_training_and_a_village_or_liaison_cannot() {
    let app = app_at(MID_NOVEMBER).await;
    let heba_admin = app.login_demo("heba").await;
    let heba = app.node_id(HEBA).await;
    let lingyun = app.node_id(LINGYUN).await;
    let posts = app.posts_under(&heba_admin, LINGYUN).await;
    assert!(posts.len() >= 2, "{posts:?}");

    let made = app
        .record_training(&heba_admin, training(&heba, DAY, &posts))
        .await;
    let t = &made.data()["recordTraining"];
    assert_eq!(t["attendeeCount"], posts.len());
    assert_eq!(t["hours"], 2.5);
    assert_eq!(t["on"], DAY);
    assert!(t["allowedActions"]
        .as_array()
        .unwrap()
        .contains(&json!("CORRECT_RECORD")));

    let county = app.login_demo("fenggang").await;
    let made = app
        .record_training(&county, training(&heba, DAY, &posts))
        .await;
    assert_eq!(made.data()["recordTraining"]["node"]["id"], heba);

    // A training is held by a township or county, not at a village.
    let wrong = app
        .record_training(&heba_admin, training(&lingyun, DAY, &posts))
        .await;
    assert_eq!(wrong.error_field(), Some("nodeId"), "{}", wrong.text);

    let officer = app.login_demo("lingyun").await;
    let refused = app
        .record_training(&officer, training(&lingyun, DAY, &posts))
        .await;
    assert_eq!(
        refused.error_code().as_deref(),
        Some("FORBIDDEN"),
        "{}",
        refused.text
    );
    let liaison = app.login_demo("lingyun-1").await;
    let refused = app
        .record_training(&liaison, training(&heba, DAY, &posts))
        .await;
    assert_eq!(
        refused.error_code().as_deref(),
        Some("NOT_FOUND"),
        "{}",
        refused.text
    );

    // Attendees are posts under the node: not another township's.
    let theirs = app.posts_under(&county, LONGQUAN).await;
    let outside = app
        .record_training(&county, training(&heba, DAY, &theirs[..1]))
        .await;
    assert_eq!(
        outside.error_field(),
        Some("attendeeAppointmentIds"),
        "{}",
        outside.text
    );
    let none = app
        .record_training(&heba_admin, training(&heba, DAY, &[]))
        .await;
    assert_eq!(none.error_field(), Some("attendeeAppointmentIds"));
}

#[tokio::test]
async fn a_training_sets_each_attendees_training_date_and_keeps_the_first() {
    let app = app_at(MID_NOVEMBER).await;
    let heba_admin = app.login_demo("heba").await;
    let heba = app.node_id(HEBA).await;
    let post = app
        .new_post(&heba_admin, LINGYUN_1, "2026-11-02", "13900001111")
        .await;
    assert!(app.post(&heba_admin, &post).await["trainingDate"].is_null());
    let one = std::slice::from_ref(&post);

    let made = app
        .record_training(&heba_admin, training(&heba, DAY, one))
        .await;
    assert_eq!(
        made.data()["recordTraining"]["attendees"][0]["trainingDate"],
        DAY
    );
    let seen = app.post(&heba_admin, &post).await;
    assert_eq!(seen["trainingDate"], DAY);
    assert_eq!(seen["version"], 2);
    // A later training leaves the first date; an earlier one found on paper moves it.
    app.record_training(&heba_admin, training(&heba, "2026-11-19", one))
        .await
        .data();
    assert_eq!(app.post(&heba_admin, &post).await["trainingDate"], DAY);
    app.record_training(&heba_admin, training(&heba, "2026-11-03", one))
        .await
        .data();
    assert_eq!(
        app.post(&heba_admin, &post).await["trainingDate"],
        "2026-11-03"
    );
    // Nobody is trained before taking the post.
    let before = app
        .record_training(&heba_admin, training(&heba, "2026-11-01", one))
        .await;
    assert_eq!(
        before.error_field(),
        Some("attendeeAppointmentIds"),
        "{}",
        before.text
    );
}

#[tokio::test]
async fn a_sibling_township_sees_none_of_the_trainings() {
    let app = app_at(MID_NOVEMBER).await;
    let heba_admin = app.login_demo("heba").await;
    let heba = app.node_id(HEBA).await;
    let longquan = app.login_demo("longquan").await;
    let theirs_before = app
        .query(&longquan.access_token, TRAININGS, json!({}))
        .await;
    let posts = app.posts_under(&heba_admin, LINGYUN).await;
    let made = app
        .record_training(&heba_admin, training(&heba, DAY, &posts))
        .await;
    let id = made.data()["recordTraining"]["id"]
        .as_str()
        .unwrap()
        .to_string();

    let theirs = app
        .query(&longquan.access_token, TRAININGS, json!({}))
        .await;
    assert_eq!(
        theirs.data()["trainings"]["totalCount"],
        theirs_before.data()["trainings"]["totalCount"]
    );
    assert!(!theirs.text.contains(&id));
    let get = "query($id: ID!) { training(id: $id) { id } }";
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
    let node = "query($id: ID!) { node(id: $id) { __typename } }";
    let hidden = app
        .query(&longquan.access_token, node, json!({ "id": id }))
        .await;
    assert_eq!(hidden.error_code().as_deref(), Some("NOT_FOUND"));
    let shown = app
        .query(&heba_admin.access_token, node, json!({ "id": id }))
        .await;
    assert_eq!(shown.data()["node"]["__typename"], "Training");
    let mine = app
        .query(
            &heba_admin.access_token,
            TRAININGS,
            json!({ "from": DAY, "to": DAY }),
        )
        .await;
    assert!(mine.text.contains(&id));
}

#[tokio::test]
async fn a_retried_key_makes_one_training_and_a_correction_keeps_the_old_version() {
    let app = app_at(MID_NOVEMBER).await;
    let heba_admin = app.login_demo("heba").await;
    let heba = app.node_id(HEBA).await;
    let posts = app.posts_under(&heba_admin, LINGYUN).await;
    let input = training(&heba, DAY, &posts);
    let answers = futures_util::future::join_all(
        (0..4).map(|_| app.record_training(&heba_admin, input.clone())),
    )
    .await;
    let ids: Vec<_> = answers
        .iter()
        .map(|a| {
            a.data()["recordTraining"]["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(ids.iter().all(|i| *i == ids[0]), "{ids:?}");
    let on_day = json!({ "under": heba, "from": DAY, "to": DAY });
    let list = app.query(&heba_admin.access_token, TRAININGS, on_day).await;
    assert_eq!(list.data()["trainings"]["totalCount"], 1);

    let correct = "mutation($id: ID!, $v: Int!) {
      correctTraining(id: $id, version: $v, reason: \"时长记错\", hours: 3, topics: \"用电安全\") {
        version hours topics earlierVersions { version reason snapshot } } }";
    let done = app
        .query(
            &heba_admin.access_token,
            correct,
            json!({ "id": ids[0], "v": 1 }),
        )
        .await;
    let t = &done.data()["correctTraining"];
    assert_eq!(t["version"], 2);
    assert_eq!(t["hours"], 3.0);
    assert_eq!(t["earlierVersions"][0]["version"], 1);
    assert!(t["earlierVersions"][0]["snapshot"]
        .as_str()
        .unwrap()
        .contains("隐患排查"));
    let stale = app
        .query(
            &heba_admin.access_token,
            correct,
            json!({ "id": ids[0], "v": 1 }),
        )
        .await;
    assert_eq!(stale.error_code().as_deref(), Some("CONFLICT"));
    assert!(!api::graphql::sdl().contains("deleteTraining"));
}

#[tokio::test]
async fn a_training_in_the_future_or_a_closed_month_is_refused() {
    let app = app_at(MID_NOVEMBER).await;
    let heba_admin = app.login_demo("heba").await;
    let heba = app.node_id(HEBA).await;
    let posts = app.posts_under(&heba_admin, LINGYUN).await;
    for day in ["2026-11-21", "2026-09-30"] {
        let a = app
            .record_training(&heba_admin, training(&heba, day, &posts))
            .await;
        assert_eq!(a.error_field(), Some("heldOn"), "{day}: {}", a.text);
    }
    let mut long = training(&heba, DAY, &posts);
    long["hours"] = json!(30);
    let a = app.record_training(&heba_admin, long).await;
    assert_eq!(a.error_field(), Some("hours"));
}
