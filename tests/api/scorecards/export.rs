//! 考核表.xlsx: a ranking sheet and one sheet per township, read back with
//! calamine cell by cell against `scorecardRanking`; 404 outside scope.
use super::fixture::{scored, LOCK, SET_ITEM};
use crate::exports::{download, Sheet};
use calamine::{open_workbook_from_rs, Reader, Xlsx};
use serde_json::json;
use std::io::Cursor;

#[tokio::test]
async fn the_scorecards_ledger_is_the_ranking_and_each_card_cell_by_cell() {
    let s = scored().await;
    let c = &s.c;
    let jia = s.card(0).await["id"].as_str().unwrap().to_string();
    c.ok(
        SET_ITEM,
        json!({ "s": jia, "k": "assessments_done", "p": 4, "n": "上半年考核完成" }),
    )
    .await;
    c.ok(LOCK, json!({ "c": c.county, "y": 2018 })).await;
    let path = format!("/api/exports/scorecards.xlsx?nodeId={}&year=2018", c.county);
    let got = download(&c.app, Some(&c.root.access_token), &path).await;
    got.expect_xlsx("考核表-网格试点县-2018.xlsx");
    got.expect_print_setup();
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(got.bytes.clone())).unwrap();
    assert_eq!(
        book.sheet_names(),
        vec!["排名", "甲镇", "丁镇", "乙镇", "丙镇"]
    );
    let ranking = Sheet(book.worksheet_range("排名").unwrap());
    assert!(ranking
        .text(0, 0)
        .ends_with("网格试点县2018年度乡镇网格化管理考核排名"));
    assert_eq!(
        ranking.row_texts(2, 4),
        vec!["名次", "乡镇（街道）", "总分", "分项得分"]
    );
    let rows: Vec<(f64, String, f64)> = (3..7)
        .map(|r| {
            (
                ranking.number(r, 0),
                ranking.text(r, 1),
                ranking.number(r, 2),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (1.0, "甲镇".into(), 70.0),
            (2.0, "丁镇".into(), 68.0),
            (3.0, "乙镇".into(), 51.0),
            (4.0, "丙镇".into(), 50.0),
        ]
    );
    assert_eq!(
        ranking.text(3, 3),
        "组织领导 16/20；推进情况 28/30；开展过程 22/30；考核情况 4/20"
    );

    let card = Sheet(book.worksheet_range("甲镇").unwrap());
    assert_eq!(
        card.row_texts(2, 7),
        vec![
            "考核内容",
            "考核细则",
            "分值",
            "自动得分",
            "得分",
            "考核情况",
            "备注"
        ]
    );
    assert_eq!(card.text(3, 0), "组织领导（20分）");
    assert_eq!(card.text(3, 1), "安排部署情况");
    assert_eq!(
        (card.number(3, 2), card.number(3, 3), card.number(3, 4)),
        (2.0, 0.0, 0.0)
    );
    assert_eq!(card.text(3, 5), "缺 1 项文件（共 1 项）");
    // 推进情况's notebooks: one person not keeping theirs.
    assert_eq!(
        card.text(10, 1).chars().take(4).collect::<String>(),
        "按时发放"
    );
    assert_eq!(card.number(10, 4), 8.0);
    assert_eq!(card.text(10, 5), "抽查发现 1 人未认真填写");
    // The overridden item: the records' 5 (its officer assessed), the
    // county office's 4 and its note.
    assert_eq!(card.text(15, 1), "认真按照考核细则开展考核工作");
    assert_eq!(card.number(15, 3), 5.0);
    assert_eq!(card.number(15, 4), 4.0);
    assert_eq!(card.text(15, 5), "达标");
    assert_eq!(card.text(15, 6), "上半年考核完成");
    assert_eq!(card.text(17, 0), "合计");
    assert_eq!(card.number(17, 4), 70.0);

    // Outside the caller's subtree: the same 404 as a missing county.
    let heba = c.app.login_demo("heba").await;
    let outside = download(&c.app, Some(&heba.access_token), &path).await;
    let missing = download(
        &c.app,
        Some(&heba.access_token),
        &format!(
            "/api/exports/scorecards.xlsx?nodeId={}&year=2018",
            uuid::Uuid::new_v4()
        ),
    )
    .await;
    assert_eq!((outside.status, missing.status), (404, 404));
    assert_eq!(outside.bytes, missing.bytes);
}
