//! The group liaison's records: a liaison records at its own group only,
//! the village officer at its groups, the township reads; plates are
//! checked; a retried key makes one; corrections and retirement keep the
//! old version.
use super::fixtures::key;
use crate::helpers::{Answer, Session, TestApp};
use crate::inspections::{app_at, LINGYUN_1, LINGYUN_2, MID_NOVEMBER};
use serde_json::{json, Value};

const NOTICE: &str = "mutation($input: RecordCeremonyNoticeInput!) {
  recordCeremonyNotice(input: $input) { id kind hostName date noticedOn on version allowedActions } }";
const NOTICES: &str = "query { ceremonyNotices(first: 100) { totalCount nodes { id hostName reminders { id topics } } } }";
const REMINDER: &str = "mutation($input: RecordOnSiteReminderInput!) {
  recordOnSiteReminder(input: $input) { id topics on ceremonyNotice { id } } }";
const VEHICLE: &str = "mutation($input: RegisterVehicleInput!) {
  registerVehicle(input: $input) { id plate ownerPhone licensed version retired } }";
const VEHICLES: &str =
    "query { vehicles(first: 100) { totalCount nodes { id plate retired retiredReason } } }";

fn notice(node_id: &str, host: &str) -> Value {
    json!({ "nodeId": node_id, "kind": "WEDDING", "hostName": host, "date": "2026-11-28",
            "place": "组活动室", "expectedGuests": 120, "notes": "厨房用气已查",
            "idempotencyKey": key() })
}

fn vehicle(node_id: &str, plate: &str) -> Value {
    json!({ "nodeId": node_id, "plate": plate, "kind": "TRICYCLE", "ownerName": "王德明",
            "ownerPhone": "13885201234", "licensed": false, "idempotencyKey": key() })
}

async fn run(app: &TestApp, s: &Session, doc: &str, input: Value) -> Answer {
    app.query(&s.access_token, doc, json!({ "input": input }))
        .await
}

#[tokio::test]
async fn a_liaison_records_at_its_own_group_the_officer_at_its_groups_the_township_reads() {
    let app = app_at(MID_NOVEMBER).await;
    let (g1, g2) = (app.node_id(LINGYUN_1).await, app.node_id(LINGYUN_2).await);
    let liaison = app.login_demo("lingyun-1").await;
    let made = run(&app, &liaison, NOTICE, notice(&g1, "张家")).await;
    let n = &made.data()["recordCeremonyNotice"];
    assert_eq!(n["date"], "2026-11-28", "{}", made.text);
    assert_eq!(n["on"], "2026-11-20");
    assert!(n["allowedActions"].to_string().contains("CORRECT_RECORD"));
    let other = run(&app, &liaison, NOTICE, notice(&g2, "李家")).await;
    let mut random = notice(&g2, "李家");
    random["nodeId"] = json!(uuid::Uuid::new_v4().to_string());
    let missing = run(&app, &liaison, NOTICE, random).await;
    assert_eq!(
        other.error_code().as_deref(),
        Some("NOT_FOUND"),
        "{}",
        other.text
    );
    assert_eq!(other.text, missing.text);

    let officer = app.login_demo("lingyun").await;
    let theirs = run(&app, &officer, NOTICE, notice(&g2, "李家")).await;
    assert_eq!(theirs.data()["recordCeremonyNotice"]["hostName"], "李家");

    let id = n["id"].as_str().unwrap();
    let reminded = run(
        &app,
        &liaison,
        REMINDER,
        json!({ "ceremonyNoticeId": id,
        "remindedAt": "2026-11-20T03:00:00Z", "topics": ["GAS", "FOOD_SAFETY", "GAS"],
        "idempotencyKey": key() }),
    )
    .await;
    assert_eq!(
        reminded.data()["recordOnSiteReminder"]["ceremonyNotice"]["id"],
        id,
        "{}",
        reminded.text
    );
    assert_eq!(
        reminded.data()["recordOnSiteReminder"]["topics"],
        json!(["GAS", "FOOD_SAFETY"])
    );

    let township = app.login_demo("heba").await;
    let list = app.query(&township.access_token, NOTICES, json!({})).await;
    assert_eq!(
        list.data()["ceremonyNotices"]["totalCount"],
        2,
        "{}",
        list.text
    );
    assert!(list.text.contains("FOOD_SAFETY"));
    let mine = app.query(&liaison.access_token, NOTICES, json!({})).await;
    assert_eq!(mine.data()["ceremonyNotices"]["totalCount"], 1);
    let sibling = app.login_demo("longquan").await;
    let none = app.query(&sibling.access_token, NOTICES, json!({})).await;
    assert_eq!(none.data()["ceremonyNotices"]["totalCount"], 0);
}

