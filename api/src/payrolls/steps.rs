//! The payroll's steps after preparation: approval by the level above
//! (never by the person who prepared it), payment with its day and
//! reference, and adjustment lines. Each step reads the payroll inside its
//! write transaction, asks the decision (`authz`, with the state table of
//! `lifecycle`), saves with the version it read (a racing step is
//! CONFLICT) and writes its audit row in the same transaction.
use super::lifecycle::{self, PayrollStep};
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::idempotency::{self, IdempotencyKey};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::subsidies::{ledger, Fen};
use crate::{validate, versioned};
use chrono::NaiveDate;
use entity::payroll;
use entity::payroll_line::{self, FundingSource, PayrollLineKind};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};
use uuid::Uuid;

pub const MAX_REFERENCE: usize = 100;

/// The payroll as the caller may see it, read inside `txn`.
pub async fn find_in(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<payroll::Model> {
    authz::find::<payroll::Entity>(db, scope, id, payroll::Column::PayerCode)
        .await
        .map(authz::Authorized::into_inner)
}

/// Who takes a step, and when (the configured clock's now).
struct Actor<'a> {
    req: &'a RequestContext,
    scope: &'a Scope,
    now: chrono::DateTime<chrono::Utc>,
}

/// Saves the step with the version it read, and its audit row.
async fn save(
    txn: &DatabaseTransaction,
    by: &Actor<'_>,
    before: &payroll::Model,
    active: payroll::ActiveModel,
    action: &'static str,
    note: serde_json::Value,
) -> AppResult<payroll::Model> {
    let (req, scope) = (by.req, by.scope);
    let after = versioned::save(
        txn,
        active,
        payroll::Column::Version,
        payroll::Column::UpdatedAt,
        before.version,
        by.now,
    )
    .await?;
    audit::record(
        txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            action,
            "payroll",
            after.id.to_string(),
        )
        .at_node(after.payer_code)
        .before(before)
        .after(&serde_json::json!({ "payroll": &after, "step": note })),
    )
    .await?;
    Ok(after)
}

pub async fn approve(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
) -> AppResult<payroll::Model> {
    let (_writer, txn) = state.begin_write().await?;
    let before = find_in(&txn, scope, id).await?;
    // The decision refuses the preparing person under any of their accounts.
    authz::check(scope, Action::ApprovePayroll, &before)?;
    let now = state.now();
    let mut active: payroll::ActiveModel = before.clone().into();
    active.status = Set(lifecycle::step(before.status, PayrollStep::Approve)?);
    active.approved_by = Set(Some(scope.account_id()));
    active.approved_at = Set(Some(now));
    let by = Actor { req, scope, now };
    let after = save(&txn, &by, &before, active, "approve", serde_json::json!({})).await?;
    txn.commit().await?;
    Ok(after)
}

pub async fn mark_paid(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    paid_on: NaiveDate,
    reference: &str,
) -> AppResult<payroll::Model> {
    if reference.trim().is_empty() {
        return Err(AppError::input("reference", Key::PayrollReferenceRequired));
    }
    let reference = validate::text("reference", reference, MAX_REFERENCE)?;
    let today = state.today();
    if paid_on > today {
        return Err(AppError::input("paidOn", Key::InputDateOutOfRange));
    }
    let (_writer, txn) = state.begin_write().await?;
    let before = find_in(&txn, scope, id).await?;
    authz::check(scope, Action::MarkPayrollPaid, &before)?;
    if let Some(approved) = before.approved_at {
        let approved_on = approved.with_timezone(&crate::clock::china()).date_naive();
        if paid_on < approved_on {
            return Err(AppError::input("paidOn", Key::PayrollPaidBeforeApproval)
                .with("approvedOn", approved_on.to_string()));
        }
    }
    let now = state.now();
    let mut active: payroll::ActiveModel = before.clone().into();
    active.status = Set(lifecycle::step(before.status, PayrollStep::MarkPaid)?);
    active.paid_by = Set(Some(scope.account_id()));
    active.paid_on = Set(Some(paid_on));
    active.reference = Set(Some(reference));
    active.paid_fen = Set(Some(before.total_fen));
    let by = Actor { req, scope, now };
    let note = serde_json::json!({ "paidOn": paid_on });
    let after = save(&txn, &by, &before, active, "mark_paid", note).await?;
    txn.commit().await?;
    Ok(after)
}

