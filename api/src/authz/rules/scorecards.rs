//! The rows for the township scorecard (考核表). The county office (an
//! administrator at the county, or above it) edits the template, scores
//! the items entered by hand and locks the year; everyone who can see a
//! township reads its card (its own administrators and leaders, the
//! levels above), and nobody changes a locked card.
use super::{need, Action, AppError, AppResult, Key, Level, Role, Scope, Subject};

/// The county office's administrators, or those above the county.
fn county_office(scope: &Scope) -> AppResult<()> {
    need(scope.role() == Role::Admin && scope.root().level <= Level::County)
}

/// The row for a scorecard action, or `None` when `action` is not one.
pub(super) fn decide(
    scope: &Scope,
    action: Action,
    subject: &Subject<'_>,
) -> Option<AppResult<()>> {
    use Action as A;
    Some(match (subject, action) {
        (Subject::Node(n), A::SetScorecardTemplate | A::LockScorecards) => county_office(scope)
            .and_then(|()| {
                if n.level == Level::County.number() {
                    Ok(())
                } else {
                    Err(AppError::input("countyId", Key::ScorecardAtCounty))
                }
            }),
        (Subject::Scorecard(card), A::SetScorecardItem) => {
            county_office(scope).and_then(|()| match card.locked {
                Some(_) => {
                    Err(AppError::input("scorecardId", Key::ScorecardLocked)
                        .with("year", card.year))
                }
                None => Ok(()),
            })
        }
        _ => return None,
    })
}