#[tokio::test]
async fn a_bad_plate_is_refused_with_its_key_and_a_retried_key_registers_one() {
    let app = app_at(MID_NOVEMBER).await;
    let g1 = app.node_id(LINGYUN_1).await;
    let liaison = app.login_demo("lingyun-1").await;
    let bad = run(&app, &liaison, VEHICLE, vehicle(&g1, "贵12345")).await;
    assert_eq!(bad.error_code().as_deref(), Some("BAD_USER_INPUT"));
    assert_eq!(bad.error_field(), Some("plate"));
    assert_eq!(
        bad.body["errors"][0]["extensions"]["key"], "vehicle.plate_invalid",
        "{}",
        bad.text
    );
    let input = vehicle(&g1, "贵c·a8k21");
    let answers =
        futures_util::future::join_all((0..3).map(|_| run(&app, &liaison, VEHICLE, input.clone())))
            .await;
    let ids: Vec<_> = answers
        .iter()
        .map(|a| a.data()["registerVehicle"]["id"].clone())
        .collect();
    assert!(ids.iter().all(|i| *i == ids[0]), "{ids:?}");
    assert_eq!(answers[0].data()["registerVehicle"]["plate"], "贵CA8K21");
    assert_eq!(
        answers[0].data()["registerVehicle"]["ownerPhone"],
        "13885201234"
    );
    let again = run(&app, &liaison, VEHICLE, vehicle(&g1, "贵CA8K21")).await;
    assert_eq!(again.error_field(), Some("plate"), "{}", again.text);
    let list = app.query(&liaison.access_token, VEHICLES, json!({})).await;
    assert_eq!(list.data()["vehicles"]["totalCount"], 1);
}

#[tokio::test]
async fn an_update_keeps_the_old_version_and_a_retired_vehicle_stays_listed() {
    let app = app_at(MID_NOVEMBER).await;
    let g1 = app.node_id(LINGYUN_1).await;
    let liaison = app.login_demo("lingyun-1").await;
    let made = run(&app, &liaison, VEHICLE, vehicle(&g1, "贵C12345")).await;
    let id = made.data()["registerVehicle"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let update = "mutation($id: ID!) { updateVehicle(id: $id, version: 1, reason: \"已办牌照\", licensed: true) {
        version licensed earlierVersions { version reason snapshot } } }";
    let done = app
        .query(&liaison.access_token, update, json!({ "id": id }))
        .await;
    let v = &done.data()["updateVehicle"];
    assert_eq!(v["version"], 2, "{}", done.text);
    assert_eq!(v["licensed"], true);
    assert_eq!(v["earlierVersions"][0]["reason"], "已办牌照");
    assert!(v["earlierVersions"][0]["snapshot"]
        .as_str()
        .unwrap()
        .contains("\"licensed\":false"));
    let stale = app
        .query(&liaison.access_token, update, json!({ "id": id }))
        .await;
    assert_eq!(stale.error_code().as_deref(), Some("CONFLICT"));

    let retire = "mutation($id: ID!) { retireVehicle(id: $id, reason: \"已报废\") { retired retiredReason version } }";
    let gone = app
        .query(&liaison.access_token, retire, json!({ "id": id }))
        .await;
    assert_eq!(
        gone.data()["retireVehicle"]["retired"],
        true,
        "{}",
        gone.text
    );
    assert_eq!(gone.data()["retireVehicle"]["version"], 3);
    let twice = app
        .query(&liaison.access_token, retire, json!({ "id": id }))
        .await;
    assert_eq!(
        twice.error_code().as_deref(),
        Some("CONFLICT"),
        "{}",
        twice.text
    );
    let township = app.login_demo("heba").await;
    let list = app.query(&township.access_token, VEHICLES, json!({})).await;
    assert_eq!(
        list.data()["vehicles"]["nodes"][0]["retiredReason"],
        "已报废",
        "{}",
        list.text
    );
    let node = "query($id: ID!) { node(id: $id) { __typename } }";
    let seen = app
        .query(&township.access_token, node, json!({ "id": id }))
        .await;
    assert_eq!(seen.data()["node"]["__typename"], "Vehicle");
}

