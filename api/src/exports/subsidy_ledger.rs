//! 补贴台账: the subsidy ledger of a node for a year, line by line what
//! `subsidyLedger` answers (the same service and decision): where the post
//! is, the post, the real name, the days in post, the standard, the
//! prorated amount, why a post is exempt, who funds it, the deduction and
//! the net due, in yuan from integer fen; the totals are integer sums of
//! the fen (`ledger::totals`), never sums of the cells.
use super::context::ExportContext;
use super::labels;
use super::params::Params;
use super::places::{code_at, Places};
use super::table::{column, too_many_rows, yuan_text, Book, Cell, Sheet, MAX_ROWS};
use crate::error::AppResult;
use crate::subsidies::{ledger, standards};

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

pub async fn book(ctx: &ExportContext<'_>, args: Args) -> AppResult<Book> {
    let db = &ctx.state.db;
    let here = ctx.code()?;
    let rows = ledger::rows(db, ctx.scope, here, args.year, &standards::ROLES).await?;
    if rows.len() as u64 > MAX_ROWS {
        return Err(too_many_rows());
    }
    let totals = ledger::totals(&rows);
    let places = Places::load(db, here, rows.iter().map(|r| code_at(r.node_code))).await?;
    let columns = vec![
        column("序号", 6.0),
        column("所在网格", 24.0),
        column("岗位", 14.0),
        column("姓名", 10.0),
        column("在岗天数", 9.0),
        column("补贴标准（元/年）", 12.0),
        column("折算金额（元）", 12.0),
        column("免发原因", 18.0),
        column("资金来源", 16.0),
        column("考核扣减（元）", 12.0),
        column("应发金额（元）", 12.0),
    ];
    let cells = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            vec![
                Cell::count(i as u64 + 1),
                Cell::text(places.place(r.node_code, &ctx.node.name)),
                Cell::text(labels::subsidy_role(r.role)),
                Cell::text(r.person_name.as_str()),
                Cell::count(u64::try_from(r.days_in_post).unwrap_or_default()),
                Cell::yuan(r.standard_fen),
                Cell::yuan(r.prorated_fen),
                Cell::text(r.exempt.map(labels::exempt_reason).unwrap_or_default()),
                Cell::text(labels::funding_source(r.funding_source)),
                Cell::yuan(r.deduction_fen),
                Cell::yuan(r.net_fen),
            ]
        })
        .collect();
    let blank = || Cell::Empty;
    let subtitle = format!(
        "{} 年度　县级财政 {} 元；扶贫创新就业资金 {} 元　截至 {}",
        args.year,
        yuan_text(totals.county_budget_fen),
        yuan_text(totals.poverty_alleviation_fund_fen),
        ctx.today()
    );
    Ok(Book {
        file_stem: format!("补贴台账-{}-{}", ctx.node.name, args.year),
        sheets: vec![Sheet {
            name: "补贴台账".into(),
            title: format!("{}{}年度安全员补贴台账", ctx.place, args.year),
            subtitle,
            columns,
            rows: cells,
            totals: Some(vec![
                Cell::text("合计"),
                Cell::text(format!(
                    "共 {} 个岗位；免发 {} 个",
                    totals.posts, totals.exempt_posts
                )),
                blank(),
                blank(),
                blank(),
                blank(),
                Cell::yuan(totals.prorated_fen),
                blank(),
                blank(),
                Cell::yuan(totals.deduction_fen),
                Cell::yuan(totals.net_fen),
            ]),
            signed: true,
        }],
    })
}
