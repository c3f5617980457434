//! 补贴台账 and 补贴发放表: the fixture county's 2025 ledger cell by cell
//! against `subsidyLedger`, every amount back to the fen and the totals
//! the integer sums; a demo payroll with its adjustment line, its status
//! and who prepared, approved and paid it; both refused outside scope.
use super::*;
use crate::helpers::fixtures::ROOT_USERNAME;
use crate::helpers::spawn_demo_app_with;
use crate::subsidies::fixture::{money, PAYROLL_FIELDS};

const LEDGER_HEADINGS: [&str; 11] = [
    "序号",
    "所在网格",
    "岗位",
    "姓名",
    "在岗天数",
    "补贴标准（元/年）",
    "折算金额（元）",
    "免发原因",
    "资金来源",
    "考核扣减（元）",
    "应发金额（元）",
];

/// A money cell read back as fen: a number shown with two decimals.
fn fen(sheet: &Sheet, row: u32, col: u32) -> i64 {
    (sheet.number(row, col) * 100.0).round() as i64
}

fn money_format_of(got: &Download) -> bool {
    let mut zip = zip::ZipArchive::new(Cursor::new(got.bytes.clone())).expect("a zip");
    let mut styles = String::new();
    zip.by_name("xl/styles.xml")
        .expect("the styles part")
        .read_to_string(&mut styles)
        .expect("UTF-8 XML");
    styles.contains(r##"formatCode="#,##0.00""##)
}

#[tokio::test]
async fn the_subsidy_ledger_is_the_graphql_ledger_cell_by_cell_to_the_fen() {
    let m = money().await;
    let county = m.county.clone();
    let answer = m.ledger(&county, 2025).await;
    let got = download(
        &m.app,
        Some(&m.root.access_token),
        &format!("/api/exports/subsidy-ledger.xlsx?nodeId={county}&year=2025"),
    )
    .await;
    got.expect_xlsx("补贴台账-补贴试点县-2025.xlsx")
        .expect_print_setup();
    assert!(money_format_of(&got), "yuan shown as #,##0.00");
    let sheet = got.sheet("补贴台账");
    let place = place_name(&m.app, &m.root.access_token, &county).await;
    assert_eq!(sheet.text(0, 0), format!("{place}2025年度安全员补贴台账"));
    assert_eq!(
        sheet.text(1, 0),
        "2025 年度　县级财政 2,714.23 元；扶贫创新就业资金 604.93 元　截至 2026-01-15"
    );
    assert_eq!(sheet.row_texts(2, 11), LEDGER_HEADINGS);

    let rows = answer["rows"].as_array().unwrap();
    assert_eq!(sheet.data_rows() as usize, rows.len());
    let places = [
        "甲镇 / 甲村",
        "甲镇 / 甲村",
        "甲镇 / 甲村 / 第一村民组",
        "甲镇 / 和平社区",
        "甲镇 / 和平社区 / 第一居民组",
        "乙镇 / 乙村",
    ];
    for (i, r) in rows.iter().enumerate() {
        let row = 3 + i as u32;
        assert_eq!(sheet.number(row, 0), (i + 1) as f64);
        assert_eq!(sheet.text(row, 1), places[i]);
        let post = match r["role"].as_str().unwrap() {
            "VILLAGE_OFFICER" => "村级安全员",
            _ => "组级安全联络员",
        };
        assert_eq!(sheet.text(row, 2), post);
        assert_eq!(sheet.text(row, 3), r["personName"].as_str().unwrap());
        assert_eq!(sheet.number(row, 4), r["daysInPost"].as_f64().unwrap());
        for (col, field) in [
            (5, "standardFen"),
            (6, "proratedFen"),
            (9, "deductionFen"),
            (10, "netFen"),
        ] {
            assert_eq!(
                fen(&sheet, row, col),
                r[field].as_i64().unwrap(),
                "{row} {field}"
            );
        }
        let exempt = if r["exempt"] == true {
            "城市社区，不发村级安全员补贴"
        } else {
            ""
        };
        assert_eq!(sheet.text(row, 7), exempt);
        let fund = match r["fundingSource"].as_str().unwrap() {
            "COUNTY_BUDGET" => "县级财政",
            _ => "扶贫创新就业资金",
        };
        assert_eq!(sheet.text(row, 8), fund);
    }
    // 59506 fen is 595.06 yuan, not a rounded 595.
    assert_eq!(sheet.number(3, 6), 595.06);

    let totals = 3 + rows.len() as u32;
    assert_eq!(sheet.text(totals, 0), "合计");
    assert_eq!(sheet.text(totals, 1), "共 6 个岗位；免发 1 个");
    let t = &answer["totals"];
    assert_eq!(fen(&sheet, totals, 6), t["proratedFen"].as_i64().unwrap());
    assert_eq!(fen(&sheet, totals, 9), t["deductionFen"].as_i64().unwrap());
    assert_eq!(fen(&sheet, totals, 10), t["netFen"].as_i64().unwrap());
    assert_eq!(fen(&sheet, totals, 10), 331_916);
    assert_eq!(
        sheet.signature(),
        (ROOT_USERNAME.into(), fixture_day("2026-01-15"))
    );
}

fn fixture_day(text: &str) -> chrono::NaiveDate {
    crate::subsidies::fixture::day(text)
}

#[tokio::test]
async fn the_subsidy_ledger_is_not_found_outside_the_subtree_and_wants_a_year() {
    let m = money().await;
    let officer_township = m.account("jia-zhen", &m.townships[0], "ADMIN").await;
    let path = |node: &str, year: &str| {
        format!("/api/exports/subsidy-ledger.xlsx?nodeId={node}&year={year}")
    };
    let other = download(
        &m.app,
        Some(&officer_township.access_token),
        &path(&m.townships[1], "2025"),
    )
    .await;
    let missing = download(
        &m.app,
        Some(&officer_township.access_token),
        &path(&uuid::Uuid::new_v4().to_string(), "2025"),
    )
    .await;
    assert_eq!(other.status, 404);
    assert_eq!(
        other.bytes, missing.bytes,
        "the same bytes as a missing node"
    );
    download(
        &m.app,
        Some(&officer_township.access_token),
        &path(&m.townships[0], "2025"),
    )
    .await
    .expect_xlsx("补贴台账-甲镇-2025.xlsx");
    for year in ["", "二〇二五"] {
        let bad = download(
            &m.app,
            Some(&officer_township.access_token),
            &path(&m.townships[0], year),
        )
        .await;
        assert_eq!(bad.status, 400, "{year}");
        assert_eq!(bad.json()["key"], "export.year_required");
        assert_eq!(bad.json()["field"], "year");
    }
    let far = download(
        &m.app,
        Some(&officer_township.access_token),
        &path(&m.townships[0], "1999"),
    )
    .await;
    assert_eq!(far.json()["key"], "subsidy.year_invalid");
}

const PAYROLLS: &str = "query($y: Int) { payrolls(year: $y, first: 5) { nodes { PAYROLL } } }";

#[tokio::test]
async fn a_payroll_is_its_lines_and_adjustments_with_who_prepared_approved_and_paid_it() {
    use chrono::Datelike;
    let app = spawn_demo_app_with(|s| s.demo_field_work = true).await;
    let county = app.login_demo("fenggang").await;
    let year = app.state.today().year() - 1;
    let list = app
        .query(
            &county.access_token,
            &PAYROLLS.replace("PAYROLL", PAYROLL_FIELDS),
            json!({ "y": year }),
        )
        .await;
    let paid = list.data()["payrolls"]["nodes"][0].clone();
    assert_eq!(paid["payer"]["name"], "龙泉街道", "{}", list.text);
    let id = paid["id"].as_str().unwrap();
    let got = download(
        &app,
        Some(&county.access_token),
        &format!("/api/exports/payroll.xlsx?id={id}"),
    )
    .await;
    got.expect_xlsx(&format!("补贴发放表-龙泉街道-{year}.xlsx"))
        .expect_print_setup();
    assert!(money_format_of(&got));
    let sheet = got.sheet("补贴发放表");
    let payer = paid["payer"]["id"].as_str().unwrap();
    let place = place_name(&app, &county.access_token, payer).await;
    assert_eq!(
        sheet.text(0, 0),
        format!("{place}{year}年度村级安全员补贴发放表")
    );
    let china_day = |at: &Value| {
        let t = chrono::DateTime::parse_from_rfc3339(at.as_str().unwrap()).unwrap();
        (t + chrono::Duration::hours(8)).date_naive()
    };
    assert_eq!(
        sheet.text(1, 0),
        format!(
            "批次：{}　状态：已发放　编制：{}（{}）　审核：{}（{}）　发放：{}（{}，凭证号 {}）",
            paid["period"].as_str().unwrap(),
            paid["preparedBy"].as_str().unwrap(),
            china_day(&paid["preparedAt"]),
            paid["approvedBy"].as_str().unwrap(),
            china_day(&paid["approvedAt"]),
            paid["paidBy"].as_str().unwrap(),
            paid["paidOn"].as_str().unwrap(),
            paid["reference"].as_str().unwrap(),
        )
    );
    let lines = paid["lines"].as_array().unwrap();
    assert_eq!(sheet.data_rows() as usize, lines.len());
    for (i, l) in lines.iter().enumerate() {
        let row = 3 + i as u32;
        assert_eq!(sheet.text(row, 2), l["personName"].as_str().unwrap());
        assert_eq!(fen(&sheet, row, 9), l["amountFen"].as_i64().unwrap());
        if l["kind"] == "LEDGER" {
            assert_eq!(sheet.text(row, 3), "台账");
            assert_eq!(sheet.number(row, 4), l["daysInPost"].as_f64().unwrap());
            assert_eq!(fen(&sheet, row, 5), l["standardFen"].as_i64().unwrap());
            assert_eq!(fen(&sheet, row, 6), l["proratedFen"].as_i64().unwrap());
            assert_eq!(sheet.text(row, 10), "");
        } else {
            assert_eq!(sheet.text(row, 3), "调整");
            assert_eq!(sheet.cell(row, 4), &Data::Empty);
            assert_eq!(sheet.text(row, 10), l["reason"].as_str().unwrap());
        }
    }
    let last = 3 + lines.len() as u32 - 1;
    assert_eq!(sheet.text(last, 3), "调整", "the demo's adjustment line");
    let totals = last + 1;
    assert_eq!(sheet.text(totals, 0), "合计");
    assert_eq!(
        sheet.text(totals, 1),
        format!(
            "共 {} 行（台账 {} 行，调整 1 行）",
            lines.len(),
            lines.len() - 1
        )
    );
    assert_eq!(fen(&sheet, totals, 9), paid["totalFen"].as_i64().unwrap());
    let (preparer, _) = sheet.signature();
    assert!(!preparer.is_empty());
}

#[tokio::test]
async fn a_payroll_outside_the_subtree_is_not_found_like_a_missing_one() {
    use chrono::Datelike;
    let app = spawn_demo_app_with(|s| s.demo_field_work = true).await;
    let county = app.login_demo("fenggang").await;
    let heba = app.login_demo("heba").await;
    let year = app.state.today().year() - 1;
    let list = app
        .query(
            &county.access_token,
            &PAYROLLS.replace("PAYROLL", "id payer { name }"),
            json!({ "y": year }),
        )
        .await;
    let nodes = list.data()["payrolls"]["nodes"].as_array().unwrap().clone();
    let id_of = |payer: &str| {
        nodes
            .iter()
            .find(|p| p["payer"]["name"] == payer)
            .and_then(|p| p["id"].as_str())
            .unwrap()
            .to_string()
    };
    let path = |id: &str| format!("/api/exports/payroll.xlsx?id={id}");
    let mut bodies = Vec::new();
    for id in [
        id_of("龙泉街道"),
        uuid::Uuid::new_v4().to_string(),
        "x".into(),
    ] {
        let got = download(&app, Some(&heba.access_token), &path(&id)).await;
        assert_eq!(got.status, 404, "{id}");
        assert_eq!(got.json()["code"], "NOT_FOUND");
        bodies.push(got.bytes);
    }
    assert!(bodies.windows(2).all(|w| w[0] == w[1]), "the same bytes");
    download(&app, Some(&heba.access_token), &path(&id_of("何坝街道")))
        .await
        .expect_xlsx(&format!("补贴发放表-何坝街道-{year}.xlsx"));
    let no_id = download(&app, Some(&heba.access_token), "/api/exports/payroll.xlsx").await;
    assert_eq!(no_id.status, 400);
    assert_eq!(no_id.json()["key"], "export.payroll_required");
    assert_eq!(no_id.json()["field"], "id");
}