#[tokio::test]
async fn a_notice_correction_keeps_the_old_version_and_talks_and_warnings_are_recorded() {
    let app = app_at(MID_NOVEMBER).await;
    let g1 = app.node_id(LINGYUN_1).await;
    let liaison = app.login_demo("lingyun-1").await;
    let made = run(&app, &liaison, NOTICE, notice(&g1, "张家")).await;
    let id = made.data()["recordCeremonyNotice"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let correct = "mutation($id: ID!) { correctCeremonyNotice(id: $id, version: 1, reason: \"人数记错\", expectedGuests: 200) {
        version expectedGuests earlierVersions { version snapshot } } }";
    let done = app
        .query(&liaison.access_token, correct, json!({ "id": id }))
        .await;
    let c = &done.data()["correctCeremonyNotice"];
    assert_eq!(c["version"], 2, "{}", done.text);
    assert_eq!(c["expectedGuests"], 200);
    assert!(c["earlierVersions"][0]["snapshot"]
        .as_str()
        .unwrap()
        .contains("120"));

    let talk = "mutation($input: RecordPersuasionInput!) { recordPersuasion(input: $input) { id reason on } }";
    let t = run(
        &app,
        &liaison,
        talk,
        json!({ "nodeId": g1, "driverName": "赵四", "talkedAt": "2026-11-19T10:00:00Z",
        "reason": "DRUNK_DRIVING", "idempotencyKey": key() }),
    )
    .await;
    assert_eq!(
        t.data()["recordPersuasion"]["on"],
        "2026-11-19",
        "{}",
        t.text
    );
    let warn = "mutation($input: RecordSeasonalWarningInput!) { recordSeasonalWarning(input: $input) { id topic households } }";
    let w = run(
        &app,
        &liaison,
        warn,
        json!({ "nodeId": g1, "topic": "FIRE", "givenAt": "2026-11-19T02:00:00Z",
        "households": 34, "idempotencyKey": key() }),
    )
    .await;
    assert_eq!(
        w.data()["recordSeasonalWarning"]["households"],
        34,
        "{}",
        w.text
    );
    let future = run(
        &app,
        &liaison,
        warn,
        json!({ "nodeId": g1, "topic": "FIRE", "givenAt": "2026-11-25T02:00:00Z",
        "households": 3, "idempotencyKey": key() }),
    )
    .await;
    assert_eq!(future.error_field(), Some("givenAt"), "{}", future.text);
}

#[tokio::test]
async fn the_demo_county_holds_a_year_of_liaison_records() {
    let app = crate::helpers::spawn_demo_app_with(|s| s.demo_field_work = true).await;
    let heba = app.login_demo("heba").await;
    let q = "query { ceremonyNotices { totalCount nodes { reminders { id } } }
      vehicles(licensed: false) { totalCount nodes { plate ownerPhone } }
      retired: vehicles(retired: true) { totalCount }
      persuasions { totalCount } seasonalWarnings { totalCount } }";
    let a = app.query(&heba.access_token, q, json!({})).await;
    let d = a.data();
    assert!(
        d["ceremonyNotices"]["totalCount"].as_u64().unwrap() > 10,
        "{}",
        a.text
    );
    assert_eq!(
        d["ceremonyNotices"]["nodes"][0]["reminders"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert!(d["vehicles"]["totalCount"].as_u64().unwrap() > 0);
    assert!(d["retired"]["totalCount"].as_u64().unwrap() > 0);
    assert!(d["persuasions"]["totalCount"].as_u64().unwrap() > 0);
    assert!(d["seasonalWarnings"]["totalCount"].as_u64().unwrap() > 0);
}
