//! The decision itself: visibility first (NOT_FOUND), then the table.
use super::action::Action;
use super::guarded::{Guarded, Subject};
use super::proof::Authorized;
use super::rules;
use crate::error::{AppError, AppResult};
use crate::scope::Scope;

fn visible(scope: &Scope, subject: &Subject<'_>) -> bool {
    if let Subject::Photo(p) = subject {
        // Before it is attached, a photo is its uploader's alone.
        if p.owner_id.is_none() {
            return p.uploaded_by == scope.account_id();
        }
    }
    if let Subject::Campaign(c) = subject {
        // A campaign is the county's instruction to everyone below it: the
        // townships read the deadlines set above them.
        let level = crate::grid::code::Level::from_number(c.node_level);
        let at = level.map(|l| crate::grid::code::GridCode::new(c.node_code, l));
        if at.is_some_and(|at| at.subtree().contains(scope.root().code)) {
            return true;
        }
    }
    if let Subject::SubsidyStandard(s) = subject {
        // Like a campaign: the county's standard is what everyone below it
        // is paid by.
        let county =
            crate::grid::code::GridCode::new(s.node_code, crate::grid::code::Level::County);
        if county.subtree().contains(scope.root().code) {
            return true;
        }
    }
    scope.range().contains(subject.visibility_code())
}

/// May the caller take `action` on `record`? The one function every read,
/// write and nested field asks.
pub fn check<T: Guarded>(scope: &Scope, action: Action, record: &T) -> AppResult<()> {
    let subject = record.subject();
    if !visible(scope, &subject) {
        return Err(AppError::NotFound);
    }
    rules::decide(scope, action, &subject)
}

/// May a record made by the caller say it is `person`'s work? (The
/// caller's own person always; someone else's only by `rules::names_others`.)
pub fn check_named_person(
    scope: &Scope,
    own: Option<uuid::Uuid>,
    person: uuid::Uuid,
) -> AppResult<()> {
    if own == Some(person) || rules::names_others(scope.role()) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// `check`, and the proof a service requires.
pub fn authorize<T: Guarded>(scope: &Scope, action: Action, record: T) -> AppResult<Authorized<T>> {
    check(scope, action, &record)?;
    Ok(Authorized::new(record, action))
}

/// The actions the caller may take on `record` now, by the same decision.
pub fn allowed_actions<T: Guarded>(scope: &Scope, record: &T) -> Vec<Action> {
    record
        .actions()
        .iter()
        .copied()
        .filter(|a| check(scope, *a, record).is_ok())
        .collect()
}

/// The shared facts of a proved programme record, under the same proof
/// (what `programme::RecordFields` serves).
pub fn facts_of<E: crate::programme::RecordEntity>(
    proof: &Authorized<E::Model>,
) -> Authorized<crate::programme::RecordFacts> {
    Authorized::new(E::facts(proof), proof.action())
}

/// The server's own rounds (overdue escalation by the clock) act with no
/// caller: they get their proof here, and only they call this.
pub fn server_round<T: Guarded>(record: T, action: Action) -> Authorized<T> {
    Authorized::new(record, action)
}
