//! 隐患台账: every hazard found under the node (optionally of one state or
//! severity, overdue or not, reported between two days), with where it is,
//! what, how serious, its state, the days, how long it is overdue, and the
//! real names of who reported and who answers for it. The same query and
//! decision as the `hazards` list; a fixed number of statements however
//! many rows (the names, sectors and places each come in one).
use super::context::ExportContext;
use super::labels;
use super::params::Params;
use super::places::{code_at, Places};
use super::table::{column, too_many_rows, Book, Cell, Sheet, MAX_ROWS};
use crate::accounts::display;
use crate::authz;
use crate::error::{AppResult, Key};
use crate::hazards::lifecycle::{self, HazardSeverity, HazardState};
use crate::hazards::queries::{self, HazardFilter};
use crate::inspections::month::china_day;
use crate::programme::Period;
use entity::{hazard, sector};
use sea_orm::{ActiveEnum, ColumnTrait, EntityTrait, QueryFilter};
use std::collections::{BTreeSet, HashMap};

pub struct Args {
    state: Option<HazardState>,
    severity: Option<HazardSeverity>,
    overdue: Option<bool>,
    reported: Period,
}

/// A stored value as the URL spells it (`RECTIFYING`), or none.
fn stored<E: ActiveEnum<Value = String>>(text: &str) -> Option<E> {
    E::try_from_value(&text.to_string()).ok()
}

impl Args {
    pub fn parse(params: &Params) -> AppResult<Args> {
        Ok(Args {
            state: params.one_of("state", stored::<HazardState>, Key::ExportStateUnknown)?,
            severity: params.one_of(
                "severity",
                stored::<HazardSeverity>,
                Key::ExportSeverityUnknown,
            )?,
            overdue: params.flag("overdue")?,
            reported: Period::new(params.day("from")?, params.day("to")?)?,
        })
    }

    /// The filters in words, for the subtitle.
    fn describe(&self) -> Vec<String> {
        let mut parts = Vec::new();
        if let Some(s) = self.state {
            parts.push(format!("状态：{}", labels::hazard_state(s)));
        }
        if let Some(s) = self.severity {
            parts.push(format!("等级：{}", labels::severity(s)));
        }
        match self.overdue {
            Some(true) => parts.push("只含逾期".into()),
            Some(false) => parts.push("不含逾期".into()),
            None => {}
        }
        let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        if self.reported.from.is_some() || self.reported.to.is_some() {
            parts.push(format!(
                "上报日期：{} 至 {}",
                day(self.reported.from),
                day(self.reported.to)
            ));
        }
        parts
    }
}

pub async fn book(ctx: &ExportContext<'_>, args: Args) -> AppResult<Book> {
    let db = &ctx.state.db;
    let today = ctx.today();
    let filter = HazardFilter {
        under: Some(ctx.node.id),
        state: args.state,
        severity: args.severity,
        overdue: args.overdue,
        reported_from: args.reported.from,
        reported_to: args.reported.to,
        ..HazardFilter::default()
    };
    let found = queries::all(db, ctx.scope, filter, today, MAX_ROWS).await?;
    if found.len() as u64 > MAX_ROWS {
        return Err(too_many_rows());
    }
    let hazards = authz::visible(ctx.scope, found);

    let accounts: Vec<_> = hazards
        .iter()
        .flat_map(|h| std::iter::once(h.reported_by).chain(h.rectified_by))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let names = display::names(db, accounts).await?;
    let sectors = sector_names(ctx, hazards.iter().map(|h| h.category.clone())).await?;
    let here = ctx.code()?;
    let places = Places::load(db, here, hazards.iter().map(|h| code_at(h.node_code))).await?;

    let columns = vec![
        column("序号", 6.0),
        column("所在网格", 24.0),
        column("隐患名称", 28.0),
        column("等级", 10.0),
        column("类别", 12.0),
        column("状态", 12.0),
        column("上报日期", 12.0),
        column("整改期限", 12.0),
        column("逾期天数", 9.0),
        column("上报人", 10.0),
        column("整改责任人", 10.0),
        column("整改人", 10.0),
        column("销号日期", 12.0),
    ];
    let name_of = |id: uuid::Uuid| names.get(&id).cloned().unwrap_or_default();
    let mut overdue = 0_u64;
    let mut closed = 0_u64;
    let rows = hazards
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let state = h.state;
            let late = days_overdue(h, today);
            overdue += u64::from(late.is_some());
            closed += u64::from(lifecycle::is_closed(state));
            vec![
                Cell::count(i as u64 + 1),
                Cell::text(places.place(h.node_code, &ctx.node.name)),
                Cell::text(h.title.as_str()),
                Cell::text(labels::severity(h.severity)),
                Cell::text(
                    sectors
                        .get(&h.category)
                        .cloned()
                        .unwrap_or_else(|| h.category.clone()),
                ),
                Cell::text(labels::hazard_state(state)),
                Cell::Date(china_day(h.reported_at)),
                Cell::date(h.deadline),
                late.map_or(Cell::Empty, Cell::count),
                Cell::text(name_of(h.reported_by)),
                Cell::text(h.responsible_name.clone().unwrap_or_default()),
                Cell::text(h.rectified_by.map(name_of).unwrap_or_default()),
                Cell::date(h.closed_at.map(china_day)),
            ]
        })
        .collect::<Vec<_>>();
    let total = rows.len() as u64;
    let mut subtitle = args.describe();
    subtitle.push(format!("截至 {today}"));
    Ok(Book {
        file_stem: format!("隐患台账-{}-{}", ctx.node.name, today),
        sheets: vec![Sheet {
            name: "隐患台账".into(),
            title: format!("{}隐患台账", ctx.place),
            subtitle: subtitle.join("　"),
            columns,
            rows,
            totals: Some(vec![
                Cell::text("合计"),
                Cell::text(format!(
                    "共 {total} 条；逾期 {overdue} 条；已销号 {closed} 条"
                )),
            ]),
            signed: true,
        }],
    })
}

/// Days past the deadline today, for a hazard still waiting (the one
/// definition of overdue, `queries::is_overdue`).
fn days_overdue(h: &hazard::Model, today: chrono::NaiveDate) -> Option<u64> {
    let deadline = h.deadline.filter(|_| queries::is_overdue(h, today))?;
    u64::try_from((today - deadline).num_days()).ok()
}

/// Sector display names by code, in one statement.
async fn sector_names(
    ctx: &ExportContext<'_>,
    codes: impl Iterator<Item = String>,
) -> AppResult<HashMap<String, String>> {
    let codes: BTreeSet<String> = codes.collect();
    if codes.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(sector::Entity::find()
        .filter(sector::Column::Code.is_in(codes))
        .all(&ctx.state.db)
        .await?
        .into_iter()
        .map(|s| (s.code, s.name_zh))
        .collect())
}