pub struct Adjustment {
    pub payroll_id: Uuid,
    pub appointment_id: Uuid,
    pub amount: Fen,
    pub reason: String,
    pub idempotency_key: IdempotencyKey,
}

/// Adds a correction line with its reason; the lines already there, paid
/// or not, stay as they are. The payroll's total moves by the amount.
pub async fn adjust(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    adj: Adjustment,
) -> AppResult<payroll::Model> {
    let amount = Fen::correction("amountFen", adj.amount)?;
    if adj.reason.trim().is_empty() {
        return Err(AppError::input("reason", Key::RecordReasonRequired));
    }
    let reason = validate::text("reason", &adj.reason, crate::programme::correct::MAX_REASON)?;
    let key = adj.idempotency_key;
    let (_writer, txn) = state.begin_write().await?;
    if let Some(line) = idempotency::stored::<payroll_line::Entity>(&txn, scope, &key).await? {
        return find_in(&txn, scope, line.payroll_id).await;
    }
    let before = find_in(&txn, scope, adj.payroll_id).await?;
    authz::check(scope, Action::AdjustPayroll, &before)?;
    let post = crate::people::appointments::find(&txn, scope, adj.appointment_id).await?;
    let payer = crate::grid::code::GridCode::new(
        before.payer_code,
        crate::grid::code::Level::from_number(before.payer_level)
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("payroll {} level", before.id)))?,
    );
    let covered = ledger::subsidy_role(&post.role) == Some(before.role)
        && payer.subtree().contains(post.node_code);
    if !covered {
        return Err(AppError::input(
            "appointmentId",
            Key::PayrollAppointmentNotCovered,
        ));
    }
    let person = entity::person::Entity::find_by_id(post.person_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let lines = payroll_line::Entity::find()
        .filter(payroll_line::Column::PayrollId.eq(before.id))
        .count(&txn)
        .await?;
    let now = state.now();
    let line = payroll_line::ActiveModel {
        id: Set(Uuid::new_v4()),
        payroll_id: Set(before.id),
        payer_code: Set(before.payer_code),
        position: Set(i32::try_from(lines).unwrap_or(i32::MAX - 1) + 1),
        kind: Set(PayrollLineKind::Adjustment),
        appointment_id: Set(post.id),
        person_id: Set(person.id),
        person_name: Set(person.name.clone()),
        node_id: Set(post.node_id),
        node_code: Set(post.node_code),
        days_in_post: Set(0),
        standard_fen: Set(0),
        prorated_fen: Set(0),
        deduction_fen: Set(0),
        funding_source: Set(if person.auxiliary_post.is_some() {
            FundingSource::PovertyAlleviationFund
        } else {
            FundingSource::CountyBudget
        }),
        amount_fen: Set(amount.0),
        reason: Set(Some(reason)),
        idempotency_key: Set(Some(key.as_str().to_string())),
        created_by: Set(scope.account_id()),
        created_at: Set(now),
    };
    let Some(line) = idempotency::insert(&txn, line).await? else {
        drop(txn);
        let line = idempotency::winner::<payroll_line::Entity>(&state.db, scope, &key).await?;
        return find_in(&state.db, scope, line.payroll_id).await;
    };
    let mut active: payroll::ActiveModel = before.clone().into();
    active.status = Set(lifecycle::step(before.status, PayrollStep::Adjust)?);
    active.total_fen = Set(before.total_fen + amount.0);
    let by = Actor { req, scope, now };
    let note = serde_json::json!({ "line": &line });
    let after = save(&txn, &by, &before, active, "adjust", note).await?;
    txn.commit().await?;
    Ok(after)
}
