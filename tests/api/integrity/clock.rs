//! One injectable clock: with the server's clock stopped at an instant,
//! audit rows, versions, hazard steps and the date rules all stand there.
//! The instant lies years before any day these tests run on, so a rule
//! still reading the system clock gives itself away.
use super::command;
use crate::hazards::fixtures::{report_ok, LINGYUN, LINGYUN_GROUP1};
use crate::helpers::spawn_demo_app_with;
use chrono::{DateTime, Utc};
use entity::{audit_log, hazard, hazard_event, person};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;
use uuid::Uuid;

/// 2020-06-15 12:00 in China.
fn stopped_at() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2020-06-15T04:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// A valid ID number born on `yyyymmdd`.
fn id_number_born(yyyymmdd: &str) -> String {
    let first17 = format!("520327{yyyymmdd}001");
    let check = api::validate::id_check_char(&first17).unwrap();
    format!("{first17}{check}")
}

async fn audit_times(app: &crate::helpers::TestApp, entity: &str, id: &str) -> Vec<DateTime<Utc>> {
    audit_log::Entity::find()
        .filter(audit_log::Column::Entity.eq(entity))
        .filter(audit_log::Column::EntityId.eq(id))
        .all(&app.state.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.at)
        .collect()
}

#[tokio::test]
async fn audit_rows_versions_hazard_steps_and_date_rules_follow_the_configured_clock() {
    let t = stopped_at();
    let app = spawn_demo_app_with(move |s| s.clock = api::clock::Clock::Fixed(t)).await;
    let heba = app.login_demo("heba").await;
    let liaison = app.login_demo("lingyun-1").await;
    let village = app.node_id(LINGYUN).await;
    let group = app.node_id(LINGYUN_GROUP1).await;
    let create_person =
        "mutation($input: PersonInput!) { createPerson(input: $input) { id version } }";

    // An audit row and a version, stamped by the clock.
    let made = app
        .query(
            &heba.access_token,
            create_person,
            json!({ "input": { "nodeId": village, "name": "钟表人", "phone": "13500001234" } }),
        )
        .await;
    let id = made.data()["createPerson"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    app.query(
        &heba.access_token,
        "mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id version } }",
        json!({ "input": { "id": id, "version": 1, "name": "钟表人乙" } }),
    )
    .await
    .data();
    let stored = person::Entity::find_by_id(Uuid::parse_str(&id).unwrap())
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.version, 2);
    assert_eq!(stored.created_at, t);
    assert_eq!(
        stored.updated_at, t,
        "versioned::save stamps with the clock"
    );
    let times = audit_times(&app, "person", &id).await;
    assert_eq!(
        times,
        vec![t, t],
        "create and update audited at the clock's time"
    );

    // A hazard's report and its first step.
    let deadline = (app.state.today() + chrono::Duration::days(3)).to_string();
    let h = report_ok(&app, &liaison, &group, json!({ "deadline": deadline })).await;
    let hid = h["id"].as_str().unwrap().to_string();
    let stored = hazard::Entity::find_by_id(Uuid::parse_str(&hid).unwrap())
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.reported_at, t);
    assert_eq!(stored.updated_at, t + chrono::Duration::milliseconds(1));
    let steps = hazard_event::Entity::find()
        .filter(hazard_event::Column::HazardId.eq(stored.id))
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(steps.len(), 2);
    for step in &steps {
        assert!(
            step.created_at == t || step.created_at == t + chrono::Duration::milliseconds(1),
            "{step:?}"
        );
    }
    assert_eq!(audit_times(&app, "hazard", &hid).await, vec![t, t]);

    // Date rules: someone born after the clock's day is refused, and so is
    // a training date more than a year past it.
    let unborn = app
        .query(
            &heba.access_token,
            create_person,
            json!({ "input": { "nodeId": village, "name": "未生人", "phone": "13500001235",
                               "idNumber": id_number_born("20210101") } }),
        )
        .await;
    assert_eq!(unborn.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(unborn.error_field(), Some("idNumber"));
    let born = app
        .query(
            &heba.access_token,
            create_person,
            json!({ "input": { "nodeId": village, "name": "已生人", "phone": "13500001236",
                               "idNumber": id_number_born("20190101") } }),
        )
        .await;
    let born_id = born.data()["createPerson"]["id"].clone();
    let far = app
        .query(
            &heba.access_token,
            "mutation($input: AppointInput!) { appoint(input: $input) { id } }",
            json!({ "input": { "nodeId": village, "role": "VILLAGE_OFFICER", "personId": born_id,
                               "startDate": "2020-06-01", "trainingDate": "2021-07-01" } }),
        )
        .await;
    assert_eq!(far.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(far.error_field(), Some("trainingDate"));
}

#[tokio::test]
async fn safegrid_today_is_refused_without_dev() {
    let dir = std::env::temp_dir().join(format!("safegrid-today-{}", Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.join("safegrid.db").display());
    let run = command(&url, &dir)
        .args(["serve", "--bind", "127.0.0.1:0"])
        .env("SAFEGRID_TODAY", "2026-03-01")
        .output();
    // A server that wrongly starts would never end: the guard says so.
    let out = tokio::time::timeout(std::time::Duration::from_secs(120), run)
        .await
        .expect("serve with SAFEGRID_TODAY and without --dev must stop at once")
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("SAFEGRID_TODAY"), "{stderr}");
    assert!(stderr.contains("--dev"), "{stderr}");
    assert!(
        !dir.join("safegrid.db").exists(),
        "refused before anything is opened"
    );
    std::fs::remove_dir_all(&dir).ok();
}
