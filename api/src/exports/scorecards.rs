//! 考核表: a county's township scorecards for a year (`scorecardRanking`,
//! the same service and decision): a ranking sheet (排名), then one sheet
//! per township with each item's maximum, computed and counted points and
//! why points were lost. `nodeId` is the county; a county outside the
//! caller's subtree is the same 404 as a missing one.
use super::context::ExportContext;
use super::params::Params;
use super::table::{column, Book, Cell, Sheet};
use crate::error::AppResult;
use crate::scorecards::card::{Card, CardItem};
use crate::scorecards::rules::Finding;
use crate::scorecards::service;
use crate::subsidies::standards;

pub struct Args {
    year: i32,
}

impl Args {
    pub fn parse(params: &Params) -> AppResult<Args> {
        Ok(Args {
            year: standards::check_year(params.year("year")?)?,
        })
    }
}

/// Why an item has its points, in the form's words.
pub fn why(i: &CardItem) -> String {
    use Finding as F;
    let (n, of) = (i.count, i.of);
    match i.finding {
        F::Met => "达标".into(),
        F::DocumentsMissing => format!("缺 {n} 项文件（共 {of} 项）"),
        F::NoRoster => "未按时报送名单".into(),
        F::PostsMissing => format!("报送名单时缺 {n} 人"),
        F::MilestoneLate => "逾期完成".into(),
        F::MilestoneNotDone => "逾期未完成".into(),
        F::MilestoneNotDue => "尚未到期，尚未完成".into(),
        F::NoDeadline => "本年度工作部署未设此期限".into(),
        F::NotebooksNotKept => format!("抽查发现 {n} 人未认真填写"),
        F::VisitsMissed => format!("{n} 人次月度未走访挂包村（应 {of} 人次）"),
        F::NoAssignedVillages => "领导未分配挂包村".into(),
        F::MeetingsMissed => format!("{n} 个月未召开例会部署（共 {of} 个月）"),
        F::NoMonthEnded => "本年度尚无已结束的月份".into(),
        F::DutyReportsWithoutGridWork => format!("{n} 份履职报告无此项内容"),
        F::AssessmentsMissing => format!("{n} 名村级安全员无经审核的年度考核（共 {of} 名）"),
        F::SubsidiesLate => "补贴未按时足额发放".into(),
        F::SubsidiesNotYetPaid => "补贴尚未足额发放".into(),
        F::NotEntered => "尚未评分".into(),
        F::EnteredByHand => "县安委办评分".into(),
    }
}

fn township_sheet(card: &Card, place: &str, year: i32) -> Sheet {
    let columns = vec![
        column("考核内容", 14.0),
        column("考核细则", 48.0),
        column("分值", 7.0),
        column("自动得分", 9.0),
        column("得分", 7.0),
        column("考核情况", 30.0),
        column("备注", 24.0),
    ];
    let mut rows = Vec::new();
    for p in &card.parts {
        for (n, i) in p.items.iter().enumerate() {
            let part = if n == 0 {
                format!("{}（{}分）", p.title, p.max_points)
            } else {
                String::new()
            };
            rows.push(vec![
                Cell::text(part),
                Cell::text(i.title.as_str()),
                Cell::count(u64::try_from(i.max_points).unwrap_or(0)),
                i.auto
                    .map_or(Cell::Empty, |a| Cell::count(u64::try_from(a).unwrap_or(0))),
                Cell::count(u64::try_from(i.points).unwrap_or(0)),
                Cell::text(why(i)),
                Cell::text(i.note.clone().unwrap_or_default()),
            ]);
        }
    }
    let standing = match &card.locked {
        Some(l) => format!("已锁定　第 {} 名", l.rank),
        None => "未锁定".into(),
    };
    Sheet {
        name: card.township.name.chars().take(31).collect(),
        title: format!("{place}{}{year}年度网格化管理考核表", card.township.name),
        subtitle: format!("总分 {} 分　{standing}", card.total),
        columns,
        rows,
        totals: Some(vec![
            Cell::text("合计"),
            Cell::Empty,
            Cell::count(100u64),
            Cell::Empty,
            Cell::count(u64::try_from(card.total).unwrap_or(0)),
            Cell::Empty,
            Cell::Empty,
        ]),
        signed: true,
    }
}

pub async fn book(ctx: &ExportContext<'_>, args: Args) -> AppResult<Book> {
    let db = &ctx.state.db;
    let ranked = service::ranking(db, ctx.scope, ctx.node.id, args.year, ctx.today()).await?;
    let locked = ranked.iter().all(|(_, c)| c.locked.is_some()) && !ranked.is_empty();
    let rows = ranked
        .iter()
        .map(|(rank, c)| {
            let parts = c
                .parts
                .iter()
                .map(|p| format!("{} {}/{}", p.title, p.points, p.max_points))
                .collect::<Vec<_>>()
                .join("；");
            vec![
                Cell::count(u64::try_from(*rank).unwrap_or(0)),
                Cell::text(c.township.name.as_str()),
                Cell::count(u64::try_from(c.total).unwrap_or(0)),
                Cell::text(parts),
            ]
        })
        .collect();
    let mut sheets = vec![Sheet {
        name: "排名".into(),
        title: format!("{}{}年度乡镇网格化管理考核排名", ctx.place, args.year),
        subtitle: if locked {
            "已锁定".into()
        } else {
            format!("未锁定，截至 {}", ctx.today())
        },
        columns: vec![
            column("名次", 7.0),
            column("乡镇（街道）", 18.0),
            column("总分", 8.0),
            column("分项得分", 70.0),
        ],
        rows,
        totals: None,
        signed: true,
    }];
    for (_, c) in &ranked {
        sheets.push(township_sheet(c, &ctx.place, args.year));
    }
    Ok(Book {
        file_stem: format!("考核表-{}-{}", ctx.node.name, args.year),
        sheets,
    })
}
