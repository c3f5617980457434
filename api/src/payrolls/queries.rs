//! Reading payrolls: one by id, a page of a subtree's, and the lines of
//! each (in one statement for a whole page, `authz::loaders::payroll_lines`).
use crate::authz::{self, Authorized};
use crate::error::AppResult;
use crate::grid::service as grid;
use crate::pagination::{self, Key, Page};
use crate::scope::Scope;
use entity::payroll::{self, PayrollStatus};
use entity::payroll_line;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// A payroll the caller may see (its payer in the caller's subtree);
/// NOT_FOUND otherwise, exactly like a missing id.
pub async fn find(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<Authorized<payroll::Model>> {
    authz::find::<payroll::Entity>(db, scope, id, payroll::Column::PayerCode).await
}

/// Payrolls whose payer is at or below `under` (default: the caller's
/// node), by payer in grid-code order, newest year first.
pub async fn list(
    db: &impl ConnectionTrait,
    scope: &Scope,
    under: Option<Uuid>,
    year: Option<i32>,
    status: Option<PayrollStatus>,
    page: Page,
) -> AppResult<(Vec<Authorized<payroll::Model>>, pagination::Window)> {
    let range = grid::range_under(db, scope, under).await?;
    let mut q = authz::scoped::<payroll::Entity>(range, payroll::Column::PayerCode);
    if let Some(y) = year {
        q = q.filter(payroll::Column::Year.eq(y));
    }
    if let Some(s) = status {
        q = q.filter(payroll::Column::Status.eq(s));
    }
    let order = [
        Key::asc(payroll::Column::PayerCode),
        Key::desc(payroll::Column::Year),
        Key::asc(payroll::Column::Id),
    ];
    let (rows, window) = pagination::fetch(db, q, &order, page).await?;
    Ok((authz::visible(scope, rows), window))
}

/// The lines of a payroll the caller holds a proof for, in order, each
/// decided on its own (what `Payroll.lines` answers, without a DataLoader:
/// the Excel payroll reads one payroll).
pub async fn lines(
    db: &impl ConnectionTrait,
    scope: &Scope,
    payroll: &Authorized<payroll::Model>,
) -> AppResult<Vec<Authorized<payroll_line::Model>>> {
    authz::check(scope, authz::Action::Read, &**payroll)?;
    let rows = payroll_line::Entity::find()
        .filter(payroll_line::Column::PayrollId.eq(payroll.id))
        .order_by_asc(payroll_line::Column::Position)
        .all(db)
        .await?;
    Ok(authz::visible(scope, rows))
}
