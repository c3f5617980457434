//! The rows for integrity signals (诚信预警). They are the county office's
//! supervision of the townships: administrators, leaders and viewers read
//! the signals of their subtree (a township its own); only an
//! administrator of the county or above runs the scan and dismisses a
//! signal, so a township cannot clear what was found about itself. Village
//! officers and group liaisons never see them: the signals are about them.
use super::{need, Action, AppError, AppResult, Key, Level, Role, Scope, Subject};
use entity::integrity_signal::IntegritySignalStatus;

fn reads(role: Role) -> bool {
    matches!(role, Role::Admin | Role::Leader | Role::Viewer)
}

/// The county office's own: an administrator at the county or above.
fn county_office(scope: &Scope) -> AppResult<()> {
    need(scope.role() == Role::Admin && scope.root().level <= Level::County)
}

/// The row for an integrity action, or `None` when `action` is not one.
pub(super) fn decide(
    scope: &Scope,
    action: Action,
    subject: &Subject<'_>,
) -> Option<AppResult<()>> {
    use Action as A;
    Some(match (subject, action) {
        (Subject::Node(_), A::ListIntegritySignals) => need(reads(scope.role())),
        (Subject::Node(_), A::ScanIntegrity) => county_office(scope),
        (Subject::IntegritySignal(_), A::Read) => need(reads(scope.role())),
        (Subject::IntegritySignal(s), A::DismissIntegritySignal) => dismiss(scope, s),
        _ => return None,
    })
}

fn dismiss(scope: &Scope, s: &entity::integrity_signal::Model) -> AppResult<()> {
    county_office(scope)?;
    if s.status == IntegritySignalStatus::Dismissed {
        return Err(AppError::input("id", Key::IntegritySignalAlreadyDismissed));
    }
    Ok(())
}
