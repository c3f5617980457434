//! Excel ledgers (台账): `GET /api/exports/{ledger}.xlsx?nodeId=…` (the
//! route is `http::exports`). A ledger reads through the same services and
//! the same authorization decision as its GraphQL fields, builds sheets of
//! typed cells (`table`), and `workbook` writes every ledger's file the
//! same way (title with the place name, frozen header, widths, A4
//! landscape, 制表人/审核人/日期).
//!
//! A new ledger (the scorecards) is one
//! file with `Args::parse` (if it takes parameters) and `book`, a
//! [`Ledger`] variant with its URL name, and one arm in each match below.
mod context;
mod hazard_ledger;
mod labels;
mod month_table;
mod params;
mod payroll;
mod places;
mod roster;
mod scorecards;
mod subsidy_ledger;
pub mod table;
pub mod workbook;

pub use context::ExportContext;
pub use params::Params;

use crate::error::{AppError, AppResult};
use crate::inspections::Month;
use crate::scope::Scope;
use crate::state::AppState;

/// The ledgers one can download, by the name in their URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ledger {
    /// `roster`: 村（社区）安全员、组级安全联络员名册 (the 05-25 report).
    Roster,
    /// `month-table`: 月度情况表 (`monthOverview`), with `month=YYYY-MM`.
    MonthTable,
    /// `hazards`: 隐患台账, with optional `state`, `severity`, `overdue`,
    /// `from`, `to`.
    Hazards,
    /// `subsidy-ledger`: 补贴台账 of a node, with `year=YYYY`.
    SubsidyLedger,
    /// `payroll`: one 补贴发放表, by `id` (not `nodeId`: the payer is
    /// the payroll's).
    Payroll,
    /// `scorecards`: 考核表 of a county's townships, with `year=YYYY`
    /// (a ranking sheet, then one sheet per township).
    Scorecards,
}

impl Ledger {
    pub const ALL: [Ledger; 6] = [
        Ledger::Roster,
        Ledger::MonthTable,
        Ledger::Hazards,
        Ledger::SubsidyLedger,
        Ledger::Payroll,
        Ledger::Scorecards,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Ledger::Roster => "roster",
            Ledger::MonthTable => "month-table",
            Ledger::Hazards => "hazards",
            Ledger::SubsidyLedger => "subsidy-ledger",
            Ledger::Payroll => "payroll",
            Ledger::Scorecards => "scorecards",
        }
    }

    /// The ledger a file name in the URL (`hazards.xlsx`) asks for.
    pub fn from_file_name(file: &str) -> Option<Ledger> {
        let slug = file.strip_suffix(".xlsx")?;
        Ledger::ALL.into_iter().find(|l| l.slug() == slug)
    }
}

/// A ledger's parameters, read before anything is looked up, so a bad one
/// is BAD_USER_INPUT whatever the node.
enum Args {
    Roster,
    MonthTable(Month),
    Hazards(hazard_ledger::Args),
    SubsidyLedger(subsidy_ledger::Args),
    Scorecards(scorecards::Args),
}

fn parse(ledger: Ledger, params: &Params) -> AppResult<Args> {
    Ok(match ledger {
        Ledger::Roster => Args::Roster,
        Ledger::MonthTable => Args::MonthTable(params.month("month")?),
        Ledger::Hazards => Args::Hazards(hazard_ledger::Args::parse(params)?),
        Ledger::SubsidyLedger => Args::SubsidyLedger(subsidy_ledger::Args::parse(params)?),
        Ledger::Scorecards => Args::Scorecards(scorecards::Args::parse(params)?),
        // Not a node's ledger: `export` reads the payroll by its id.
        Ledger::Payroll => return Err(AppError::NotFound),
    })
}

/// A finished file.
pub struct Export {
    /// The file's name, in Chinese, with `.xlsx`.
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// The ledger of the node `nodeId` names, as the caller may see it.
pub async fn export(
    state: &AppState,
    scope: &Scope,
    ledger: Ledger,
    params: &Params,
) -> AppResult<Export> {
    let (ctx, book) = if ledger == Ledger::Payroll {
        let found = payroll::find(state, scope, params).await?;
        let ctx = ExportContext::open(state, scope, found.payer_node_id).await?;
        let book = payroll::book(&ctx, found).await?;
        (ctx, book)
    } else {
        let node_id = params.node_id()?;
        let args = parse(ledger, params)?;
        let node_id = node_id.ok_or(AppError::NotFound)?;
        let ctx = ExportContext::open(state, scope, node_id).await?;
        let book = match args {
            Args::Roster => roster::book(&ctx).await?,
            Args::MonthTable(month) => month_table::book(&ctx, month).await?,
            Args::Hazards(args) => hazard_ledger::book(&ctx, args).await?,
            Args::SubsidyLedger(args) => subsidy_ledger::book(&ctx, args).await?,
            Args::Scorecards(args) => scorecards::book(&ctx, args).await?,
        };
        (ctx, book)
    };
    let signature = ctx.signature.clone();
    let now = state.now();
    let file_name = format!("{}.xlsx", book.file_stem);
    // Writing and compressing a large sheet is CPU work: off the async threads.
    let bytes = tokio::task::spawn_blocking(move || workbook::render(&book, &signature, now))
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)?;
    Ok(Export { file_name, bytes })
}
