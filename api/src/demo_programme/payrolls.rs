//! The demo county's subsidy payrolls: last year's paid (何坝街道's and
//! 龙泉街道's village officers, 凌云村's group liaisons, one with an
//! adjustment line), and this year's approved (何坝街道) and in draft
//! (龙泉街道, 凌云村), so the payroll pages and the county's summary show
//! every state on first start. Lines come from the same ledger the API
//! serves (`subsidies::ledger::rows_in`), as the payroll service stores
//! them; written directly, like the other demo records.
use super::Demo;
use crate::grid::code::{GridCode, Level};
use crate::payrolls::prepare::{ledger_line, role_paid_by};
use crate::subsidies::ledger;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use entity::payroll::{self, PayrollStatus};
use entity::payroll_line::{self, FundingSource, PayrollLineKind};
use entity::{account, grid_node};

use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

/// (the payer's login, whose node is the payer; the approver's login)
const PAYERS: [(&str, &str); 3] = [
    ("heba", "fenggang"),
    ("longquan", "fenggang"),
    ("lingyun", "heba"),
];

/// The payer whose paid payroll carries an adjustment line.
const ADJUSTED: &str = "longquan";

/// 10:00 China time on `day`.
fn morning(day: NaiveDate) -> DateTime<Utc> {
    day.and_hms_opt(2, 0, 0).unwrap_or_default().and_utc()
}

fn day(y: i32, m: u32, d: u32) -> anyhow::Result<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| anyhow::anyhow!("no day {y}-{m}-{d}"))
}

struct Book<'a> {
    payer: &'a grid_node::Model,
    preparer: &'a account::Model,
    approver: &'a account::Model,
    year: i32,
    status: PayrollStatus,
    /// Prepared, approved, paid.
    days: [NaiveDate; 3],
    serial: usize,
}

pub async fn load(demo: &Demo<'_>) -> anyhow::Result<()> {
    let existing = payroll::Entity::find()
        .filter(payroll::Column::PayerCode.between(demo.county.lo, demo.county.hi))
        .count(demo.db)
        .await?;
    if existing > 0 {
        return Ok(());
    }
    let today = demo.clock.today();
    let year = today.year();
    let last = [
        day(year - 1, 12, 20)?,
        day(year - 1, 12, 24)?,
        day(year - 1, 12, 28)?,
    ];
    let now = [today, today, today];
    let login = |name: &str| demo.accounts.iter().find(|a| a.username == name);
    let mut serial = 0;
    for (i, (preparer, approver)) in PAYERS.into_iter().enumerate() {
        let (Some(preparer), Some(approver)) = (login(preparer), login(approver)) else {
            continue;
        };
        let Some(payer) = demo.nodes.iter().find(|n| n.id == preparer.node_id) else {
            continue;
        };
        // This year: the first township's approved, the others in draft.
        let current = if i == 0 {
            PayrollStatus::Approved
        } else {
            PayrollStatus::Draft
        };
        for (y, status, days) in [(year - 1, PayrollStatus::Paid, last), (year, current, now)] {
            serial += 1;
            let book = Book {
                payer,
                preparer,
                approver,
                year: y,
                status,
                days,
                serial,
            };
            write(demo, &book).await?;
        }
    }
    Ok(())
}

async fn write(demo: &Demo<'_>, b: &Book<'_>) -> anyhow::Result<()> {
    let level = Level::from_number(b.payer.level).ok_or_else(|| anyhow::anyhow!("payer level"))?;
    let code = GridCode::new(b.payer.code, level);
    let role = role_paid_by(level);
    let rows: Vec<_> = ledger::rows_in(
        demo.db,
        code.subtree(),
        Some(demo.county.lo),
        b.year,
        &[role],
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e:?}"))?
    .into_iter()
    .filter(|r| r.net_fen > 0)
    .collect();
    if rows.is_empty() {
        return Ok(());
    }
    let id = Uuid::new_v4();
    let [prepared, approved, paid] = b.days.map(morning);
    let mut total: i64 = rows.iter().map(|r| r.net_fen).sum();
    let paid_status = b.status == PayrollStatus::Paid;
    let lines: Vec<payroll_line::ActiveModel> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| ledger_line((id, b.payer.code), i, r, b.preparer.id, prepared))
        .collect();
    let count = lines.len();
    let paid_fen = paid_status.then_some(total);
    // 龙泉街道's paid payroll: one officer's days were miscounted, paid later.
    let adjustment = (paid_status && b.preparer.username == ADJUSTED)
        .then(|| rows.first())
        .flatten()
        .map(|r| {
            total += 2_000;
            payroll_line::ActiveModel {
                id: Set(Uuid::new_v4()),
                payroll_id: Set(id),
                payer_code: Set(b.payer.code),
                position: Set(i32::try_from(count).unwrap_or(0) + 1),
                kind: Set(PayrollLineKind::Adjustment),
                appointment_id: Set(r.appointment.id),
                person_id: Set(r.person_id),
                person_name: Set(r.person_name.clone()),
                node_id: Set(r.node_id),
                node_code: Set(r.node_code),
                days_in_post: Set(0),
                standard_fen: Set(0),
                prorated_fen: Set(0),
                deduction_fen: Set(0),
                funding_source: Set(FundingSource::CountyBudget),
                amount_fen: Set(2_000),
                reason: Set(Some("补发：任职日期登记有误，少算六天".to_string())),
                idempotency_key: Set(None),
                created_by: Set(b.preparer.id),
                created_at: Set(paid),
            }
        });
    let approved_yet = b.status != PayrollStatus::Draft;
    payroll::ActiveModel {
        id: Set(id),
        payer_node_id: Set(b.payer.id),
        payer_code: Set(b.payer.code),
        payer_level: Set(b.payer.level),
        role: Set(role),
        year: Set(b.year),
        period: Set(Some(format!("{} 年度", b.year))),
        status: Set(b.status),
        total_fen: Set(total),
        paid_fen: Set(paid_fen),
        prepared_by: Set(b.preparer.id),
        prepared_by_person: Set(b.preparer.person_id.unwrap_or_default()),
        prepared_at: Set(prepared),
        approved_by: Set(approved_yet.then_some(b.approver.id)),
        approved_at: Set(approved_yet.then_some(approved)),
        paid_by: Set(paid_status.then_some(b.preparer.id)),
        paid_on: Set(paid_status.then_some(b.days[2])),
        reference: Set(paid_status.then(|| format!("凤财社〔{}〕{}号", b.year, 40 + b.serial))),
        idempotency_key: Set(format!("demo-payroll-{}-{}", b.payer.code, b.year)),
        version: Set(1 + i32::from(approved_yet) + i32::from(paid_status)),
        created_at: Set(prepared),
        updated_at: Set(if paid_status {
            paid
        } else {
            approved.max(prepared)
        }),
    }
    .insert(demo.db)
    .await?;
    payroll_line::Entity::insert_many(lines.into_iter().chain(adjustment))
        .exec(demo.db)
        .await?;
    Ok(())
}
