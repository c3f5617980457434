//! 隐患台账: every hazard under the node, each row what the `hazards` list
//! answers for it, with days overdue, real names, and the filters.
use super::*;
use crate::hazards::fixtures::{plan, rectify, report_ok, uploaded_photo, verify};
use crate::helpers::spawn_demo_app_with;
use api::clock::Clock;
use chrono::{DateTime, Duration, NaiveDate, Utc};

const LIST: &str = "query($under: ID) { hazards(under: $under, first: 100) { totalCount nodes {
  title severity categoryName state reportedAt deadline reporterName responsibleName closedAt
  node { name } } } }";

const HEADINGS: [&str; 13] = [
    "序号",
    "所在网格",
    "隐患名称",
    "等级",
    "类别",
    "状态",
    "上报日期",
    "整改期限",
    "逾期天数",
    "上报人",
    "整改责任人",
    "整改人",
    "销号日期",
];

fn china_day(text: &str) -> NaiveDate {
    let at: DateTime<Utc> = text.parse().unwrap();
    (at + Duration::hours(8)).date_naive()
}

/// Four hazards at 凌云村 reported on 2026-11-10: one fixed on the spot,
/// one whose deadline (11-12) passes, one major one rectified by the
/// liaison and verified by the village officer, and one at the village.
async fn four_hazards() -> (TestApp, Clock) {
    let start: DateTime<Utc> = "2026-11-10T02:00:00Z".parse().unwrap();
    let clock = Clock::settable(start);
    let app = spawn_demo_app_with({
        let clock = clock.clone();
        move |s| s.clock = clock
    })
    .await;
    let liaison = app.login_demo("lingyun-1").await;
    let officer = app.login_demo("lingyun").await;
    let (village, group) = (app.node_id(LINGYUN).await, app.node_id(LINGYUN_1).await);
    let photo = uploaded_photo(&app, "lingyun-1").await;
    report_ok(
        &app,
        &officer,
        &village,
        json!({ "title": "村委会电线老化" }),
    )
    .await;
    report_ok(
        &app,
        &liaison,
        &group,
        json!({ "fixedOnSpot": true, "fixNote": "已清除", "photoIds": [photo], "title": "路边柴草堆放" }),
    )
    .await;
    report_ok(
        &app,
        &liaison,
        &group,
        json!({ "deadline": "2026-11-12", "responsibleName": "张组长", "measures": "设置警戒线",
                "title": "=SUM(1,2) 边坡裂缝" }),
    )
    .await;
    let major = report_ok(
        &app,
        &liaison,
        &group,
        json!({ "severity": "MAJOR", "title": "危房" }),
    )
    .await;
    plan(&app, &liaison, &major["id"], "2026-11-20")
        .await
        .data();
    rectify(&app, &liaison, &major["id"]).await.data();
    verify(&app, &officer, &major["id"], true).await.data();
    clock.set(start + Duration::days(5));
    (app, clock)
}

