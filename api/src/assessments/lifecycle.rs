//! The assessment's state machine, as one table: DRAFT → SUBMITTED →
//! APPROVED. Only a draft is scored or submitted; an approved one is
//! locked, and revising it makes a new draft version (the old one kept,
//! superseded). A superseded version takes no step at all.
use crate::error::{AppError, AppResult, Key};
use entity::assessment::AssessmentStatus;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AssessmentStep {
    Score,
    Submit,
    Approve,
    Revise,
}

/// The state after `step` (for a revision: the new version's), or the
/// refusal naming why (field `id`).
pub fn step(
    status: AssessmentStatus,
    superseded: bool,
    step: AssessmentStep,
) -> AppResult<AssessmentStatus> {
    use AssessmentStatus::*;
    use AssessmentStep::*;
    let refused = |key| Err(AppError::input("id", key));
    if superseded {
        return refused(Key::AssessmentSuperseded);
    }
    match (status, step) {
        (Draft, Score) => Ok(Draft),
        (Draft, Submit) => Ok(Submitted),
        (Draft, Approve) => refused(Key::AssessmentNotSubmitted),
        (Draft | Submitted, Revise) => refused(Key::AssessmentNotApproved),
        (Submitted, Score | Submit) => refused(Key::AssessmentNotDraft),
        (Submitted, Approve) => Ok(Approved),
        (Approved, Score | Submit | Approve) => refused(Key::AssessmentApprovedLocked),
        (Approved, Revise) => Ok(Draft),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AssessmentStatus::*;
    use AssessmentStep::*;

    fn key(r: AppResult<AssessmentStatus>) -> Option<&'static str> {
        r.err()
            .map(|e| e.describe(crate::error::Lang::En).key.as_str())
    }

    #[test]
    fn every_state_and_step_has_one_answer() {
        assert!(matches!(step(Draft, false, Score), Ok(Draft)));
        assert!(matches!(step(Draft, false, Submit), Ok(Submitted)));
        assert!(matches!(step(Submitted, false, Approve), Ok(Approved)));
        assert!(matches!(step(Approved, false, Revise), Ok(Draft)));
        assert_eq!(
            key(step(Draft, false, Approve)),
            Some("assessment.not_submitted")
        );
        assert_eq!(
            key(step(Draft, false, Revise)),
            Some("assessment.not_approved")
        );
        assert_eq!(
            key(step(Submitted, false, Score)),
            Some("assessment.not_draft")
        );
        assert_eq!(
            key(step(Submitted, false, Revise)),
            Some("assessment.not_approved")
        );
        for s in [Score, Submit, Approve] {
            assert_eq!(
                key(step(Approved, false, s)),
                Some("assessment.approved_locked")
            );
        }
        assert_eq!(
            key(step(Approved, true, Revise)),
            Some("assessment.superseded")
        );
    }
}
