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
use async_graphql::Enum;

/// Where a hazard stands.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum HazardState {
    /// Reported, no plan yet.
    Reported,
    /// Fixed when found.
    FixedOnSpot,
    /// Being rectified under a plan.
    Rectifying,
    /// The fix is reported done and awaits its check.
    Rectified,
    /// Checked and closed (复查销号).
    Closed,
    /// Closed once, then reopened.
    Reopened,
}

/// How serious a hazard is.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum HazardSeverity {
    /// 一般隐患
    General,
    /// 重大隐患: never "fixed on the spot".
    Major,
}

/// What a step does; stored in `hazard_events.action`.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum HazardAction {
    /// Reported.
    Report,
    /// Fixed on the spot.
    FixOnSpot,
    /// A rectification planned (deadline, responsible person, measures).
    PlanRectification,
    /// The fix reported done.
    Rectify,
    /// The check passed; closed.
    VerifyPassed,
    /// The check failed; back to rectifying.
    VerifyFailed,
    /// A closed hazard reopened.
    Reopen,
    /// Escalated to the level above.
    Escalate,
    /// Escalated by the server because the deadline passed.
    AutoEscalate,
    /// Title, description, severity or category corrected while open.
    Edit,
}

impl HazardState {
    pub const ALL: [HazardState; 6] = [
        HazardState::Reported,
        HazardState::FixedOnSpot,
        HazardState::Rectifying,
        HazardState::Rectified,
        HazardState::Closed,
        HazardState::Reopened,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reported => "REPORTED",
            Self::FixedOnSpot => "FIXED_ON_SPOT",
            Self::Rectifying => "RECTIFYING",
            Self::Rectified => "RECTIFIED",
            Self::Closed => "CLOSED",
            Self::Reopened => "REOPENED",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Finished: nothing changes any more except by reopening.
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Closed | Self::FixedOnSpot)
    }

    /// Still someone's job (counted as "open" in overviews).
    pub fn is_open(self) -> bool {
        !self.is_closed()
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
}

impl HazardSeverity {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::General => "GENERAL",
            Self::Major => "MAJOR",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [Self::General, Self::Major]
            .into_iter()
            .find(|x| x.as_str() == s)
    }
}

impl HazardAction {
    pub const ALL: [HazardAction; 10] = [
        HazardAction::Report,
        HazardAction::FixOnSpot,
        HazardAction::PlanRectification,
        HazardAction::Rectify,
        HazardAction::VerifyPassed,
        HazardAction::VerifyFailed,
        HazardAction::Reopen,
        HazardAction::Escalate,
        HazardAction::AutoEscalate,
        HazardAction::Edit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Report => "REPORT",
            Self::FixOnSpot => "FIX_ON_SPOT",
            Self::PlanRectification => "PLAN_RECTIFICATION",
            Self::Rectify => "RECTIFY",
            Self::VerifyPassed => "VERIFY_PASSED",
            Self::VerifyFailed => "VERIFY_FAILED",
            Self::Reopen => "REOPEN",
            Self::Escalate => "ESCALATE",
            Self::AutoEscalate => "AUTO_ESCALATE",
            Self::Edit => "EDIT",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

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
        (s, A::Edit) if s.is_open() => Some(s),
        _ => None,
    }
}

/// The states a hazard may move to from `state` (by any step but editing).
pub fn allowed_next(state: HazardState) -> Vec<HazardState> {
    let mut out = Vec::new();
    for action in HazardAction::ALL {
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
        from: state.as_str(),
        allowed: allowed_next(state)
            .into_iter()
            .map(HazardState::as_str)
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
        for s in S::ALL {
            for a in A::ALL {
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
    fn names_round_trip() {
        for s in S::ALL {
            assert_eq!(S::parse(s.as_str()), Some(s));
        }
        for a in A::ALL {
            assert_eq!(A::parse(a.as_str()), Some(a));
        }
    }
}
