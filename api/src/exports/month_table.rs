//! 月度情况表: a node's month, one row per child (the web app's month
//! table, `monthOverview`): the month's inspections, those counted toward
//! the quotas against what they ask (the rate is counted over expected),
//! leader visits, hazards open, overdue and closed, and the totals.
use super::context::ExportContext;
use super::table::{column, Book, Cell, Sheet};
use crate::authz::{self, Action};
use crate::error::AppResult;
use crate::inspections::Month;
use crate::overview::month_table::{self, ChildMonth};

pub async fn book(ctx: &ExportContext<'_>, month: Month) -> AppResult<Book> {
    let rows: Vec<ChildMonth> = month_table::rows(ctx.state, ctx.code()?, ctx.node.id, month)
        .await?
        .into_iter()
        // Each row is decided as the GraphQL field decides it.
        .filter(|r| authz::check(ctx.scope, Action::Read, &r.node).is_ok())
        .collect();
    let columns = vec![
        column("序号", 6.0),
        column("网格", 20.0),
        column("检查/巡查记录", 12.0),
        column("计入任务", 10.0),
        column("应完成", 10.0),
        column("完成率", 10.0),
        column("领导走访", 10.0),
        column("未销号隐患", 12.0),
        column("逾期隐患", 10.0),
        column("已销号隐患", 12.0),
    ];
    let cells = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            vec![
                Cell::count(i as u64 + 1),
                Cell::text(r.node.name.as_str()),
                Cell::count(r.inspections_done),
                Cell::count(r.inspections_counted),
                Cell::count(r.inspections_expected),
                Cell::Percent(r.completeness_rate),
                Cell::count(r.leader_visits_done),
                Cell::count(r.hazards_open),
                Cell::count(r.hazards_overdue),
                Cell::count(r.hazards_closed),
            ]
        })
        .collect();
    let sum =
        |f: fn(&ChildMonth) -> u32| Cell::count(rows.iter().map(|r| u64::from(f(r))).sum::<u64>());
    let totals = vec![
        Cell::text("合计"),
        Cell::Empty,
        sum(|r| r.inspections_done),
        sum(|r| r.inspections_counted),
        sum(|r| r.inspections_expected),
        Cell::Percent(overall_rate(&rows)),
        sum(|r| r.leader_visits_done),
        sum(|r| r.hazards_open),
        sum(|r| r.hazards_overdue),
        sum(|r| r.hazards_closed),
    ];
    Ok(Book {
        file_stem: format!("月度情况-{}-{}", ctx.node.name, month),
        sheets: vec![Sheet {
            name: "月度情况".into(),
            title: format!("{}月度情况表", ctx.place),
            subtitle: format!("统计月份：{month}　截至 {}", ctx.today()),
            columns,
            rows: cells,
            totals: Some(totals),
            signed: true,
        }],
    })
}

/// The children's rate together: all counted over all expected, as each
/// child's is; 1 when nothing was expected.
fn overall_rate(rows: &[ChildMonth]) -> f64 {
    let expected: u64 = rows.iter().map(|r| u64::from(r.inspections_expected)).sum();
    let counted: u64 = rows.iter().map(|r| u64::from(r.inspections_counted)).sum();
    if expected == 0 {
        1.0
    } else {
        counted as f64 / expected as f64
    }
}
