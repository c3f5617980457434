//! The rows for subsidies and payrolls (issue 9). The county office sets
//! the standards; the payer (the township for village officers, the village
//! for group liaisons) prepares, pays and adjusts its payroll; the level
//! above the payer approves it, never the person who prepared it, under
//! whichever account (`Scope` carries the caller's person).
use super::{need, Action, AppError, AppResult, Key, Level, Role, Scope, Subject};
use crate::payrolls::lifecycle::{self, PayrollStep};

/// Who keeps a payer's books: the township's and county's administrators
/// and leaders, and a village's officer for the village's own liaisons.
fn pays(role: Role) -> bool {
    matches!(role, Role::Admin | Role::Leader | Role::VillageOfficer)
}

/// The row for a money action, or `None` when `action` is not one.
pub(super) fn decide(
    scope: &Scope,
    action: Action,
    subject: &Subject<'_>,
) -> Option<AppResult<()>> {
    use Action as A;
    Some(match (subject, action) {
        (Subject::Node(n), A::SetSubsidyStandard) => set_standard(scope, n),
        (Subject::Node(n), A::PreparePayroll) => prepare(scope, n),
        (Subject::Payroll(p), A::ApprovePayroll) => approve(scope, p),
        (Subject::Payroll(p), A::MarkPayrollPaid) => {
            need(pays(scope.role())).and_then(|()| state(p, PayrollStep::MarkPaid))
        }
        (Subject::Payroll(p), A::AdjustPayroll) => {
            need(pays(scope.role())).and_then(|()| state(p, PayrollStep::Adjust))
        }
        _ => return None,
    })
}

/// The county's own administrators (or those above it) set its standard.
fn set_standard(scope: &Scope, n: &entity::grid_node::Model) -> AppResult<()> {
    need(scope.role() == Role::Admin)?;
    if n.level != Level::County.number() {
        return Err(AppError::input("countyId", Key::SubsidyStandardAtCounty));
    }
    Ok(())
}

fn prepare(scope: &Scope, n: &entity::grid_node::Model) -> AppResult<()> {
    need(pays(scope.role()))?;
    if n.level != Level::Township.number() && n.level != Level::Village.number() {
        return Err(AppError::input("payerNodeId", Key::PayrollPayerLevel));
    }
    Ok(())
}

fn approve(scope: &Scope, p: &entity::payroll::Model) -> AppResult<()> {
    need(matches!(scope.role(), Role::Admin | Role::Leader))?;
    // The payer does not approve its own payroll, nor does anyone below it.
    if scope.root().level.number() >= p.payer_level {
        return Err(AppError::forbidden(Key::PayrollApprovedAbove));
    }
    state(p, PayrollStep::Approve)?;
    // Separation of duties by person: another account of the preparer's
    // person is still the preparer.
    if p.prepared_by == scope.account_id() || scope.person_id() == Some(p.prepared_by_person) {
        return Err(AppError::input("id", Key::PayrollPreparerCannotApprove));
    }
    Ok(())
}

fn state(p: &entity::payroll::Model, step: PayrollStep) -> AppResult<()> {
    lifecycle::step(p.status, step).map(|_| ())
}
