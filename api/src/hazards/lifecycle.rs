//! The hazard state machine, as one table. Everything that moves a hazard
//! asks `next` first; a step the table does not allow is refused with the
//! states the hazard may go to from where it is.
//!
//! ```text
//! REPORTED ─fix on spot→ FIXED_ON_SPOT ─reopen→ REOPENED
//!    │  └─plan (deadline)→ RECTIFYING ─rectify→ RECTIFIED ─verify ok→ CLOSED ─reopen→ REOPENED
//!    │                        ↑   └─plan again       └─verify failed─┘
//! REOPENED behaves like REPORTED. Escalation keeps the state and moves the
//! handling node one level up (REPORTED, RECTIFYING, REOPENED).
//! ```
use crate::error::AppError;
use sea_orm::{ActiveEnum, Iterable};

/// The stored values, defined once with their tables (`entity`).
pub use entity::hazard::{HazardSeverity, HazardState};
pub use entity::hazard_event::HazardAction;

/// Finished: nothing changes any more except by reopening.
pub fn is_closed(state: HazardState) -> bool {
    CLOSED_STATES.contains(&state)
}

/// Still someone's job (counted as "open" in overviews).
pub fn is_open(state: HazardState) -> bool {
    !is_closed(state)
}

/// States in which a passed deadline makes the hazard overdue.
pub const OVERDUE_STATES: [HazardState; 3] = [
    HazardState::Reported,
    HazardState::Rectifying,
    HazardState::Reopened,
];

pub const OPEN_STATES: [HazardState; 4] = [
    HazardState::Reported,
    HazardState::Rectifying,
    HazardState::Rectified,
    HazardState::Reopened,
];

pub const CLOSED_STATES: [HazardState; 2] = [HazardState::FixedOnSpot, HazardState::Closed];

/// The table: where `action` takes a hazard in `state`, if it may.
pub fn next(state: HazardState, action: HazardAction) -> Option<HazardState> {
    use HazardAction as A;
    use HazardState as S;
    match (state, action) {
        (S::Reported | S::Reopened, A::FixOnSpot) => Some(S::FixedOnSpot),
        (S::Reported | S::Reopened | S::Rectifying, A::PlanRectification) => Some(S::Rectifying),
        (S::Rectifying, A::Rectify) => Some(S::Rectified),
        (S::Rectified, A::VerifyPassed) => Some(S::Closed),
        (S::Rectified, A::VerifyFailed) => Some(S::Rectifying),
        (S::Closed | S::FixedOnSpot, A::Reopen) => Some(S::Reopened),
        (s @ (S::Reported | S::Reopened | S::Rectifying), A::Escalate | A::AutoEscalate) => Some(s),
        (s, A::Edit) if is_open(s) => Some(s),
        _ => None,
    }
}

/// The states a hazard may move to from `state` (by any step but editing).
pub fn allowed_next(state: HazardState) -> Vec<HazardState> {
    let mut out = Vec::new();
    for action in HazardAction::iter() {
        if matches!(action, HazardAction::Edit | HazardAction::Report) {
            continue;
        }
        if let Some(to) = next(state, action) {
            if !out.contains(&to) {
                out.push(to);
            }
        }
    }
    out
}

/// `next`, or the BAD_USER_INPUT answer that lists the allowed states.
pub fn step(state: HazardState, action: HazardAction) -> Result<HazardState, AppError> {
    next(state, action).ok_or_else(|| AppError::IllegalTransition {
        from: state.to_value(),
        allowed: allowed_next(state)
            .iter()
            .map(HazardState::to_value)
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use HazardAction as A;
    use HazardState as S;

    #[test]
    fn every_pair_of_state_and_action_is_decided_by_the_table() {
        // The complete legal list; every other pair must be refused.
        let legal = [
            (S::Reported, A::FixOnSpot, S::FixedOnSpot),
            (S::Reopened, A::FixOnSpot, S::FixedOnSpot),
            (S::Reported, A::PlanRectification, S::Rectifying),
            (S::Reopened, A::PlanRectification, S::Rectifying),
            (S::Rectifying, A::PlanRectification, S::Rectifying),
            (S::Rectifying, A::Rectify, S::Rectified),
            (S::Rectified, A::VerifyPassed, S::Closed),
            (S::Rectified, A::VerifyFailed, S::Rectifying),
            (S::Closed, A::Reopen, S::Reopened),
            (S::FixedOnSpot, A::Reopen, S::Reopened),
            (S::Reported, A::Escalate, S::Reported),
            (S::Reopened, A::Escalate, S::Reopened),
            (S::Rectifying, A::Escalate, S::Rectifying),
            (S::Reported, A::AutoEscalate, S::Reported),
            (S::Reopened, A::AutoEscalate, S::Reopened),
            (S::Rectifying, A::AutoEscalate, S::Rectifying),
            (S::Reported, A::Edit, S::Reported),
            (S::Reopened, A::Edit, S::Reopened),
            (S::Rectifying, A::Edit, S::Rectifying),
            (S::Rectified, A::Edit, S::Rectified),
        ];
        for s in S::iter() {
            for a in A::iter() {
                let expected = legal
                    .iter()
                    .find(|(ls, la, _)| *ls == s && *la == a)
                    .map(|(_, _, to)| *to);
                assert_eq!(next(s, a), expected, "{s:?} --{a:?}-->");
            }
        }
    }

    #[test]
    fn closed_hazards_only_reopen() {
        assert_eq!(allowed_next(S::Closed), vec![S::Reopened]);
        assert_eq!(allowed_next(S::FixedOnSpot), vec![S::Reopened]);
        assert!(next(S::Closed, A::Edit).is_none());
    }

    #[test]
    fn a_refusal_names_the_allowed_states() {
        match step(S::Rectified, A::Rectify) {
            Err(AppError::IllegalTransition { from, allowed }) => {
                assert_eq!(from, "RECTIFIED");
                assert_eq!(allowed, vec!["CLOSED", "RECTIFYING"]);
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn open_and_closed_states_split_every_state() {
        for s in S::iter() {
            assert_ne!(
                OPEN_STATES.contains(&s),
                CLOSED_STATES.contains(&s),
                "{s:?}"
            );
            assert_eq!(is_open(s), OPEN_STATES.contains(&s), "{s:?}");
        }
        assert!(OVERDUE_STATES.iter().all(|s| is_open(*s)));
    }
}