#[tokio::test]
async fn the_hazard_ledger_lists_every_hazard_as_the_api_does_with_days_overdue_and_names() {
    let (app, _clock) = four_hazards().await;
    let heba = app.login_demo("heba").await;
    let township = app.node_id(HEBA).await;
    let got = download(
        &app,
        Some(&heba.access_token),
        &format!("/api/exports/hazards.xlsx?nodeId={township}"),
    )
    .await;
    got.expect_xlsx("隐患台账-何坝街道-2026-11-15.xlsx")
        .expect_print_setup();
    let sheet = got.sheet("隐患台账");
    let place = place_name(&app, &heba.access_token, &township).await;
    assert_eq!(sheet.text(0, 0), format!("{place}隐患台账"));
    assert_eq!(sheet.text(1, 0), "截至 2026-11-15");
    assert_eq!(sheet.row_texts(2, 13), HEADINGS);
    assert_eq!(sheet.data_rows(), 4);

    let answer = app
        .query(&heba.access_token, LIST, json!({ "under": township }))
        .await;
    let listed = answer.data()["hazards"]["nodes"]
        .as_array()
        .unwrap()
        .clone();
    let liaison_name = super::roster::person_name(&app, "lingyun-1").await;
    let group_name = listed
        .iter()
        .find(|h| h["title"] == "危房")
        .map(|h| h["node"]["name"].as_str().unwrap().to_string())
        .unwrap();
    for row in 3..7 {
        let title = sheet.text(row, 2);
        let h = listed
            .iter()
            .find(|h| h["title"] == title.as_str())
            .unwrap_or_else(|| panic!("{title}"));
        let severity = if h["severity"] == "MAJOR" {
            "重大隐患"
        } else {
            "一般隐患"
        };
        let state = match h["state"].as_str().unwrap() {
            "REPORTED" => "已上报",
            "FIXED_ON_SPOT" => "已当场整改",
            "RECTIFYING" => "整改中",
            "CLOSED" => "已复查销号",
            other => panic!("{other}"),
        };
        assert_eq!(sheet.text(row, 3), severity, "{title}");
        assert_eq!(sheet.text(row, 4), h["categoryName"].as_str().unwrap());
        assert_eq!(sheet.text(row, 5), state, "{title}");
        assert_eq!(
            sheet.date(row, 6),
            china_day(h["reportedAt"].as_str().unwrap())
        );
        assert_eq!(sheet.text(row, 9), h["reporterName"].as_str().unwrap());
        assert_eq!(
            sheet.text(row, 10),
            h["responsibleName"].as_str().unwrap_or_default()
        );
        match h["closedAt"].as_str() {
            Some(at) => assert_eq!(sheet.date(row, 12), china_day(at), "{title}"),
            None => assert_eq!(sheet.text(row, 12), "", "{title}"),
        }
    }
    // The village's own hazard first (grid order), then the group's.
    assert_eq!(sheet.text(3, 1), "凌云村");
    assert_eq!(sheet.text(3, 2), "村委会电线老化");
    assert_eq!(
        sheet.date(3, 6),
        NaiveDate::from_ymd_opt(2026, 11, 10).unwrap()
    );
    let row_of = |title: &str| (4..7).find(|r| sheet.text(*r, 2) == title).unwrap();
    let (fixed, slope, major) = (
        row_of("路边柴草堆放"),
        row_of("=SUM(1,2) 边坡裂缝"),
        row_of("危房"),
    );
    assert_eq!(sheet.text(fixed, 1), format!("凌云村 / {group_name}"));
    // Text from the data stays text, never a formula.
    assert_eq!(
        sheet.date(slope, 7),
        NaiveDate::from_ymd_opt(2026, 11, 12).unwrap()
    );
    assert_eq!(
        sheet.number(slope, 8),
        3.0,
        "three days past the 12th on the 15th"
    );
    assert_eq!(sheet.text(slope, 10), "张组长");
    assert_eq!(sheet.text(fixed, 8), "", "a closed hazard is not overdue");
    assert_eq!(
        sheet.text(major, 11),
        liaison_name,
        "整改人: who rectified it"
    );
    assert_eq!(sheet.text(major, 9), liaison_name);
    assert!(!got.sheet_xml().contains("<f>"), "no formulas at all");

    assert_eq!(sheet.text(7, 0), "合计");
    assert_eq!(sheet.text(7, 1), "共 4 条；逾期 1 条；已销号 2 条");
    let heba_name = super::roster::person_name(&app, "heba").await;
    assert_eq!(
        sheet.signature(),
        (heba_name, "2026-11-15".parse().unwrap())
    );
}

#[tokio::test]
async fn the_hazard_ledger_filters_by_state_severity_and_the_days_reported() {
    let (app, _clock) = four_hazards().await;
    let heba = app.login_demo("heba").await;
    let township = app.node_id(HEBA).await;
    let rows = |query: &'static str| {
        let (app, token, township) = (&app, heba.access_token.clone(), township.clone());
        async move {
            let got = download(
                app,
                Some(&token),
                &format!("/api/exports/hazards.xlsx?nodeId={township}&{query}"),
            )
            .await;
            assert_eq!(
                got.status,
                200,
                "{query}: {}",
                String::from_utf8_lossy(&got.bytes)
            );
            let sheet = got.sheet("隐患台账");
            let titles: Vec<String> = (3..3 + sheet.data_rows())
                .map(|r| sheet.text(r, 2))
                .collect();
            (sheet.text(1, 0), titles)
        }
    };
    let (subtitle, titles) = rows("state=RECTIFYING").await;
    assert_eq!(titles, ["=SUM(1,2) 边坡裂缝"]);
    assert_eq!(subtitle, "状态：整改中　截至 2026-11-15");
    assert_eq!(rows("severity=MAJOR").await.1, ["危房"]);
    let (subtitle, titles) = rows("overdue=true").await;
    assert_eq!(titles, ["=SUM(1,2) 边坡裂缝"]);
    assert_eq!(subtitle, "只含逾期　截至 2026-11-15");
    assert_eq!(rows("overdue=false").await.1.len(), 3);
    let (subtitle, titles) = rows("from=2026-11-11&to=2026-11-30").await;
    assert!(titles.is_empty(), "all four were reported on the 10th");
    assert_eq!(
        subtitle,
        "上报日期：2026-11-11 至 2026-11-30　截至 2026-11-15"
    );
    assert_eq!(rows("from=2026-11-10&to=2026-11-10").await.1.len(), 4);

    for (query, key, field) in [
        ("state=FIXED", "export.state_unknown", "state"),
        ("severity=minor", "export.severity_unknown", "severity"),
        ("overdue=yes", "export.flag_invalid", "overdue"),
        ("from=2026-11-31", "export.date_format", "from"),
        (
            "from=2026-11-20&to=2026-11-10",
            "period.from_after_to",
            "from",
        ),
    ] {
        let got = download(
            &app,
            Some(&heba.access_token),
            &format!("/api/exports/hazards.xlsx?nodeId={township}&{query}"),
        )
        .await;
        assert_eq!(got.status, 400, "{query}");
        assert_eq!(got.header("cache-control"), "no-store");
        let body = got.json();
        assert_eq!(body["code"], "BAD_USER_INPUT", "{query}");
        assert_eq!(body["key"], key, "{query}");
        assert_eq!(body["field"], field, "{query}");
    }
}
