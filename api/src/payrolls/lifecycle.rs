//! The payroll's state machine, as one table: DRAFT → APPROVED → PAID,
//! nothing goes back. A paid payroll is locked: only an adjustment line
//! (a correction with its reason) may still be added, which keeps the paid
//! lines as they were paid. An approved one waits for payment unchanged,
//! so that what is paid is what was approved.
use crate::error::{AppError, AppResult, Key};
use entity::payroll::PayrollStatus;

/// What a caller may try on a payroll.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum PayrollStep {
    Approve,
    MarkPaid,
    Adjust,
}

/// The state after `step`, or the refusal naming why (field `id`).
pub fn step(status: PayrollStatus, step: PayrollStep) -> AppResult<PayrollStatus> {
    use PayrollStatus::*;
    use PayrollStep::*;
    let refused = |key| Err(AppError::input("id", key));
    match (status, step) {
        (Draft, Approve) => Ok(Approved),
        (Draft, MarkPaid) => refused(Key::PayrollNotApproved),
        (Draft, Adjust) => Ok(Draft),
        (Approved, Approve) => refused(Key::PayrollAlreadyApproved),
        (Approved, MarkPaid) => Ok(Paid),
        (Approved, Adjust) => refused(Key::PayrollApprovedLocked),
        (Paid, Approve | MarkPaid) => refused(Key::PayrollPaidLocked),
        (Paid, Adjust) => Ok(Paid),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PayrollStatus::*;
    use PayrollStep::*;

    fn key(r: AppResult<PayrollStatus>) -> Option<&'static str> {
        r.err()
            .map(|e| e.describe(crate::error::Lang::En).key.as_str())
    }

    #[test]
    fn every_state_and_step_has_one_answer() {
        assert!(matches!(step(Draft, Approve), Ok(Approved)));
        assert!(matches!(step(Draft, Adjust), Ok(Draft)));
        assert!(matches!(step(Approved, MarkPaid), Ok(Paid)));
        assert!(matches!(step(Paid, Adjust), Ok(Paid)));
        assert_eq!(key(step(Draft, MarkPaid)), Some("payroll.not_approved"));
        assert_eq!(
            key(step(Approved, Approve)),
            Some("payroll.already_approved")
        );
        assert_eq!(key(step(Approved, Adjust)), Some("payroll.approved_locked"));
        assert_eq!(key(step(Paid, Approve)), Some("payroll.paid_locked"));
        assert_eq!(key(step(Paid, MarkPaid)), Some("payroll.paid_locked"));
    }
}
