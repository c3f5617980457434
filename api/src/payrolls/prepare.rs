//! Preparing a payroll (编制补贴发放表): the payer's ledger for the year,
//! stored line by line as it stands now, so that a later change of a
//! standard or a post does not silently change what was prepared.
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::grid::code::Level;
use crate::idempotency::{self, IdempotencyKey};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::subsidies::{ledger, standards};
use crate::validate;
use entity::payroll::{self, PayrollStatus};
use entity::payroll_line::{self, PayrollLineKind};
use entity::subsidy_standard::SubsidyRole;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

pub const MAX_PERIOD: usize = 40;

pub struct NewPayroll {
    pub payer_node_id: Uuid,
    pub year: i32,
    pub period: Option<String>,
    pub idempotency_key: IdempotencyKey,
}

/// The post a payer pays: the township its village officers, the village
/// its group liaisons (the rule table has refused any other level).
pub fn role_paid_by(level: Level) -> SubsidyRole {
    if level == Level::Township {
        SubsidyRole::VillageOfficer
    } else {
        SubsidyRole::GroupLiaison
    }
}

pub async fn prepare(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewPayroll,
) -> AppResult<payroll::Model> {
    let year = standards::check_year(new.year)?;
    let period = match new.period.as_deref().map(str::trim) {
        Some(p) if !p.is_empty() => Some(validate::text("period", p, MAX_PERIOD)?),
        _ => None,
    };
    let payer = crate::grid::service::find(&state.db, scope, new.payer_node_id).await?;
    authz::check(scope, Action::PreparePayroll, &*payer)?;
    let code = crate::grid::service::grid_code(&payer)?;
    let role = role_paid_by(code.level);
    // Separation of duties is by person: the approver is checked against it.
    let person = scope.person_id().ok_or(AppError::Unauthenticated)?;
    let key = new.idempotency_key;

    let (_writer, txn) = state.begin_write().await?;
    if let Some(made) = idempotency::stored::<payroll::Entity>(&txn, scope, &key).await? {
        return Ok(made);
    }
    let exists = payroll::Entity::find()
        .filter(payroll::Column::PayerNodeId.eq(payer.id))
        .filter(payroll::Column::Year.eq(year))
        .filter(payroll::Column::Role.eq(role))
        .one(&txn)
        .await?;
    if exists.is_some() {
        return Err(AppError::conflict(Key::PayrollExists).with("year", year));
    }
    // Exempt posts are due nothing and have no line to pay.
    let rows: Vec<_> = ledger::rows(&txn, scope, code, year, &[role])
        .await?
        .into_iter()
        .filter(|r| r.net_fen > 0)
        .collect();
    if rows.is_empty() {
        return Err(AppError::input("payerNodeId", Key::PayrollNothingDue).with("year", year));
    }
    let now = state.now();
    let id = Uuid::new_v4();
    let total: i64 = rows.iter().map(|r| r.net_fen).sum();
    let active = payroll::ActiveModel {
        id: Set(id),
        payer_node_id: Set(payer.id),
        payer_code: Set(payer.code),
        payer_level: Set(payer.level),
        role: Set(role),
        year: Set(year),
        period: Set(period),
        status: Set(PayrollStatus::Draft),
        total_fen: Set(total),
        paid_fen: Set(None),
        prepared_by: Set(scope.account_id()),
        prepared_by_person: Set(person),
        prepared_at: Set(now),
        approved_by: Set(None),
        approved_at: Set(None),
        paid_by: Set(None),
        paid_on: Set(None),
        reference: Set(None),
        idempotency_key: Set(key.as_str().to_string()),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let Some(made) = idempotency::insert(&txn, active).await? else {
        drop(txn);
        return idempotency::winner::<payroll::Entity>(&state.db, scope, &key).await;
    };
    let lines = rows
        .iter()
        .enumerate()
        .map(|(i, r)| ledger_line((made.id, made.payer_code), i, r, scope.account_id(), now));
    payroll_line::Entity::insert_many(lines).exec(&txn).await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "prepare",
            "payroll",
            id.to_string(),
        )
        .at_node(made.payer_code)
        .after(&serde_json::json!({ "payroll": &made, "lines": rows.len() })),
    )
    .await?;
    txn.commit().await?;
    Ok(made)
}

/// The `i`-th ledger line of the payroll `(id, payer code)`: the ledger row as it stands when
/// the payroll is prepared, kept as it was (a later standard or
/// appointment change does not alter a prepared payroll).
pub fn ledger_line(
    (payroll_id, payer_code): (Uuid, i64),
    i: usize,
    r: &ledger::LedgerRow,
    by: Uuid,
    at: chrono::DateTime<chrono::Utc>,
) -> payroll_line::ActiveModel {
    payroll_line::ActiveModel {
        id: Set(Uuid::new_v4()),
        payroll_id: Set(payroll_id),
        payer_code: Set(payer_code),
        position: Set(i32::try_from(i).unwrap_or(i32::MAX - 1) + 1),
        kind: Set(PayrollLineKind::Ledger),
        appointment_id: Set(r.appointment.id),
        person_id: Set(r.person_id),
        person_name: Set(r.person_name.clone()),
        node_id: Set(r.node_id),
        node_code: Set(r.node_code),
        days_in_post: Set(i32::try_from(r.days_in_post).unwrap_or(0)),
        standard_fen: Set(r.standard_fen),
        prorated_fen: Set(r.prorated_fen),
        deduction_fen: Set(r.deduction_fen),
        funding_source: Set(r.funding_source),
        amount_fen: Set(r.net_fen),
        reason: Set(None),
        idempotency_key: Set(None),
        created_by: Set(by),
        created_at: Set(at),
    }
}
