//! 补贴发放表: one payroll, by `id`, as `payroll(…)` answers it (the same
//! lookup and decision: a payroll outside the caller's subtree is
//! NOT_FOUND): its ledger lines and adjustment lines with their reasons,
//! the total as the integer sum of the lines' fen, its status and who
//! prepared, approved and paid it (real names) on which days.
use super::context::ExportContext;
use super::labels;
use super::params::Params;
use super::places::{code_at, Places};
use super::table::{column, Book, Cell, Sheet};
use crate::accounts::display;
use crate::authz::Authorized;
use crate::error::{AppResult, Key};
use crate::inspections::month::china_day;
use crate::payrolls::queries;
use crate::scope::Scope;
use crate::state::AppState;
use entity::payroll;
use entity::payroll_line::PayrollLineKind;
use uuid::Uuid;

/// The payroll `id` names, if the caller may see it.
pub async fn find(
    state: &AppState,
    scope: &Scope,
    params: &Params,
) -> AppResult<Authorized<payroll::Model>> {
    let id: Option<Uuid> = params.id("id", Key::ExportPayrollRequired)?;
    let id = id.ok_or(crate::error::AppError::NotFound)?;
    queries::find(&state.db, scope, id).await
}

pub async fn book(ctx: &ExportContext<'_>, payroll: Authorized<payroll::Model>) -> AppResult<Book> {
    let db = &ctx.state.db;
    let lines = queries::lines(db, ctx.scope, &payroll).await?;
    let here = ctx.code()?;
    let places = Places::load(db, here, lines.iter().map(|l| code_at(l.node_code))).await?;
    let accounts: Vec<Uuid> = std::iter::once(payroll.prepared_by)
        .chain(payroll.approved_by)
        .chain(payroll.paid_by)
        .collect();
    let names = display::names(db, accounts).await?;
    let name_of = |id: Uuid| names.get(&id).cloned().unwrap_or_default();

    let columns = vec![
        column("序号", 6.0),
        column("所在网格", 24.0),
        column("姓名", 10.0),
        column("类别", 8.0),
        column("在岗天数", 9.0),
        column("补贴标准（元/年）", 12.0),
        column("折算金额（元）", 12.0),
        column("考核扣减（元）", 12.0),
        column("资金来源", 16.0),
        column("发放金额（元）", 12.0),
        column("调整原因", 24.0),
    ];
    let mut total_fen = 0_i64;
    let mut adjustments = 0_usize;
    let rows = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            total_fen += l.amount_fen;
            let ledger = l.kind == PayrollLineKind::Ledger;
            adjustments += usize::from(!ledger);
            // An adjustment carries only its amount and reason.
            let money = |fen: i64| if ledger { Cell::yuan(fen) } else { Cell::Empty };
            vec![
                Cell::count(i as u64 + 1),
                Cell::text(places.place(l.node_code, &ctx.node.name)),
                Cell::text(l.person_name.as_str()),
                Cell::text(labels::line_kind(l.kind)),
                if ledger {
                    Cell::count(u64::try_from(l.days_in_post).unwrap_or_default())
                } else {
                    Cell::Empty
                },
                money(l.standard_fen),
                money(l.prorated_fen),
                money(l.deduction_fen),
                Cell::text(labels::funding_source(l.funding_source)),
                Cell::yuan(l.amount_fen),
                Cell::text(l.reason.clone().unwrap_or_default()),
            ]
        })
        .collect::<Vec<_>>();

    let mut steps: Vec<String> = payroll
        .period
        .iter()
        .map(|p| format!("批次：{p}"))
        .collect();
    steps.extend([
        format!("状态：{}", labels::payroll_status(payroll.status)),
        format!(
            "编制：{}（{}）",
            name_of(payroll.prepared_by),
            china_day(payroll.prepared_at)
        ),
    ]);
    if let (Some(by), Some(at)) = (payroll.approved_by, payroll.approved_at) {
        steps.push(format!("审核：{}（{}）", name_of(by), china_day(at)));
    }
    if let (Some(by), Some(on)) = (payroll.paid_by, payroll.paid_on) {
        let reference = payroll.reference.clone().unwrap_or_default();
        steps.push(format!("发放：{}（{on}，凭证号 {reference}）", name_of(by)));
    }
    let role = labels::subsidy_role(payroll.role);
    let year = payroll.year;
    let blank = || Cell::Empty;
    Ok(Book {
        file_stem: format!("补贴发放表-{}-{year}", ctx.node.name),
        sheets: vec![Sheet {
            name: "补贴发放表".into(),
            title: format!("{}{year}年度{role}补贴发放表", ctx.place),
            subtitle: steps.join("　"),
            columns,
            totals: Some(vec![
                Cell::text("合计"),
                Cell::text(format!(
                    "共 {} 行（台账 {} 行，调整 {adjustments} 行）",
                    rows.len(),
                    rows.len() - adjustments
                )),
                blank(),
                blank(),
                blank(),
                blank(),
                blank(),
                blank(),
                blank(),
                Cell::yuan(total_fen),
            ]),
            rows,
            signed: true,
        }],
    })
}
