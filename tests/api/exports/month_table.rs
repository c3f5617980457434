//! 月度情况表: the month table of a node, row by row what `monthOverview`
//! answers, with its totals.
use super::*;
use crate::inspections::{app_at, input, MID_NOVEMBER};

const OVERVIEW: &str = "query($id: ID!, $month: Month!) {
  monthOverview(nodeId: $id, month: $month) {
    node { name } inspectionsDone inspectionsCounted inspectionsExpected completenessRate
    leaderVisitsDone hazardsOpen hazardsOverdue hazardsClosed } }";

const HEADINGS: [&str; 10] = [
    "序号",
    "网格",
    "检查/巡查记录",
    "计入任务",
    "应完成",
    "完成率",
    "领导走访",
    "未销号隐患",
    "逾期隐患",
    "已销号隐患",
];

#[tokio::test]
async fn the_month_table_is_the_month_overview_row_by_row_with_its_totals() {
    let app = app_at(MID_NOVEMBER).await;
    let officer = app.login_demo("lingyun").await;
    let liaison = app.login_demo("lingyun-1").await;
    let heba = app.login_demo("heba").await;
    let (village, group) = (app.node_id(LINGYUN).await, app.node_id(LINGYUN_1).await);
    for day in [2, 9, 12] {
        let at = format!("2026-11-{day:02}T02:00:00Z");
        app.record_ok(&officer, input(&village, "VILLAGE_INSPECTION", &at))
            .await;
    }
    app.record_ok(
        &liaison,
        input(&group, "GROUP_PATROL", "2026-11-03T02:00:00Z"),
    )
    .await;
    let hazard = crate::hazards::fixtures::hazard_input(&group, json!({}));
    crate::hazards::fixtures::report(&app, &liaison, hazard)
        .await
        .data();

    let township = app.node_id(HEBA).await;
    let got = download(
        &app,
        Some(&heba.access_token),
        &format!("/api/exports/month-table.xlsx?nodeId={township}&month=2026-11"),
    )
    .await;
    got.expect_xlsx("月度情况-何坝街道-2026-11.xlsx")
        .expect_print_setup();
    let sheet = got.sheet("月度情况");
    let place = place_name(&app, &heba.access_token, &township).await;
    assert_eq!(sheet.text(0, 0), format!("{place}月度情况表"));
    assert_eq!(sheet.text(1, 0), "统计月份：2026-11　截至 2026-11-20");
    assert_eq!(sheet.row_texts(2, 10), HEADINGS);

    let answer = app
        .query(
            &heba.access_token,
            OVERVIEW,
            json!({ "id": township, "month": "2026-11" }),
        )
        .await;
    let rows = answer.data()["monthOverview"].as_array().unwrap().clone();
    assert_eq!(sheet.data_rows() as usize, rows.len());
    let counts = [
        "inspectionsDone",
        "inspectionsCounted",
        "inspectionsExpected",
        "",
        "leaderVisitsDone",
        "hazardsOpen",
        "hazardsOverdue",
        "hazardsClosed",
    ];
    let mut sums = [0.0; 8];
    for (i, r) in rows.iter().enumerate() {
        let row = 3 + i as u32;
        assert_eq!(sheet.number(row, 0), (i + 1) as f64);
        assert_eq!(sheet.text(row, 1), r["node"]["name"].as_str().unwrap());
        for (k, field) in counts.iter().enumerate() {
            let col = 2 + k as u32;
            if field.is_empty() {
                let rate = r["completenessRate"].as_f64().unwrap();
                assert!(
                    (sheet.number(row, col) - rate).abs() < 1e-9,
                    "完成率 of row {i}"
                );
                continue;
            }
            let n = r[*field].as_f64().unwrap();
            assert_eq!(
                sheet.number(row, col),
                n,
                "{field} of {}",
                r["node"]["name"]
            );
            sums[k] += n;
        }
    }
    let lingyun = rows
        .iter()
        .position(|r| r["node"]["name"] == "凌云村")
        .unwrap();
    assert_eq!(
        sheet.number(3 + lingyun as u32, 2),
        4.0,
        "three inspections and a patrol"
    );
    // Within the quotas: 3 of the officer's 4 and the liaison's 1 of 3.
    assert_eq!(sheet.number(3 + lingyun as u32, 3), 4.0, "counted");
    assert_eq!(sheet.number(3 + lingyun as u32, 7), 1.0, "the open hazard");

    let totals = 3 + sheet.data_rows();
    assert_eq!(sheet.text(totals, 0), "合计");
    for (k, sum) in sums.iter().enumerate() {
        if counts[k].is_empty() {
            continue;
        }
        assert_eq!(
            sheet.number(totals, 2 + k as u32),
            *sum,
            "total of {}",
            counts[k]
        );
    }
    let rate = sheet.number(totals, 5);
    assert!(
        rate > 0.0 && rate < 1.0,
        "the county's rate together: {rate}"
    );
    let heba_name = super::roster::person_name(&app, "heba").await;
    assert_eq!(
        sheet.signature(),
        (heba_name, "2026-11-20".parse().unwrap())
    );
}

#[tokio::test]
async fn a_month_that_is_not_yyyy_mm_is_refused_with_its_key() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.login_demo("heba").await;
    let township = app.node_id(HEBA).await;
    for month in ["2026-13", "", "11-2026"] {
        let got = download(
            &app,
            Some(&heba.access_token),
            &format!("/api/exports/month-table.xlsx?nodeId={township}&month={month}"),
        )
        .await;
        assert_eq!(got.status, 400, "{month}");
        let body = got.json();
        assert_eq!(
            (body["code"].as_str(), body["key"].as_str()),
            (Some("BAD_USER_INPUT"), Some("input.month_format"))
        );
        assert_eq!(body["field"], "month");
    }
}
