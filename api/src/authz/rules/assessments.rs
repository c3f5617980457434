//! The rows for officer assessments (考核, issue 9). The notice: the
//! township assesses its village officers, the village its group
//! liaisons; the level above the assessor approves. Nobody assesses
//! themself, and nobody approves an assessment they made, submitted or
//! are the subject of, under whichever account (`Scope` carries the
//! caller's person). The rule sets (考核细则) are set by the county (the
//! default), a township (its officers') and a village (its liaisons').
use super::{need, Action, AppError, AppResult, Key, Level, Role, Scope, Subject};
use crate::assessments::lifecycle::{self, AssessmentStep};
use entity::assessment;
use entity::subsidy_standard::SubsidyRole;

/// Who assesses a post: a township's (or the county's) administrators
/// and leaders for a village officer; for a group liaison also the
/// village's officer.
fn assesses(scope: &Scope, post: SubsidyRole) -> AppResult<()> {
    let level = scope.root().level;
    match post {
        SubsidyRole::VillageOfficer => {
            need(matches!(scope.role(), Role::Admin | Role::Leader) && level <= Level::Township)
        }
        SubsidyRole::GroupLiaison => need(
            matches!(
                scope.role(),
                Role::Admin | Role::Leader | Role::VillageOfficer
            ) && level <= Level::Village,
        ),
    }
}

fn not_self(scope: &Scope, person: uuid::Uuid) -> AppResult<()> {
    if scope.person_id() == Some(person) {
        return Err(AppError::forbidden(Key::AssessmentOfSelf));
    }
    Ok(())
}

/// The row for an assessment action, or `None` when `action` is not one.
pub(super) fn decide(
    scope: &Scope,
    action: Action,
    subject: &Subject<'_>,
) -> Option<AppResult<()>> {
    use Action as A;
    Some(match (subject, action) {
        (Subject::Node(n), A::SetAssessmentRules) => set_rules(scope, n),
        (Subject::Appointment(a), A::StartAssessment) => start(scope, a),
        (Subject::Assessment(a), A::ScoreAssessment) => assess(scope, a, AssessmentStep::Score),
        (Subject::Assessment(a), A::SubmitAssessment) => assess(scope, a, AssessmentStep::Submit),
        (Subject::Assessment(a), A::ReviseAssessment) => assess(scope, a, AssessmentStep::Revise),
        (Subject::Assessment(a), A::ApproveAssessment) => approve(scope, a),
        _ => return None,
    })
}

/// The county's administrators set the default; a township's
/// administrators and leaders its own; a village's officer its own.
fn set_rules(scope: &Scope, n: &entity::grid_node::Model) -> AppResult<()> {
    let role = scope.role();
    match Level::from_number(n.level) {
        Some(Level::County) => need(role == Role::Admin),
        Some(Level::Township) => need(matches!(role, Role::Admin | Role::Leader)),
        Some(Level::Village) => need(matches!(
            role,
            Role::Admin | Role::Leader | Role::VillageOfficer
        )),
        _ => {
            need(matches!(
                role,
                Role::Admin | Role::Leader | Role::VillageOfficer
            ))?;
            Err(AppError::input("nodeId", Key::AssessmentRulesAt))
        }
    }
}

fn start(scope: &Scope, a: &entity::appointment::Model) -> AppResult<()> {
    let Some(post) = crate::subsidies::ledger::subsidy_role(&a.role) else {
        return Err(AppError::input(
            "appointmentId",
            Key::AssessmentPostNotAssessed,
        ));
    };
    assesses(scope, post)?;
    not_self(scope, a.person_id)
}

fn assess(scope: &Scope, a: &assessment::Model, step: AssessmentStep) -> AppResult<()> {
    assesses(scope, a.role)?;
    not_self(scope, a.person_id)?;
    lifecycle::step(a.status, a.superseded, step).map(|_| ())
}

fn approve(scope: &Scope, a: &assessment::Model) -> AppResult<()> {
    need(matches!(scope.role(), Role::Admin | Role::Leader))?;
    // The assessor's level, and anyone at or below it, does not approve:
    // a village never approves its own liaisons' assessments.
    if scope.root().level.number() >= a.assessor_level {
        return Err(AppError::forbidden(Key::AssessmentApprovedAbove));
    }
    lifecycle::step(a.status, a.superseded, AssessmentStep::Approve)?;
    let me = scope.person_id();
    if me == Some(a.person_id) {
        return Err(AppError::forbidden(Key::AssessmentAssessedCannotApprove));
    }
    if a.assessor_account == scope.account_id()
        || me == Some(a.assessor_person)
        || (me.is_some() && me == a.submitted_by_person)
    {
        return Err(AppError::input("id", Key::AssessmentAssessorCannotApprove));
    }
    Ok(())
}
