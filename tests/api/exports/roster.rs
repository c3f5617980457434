//! 村（社区）安全员、组级安全联络员名册: every post under the node as the
//! roster API lists it, with the empty posts, phones masked as the API
//! masks them for the caller.
use super::*;
use crate::helpers::{spawn_demo_app, Session};
use chrono::NaiveDate;

const APPOINTMENTS: &str = "query($id: ID) {
  appointments(under: $id, first: 100) { totalCount nodes {
    role startDate node { name level } person { name phone } } } }";

const HEADINGS: [&str; 8] = [
    "序号",
    "村（社区）",
    "村民组",
    "岗位",
    "姓名",
    "联系电话",
    "任职日期",
    "备注",
];

/// What the roster API answers: (village, group, post, name, phone, since).
async fn posts_from_the_api(
    app: &TestApp,
    s: &Session,
    node: &str,
) -> Vec<(String, String, String, String, String, NaiveDate)> {
    let answer = app
        .query(&s.access_token, APPOINTMENTS, json!({ "id": node }))
        .await;
    let list = &answer.data()["appointments"];
    assert!(
        list["totalCount"].as_u64().unwrap() < 100,
        "one page holds them all"
    );
    let village = list["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["node"]["level"] == "VILLAGE")
        .map(|a| a["node"]["name"].as_str().unwrap().to_string())
        .expect("the village's officer");
    list["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let at_group = a["node"]["level"] == "GROUP";
            let post = match a["role"].as_str().unwrap() {
                "VILLAGE_OFFICER" => "村级安全员",
                "GROUP_LIAISON" => "组级安全联络员",
                other => panic!("{other}"),
            };
            (
                village.clone(),
                if at_group {
                    a["node"]["name"].as_str().unwrap().into()
                } else {
                    String::new()
                },
                post.to_string(),
                a["person"]["name"].as_str().unwrap().to_string(),
                a["person"]["phone"].as_str().unwrap().to_string(),
                a["startDate"].as_str().unwrap().parse().unwrap(),
            )
        })
        .collect()
}

/// The held posts of the sheet, in the same shape.
fn posts_in_the_sheet(sheet: &Sheet) -> Vec<(String, String, String, String, String, NaiveDate)> {
    (3..3 + sheet.data_rows())
        .filter(|r| sheet.text(*r, 7) != "空缺")
        .map(|r| {
            (
                sheet.text(r, 1),
                sheet.text(r, 2),
                sheet.text(r, 3),
                sheet.text(r, 4),
                sheet.text(r, 5),
                sheet.date(r, 6),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_roster_lists_every_post_of_the_village_as_the_api_does_with_its_gaps_and_totals() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let village = app.node_id(LINGYUN).await;
    let today = api::clock::today();
    let got = download(
        &app,
        Some(&heba.access_token),
        &format!("/api/exports/roster.xlsx?nodeId={village}"),
    )
    .await;
    got.expect_xlsx(&format!("安全员名册-凌云村-{today}.xlsx"))
        .expect_print_setup();
    let sheet = got.sheet("名册");

    let place = place_name(&app, &heba.access_token, &village).await;
    assert!(
        place.starts_with("贵州省") && place.ends_with("凌云村"),
        "{place}"
    );
    assert_eq!(
        sheet.text(0, 0),
        format!("{place}村（社区）安全员、组级安全联络员名册")
    );
    assert_eq!(sheet.text(1, 0), format!("截至 {today}"));
    assert_eq!(sheet.row_texts(2, 8), HEADINGS);

    let mut expected = posts_from_the_api(&app, &heba, &village).await;
    let mut listed = posts_in_the_sheet(&sheet);
    assert!(
        listed.iter().any(|p| p.4.len() == 11),
        "a township sees phones in full"
    );
    expected.sort();
    listed.sort();
    assert_eq!(listed, expected);
    for r in 0..sheet.data_rows() {
        assert_eq!(sheet.number(3 + r, 0), f64::from(r + 1), "序号");
    }

    // Empty posts are listed too, and the totals count both.
    let rows = sheet.data_rows();
    let vacant = (3..3 + rows)
        .filter(|r| sheet.text(*r, 7) == "空缺")
        .count();
    let officers = expected.iter().filter(|p| p.2 == "村级安全员").count();
    let liaisons = expected.len() - officers;
    assert_eq!(sheet.text(3 + rows, 0), "合计");
    assert_eq!(
        sheet.text(3 + rows, 1),
        format!("村级安全员 {officers} 人；组级安全联络员 {liaisons} 人；空缺 {vacant} 个")
    );
    // Signed by the caller's real name, dated by the server's clock.
    assert_eq!(sheet.signature(), (person_name(&app, "heba").await, today));
}

/// The real name of the person behind the account `username`, read from the
/// database (the API names it on records, not on `me`).
pub async fn person_name(app: &TestApp, username: &str) -> String {
    use entity::{account, person};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let acc = account::Entity::find()
        .filter(account::Column::Username.eq(username))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    person::Entity::find_by_id(acc.person_id.unwrap())
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap()
        .name
}

#[tokio::test]
async fn a_township_roster_names_its_villages_and_a_dashboard_token_sees_masked_phones() {
    let app = spawn_demo_app().await;
    let fenggang = app.login_demo("fenggang").await;
    let heba = app.node_id(HEBA).await;
    let token = dashboard_token(&app, &fenggang, &heba).await;
    let got = download(
        &app,
        Some(&token),
        &format!("/api/exports/roster.xlsx?nodeId={heba}"),
    )
    .await;
    got.expect_xlsx(&format!("安全员名册-何坝街道-{}.xlsx", api::clock::today()));
    let sheet = got.sheet("名册");
    let rows = sheet.data_rows();
    assert!(rows > 10, "every village and group of 何坝街道");
    let phones: Vec<String> = (3..3 + rows)
        .filter(|r| sheet.text(*r, 7) != "空缺")
        .map(|r| sheet.text(r, 5))
        .collect();
    assert!(
        phones.iter().all(|p| p.len() == 11 && p.contains("****")),
        "masked as the API masks them for a viewer: {phones:?}"
    );
    assert!(
        (3..3 + rows).any(|r| sheet.text(r, 1) == "凌云村"),
        "the villages are named"
    );
}
