//! The table. Each row says, for one action on one kind of record, what
//! the caller's role and the record's facts must be. Visibility (the
//! subtree) is decided before any row is read, in `decide`.
use super::action::Action;
use super::guarded::Subject;
use crate::auth::role::Role;
use crate::error::{AppError, AppResult, Key};
use crate::grid::code::Level;
use crate::hazards::lifecycle::{self, HazardAction, HazardSeverity};
use crate::inspections::kind::{InspectionKind, InspectionKindRules};
use crate::people::appointment_role::AppointmentRole;
use crate::programme::RecordKind;
use crate::scope::Scope;

mod assessments;
mod integrity;
mod money;
mod sanctions;
mod scorecards;

/// Kinds of work a role may do at all, below its node.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Permission {
    /// Create child nodes, edit node names and flags.
    EditGrid,
    /// Persons and appointments.
    ManagePeople,
    /// Login accounts and dashboard tokens.
    ManageAccounts,
    /// Personal data in full: ID numbers.
    SeeIdNumbers,
    /// Phone numbers in full.
    SeePhones,
    /// Record inspections, report hazards and move them along.
    FieldWork,
}

/// Role × permission. Anything not listed is denied.
pub fn allows(role: Role, permission: Permission) -> bool {
    use Permission::*;
    match role {
        Role::Admin | Role::Leader => true,
        Role::VillageOfficer => {
            matches!(permission, EditGrid | ManagePeople | SeePhones | FieldWork)
        }
        Role::GroupLiaison => matches!(permission, SeePhones | FieldWork),
        Role::Viewer => false,
    }
}

/// Which roles fit a node's level (DOMAIN.md's six levels): an
/// administrator or a read-only viewer anywhere, leaders at the county
/// and township, the village safety officer at a village, the group
/// safety liaison at a villager group. A role that does not fit would
/// see and edit a subtree its job does not cover (a village officer at
/// the county would have the whole county).
pub fn may_hold(role: Role, level: Level) -> bool {
    match role {
        Role::Admin | Role::Viewer => true,
        Role::Leader => matches!(level, Level::County | Level::Township),
        Role::VillageOfficer => level == Level::Village,
        Role::GroupLiaison => level == Level::Group,
    }
}

/// `may_hold` as an input check: BAD_USER_INPUT naming `role`.
pub fn check_fits(role: Role, level: Level) -> AppResult<()> {
    if may_hold(role, level) {
        Ok(())
    } else {
        Err(AppError::input("role", Key::AccountRoleLevel))
    }
}

/// Which roles an account of `role` may hand out or act on (never more
/// than its own).
pub fn may_grant(role: Role, granted: Role) -> bool {
    match role {
        Role::Admin => true,
        Role::Leader => !matches!(granted, Role::Admin),
        _ => false,
    }
}

/// Which role records which kind of inspection. Administrators and leaders
/// may type a paper record in for the officer who made it.
pub fn records_kind(role: Role, kind: InspectionKind) -> bool {
    match kind {
        InspectionKind::GroupPatrol => matches!(
            role,
            Role::GroupLiaison | Role::VillageOfficer | Role::Leader | Role::Admin
        ),
        InspectionKind::VillageInspection => {
            matches!(role, Role::VillageOfficer | Role::Leader | Role::Admin)
        }
        InspectionKind::LeaderVisit => matches!(role, Role::Leader | Role::Admin),
    }
}

/// Which role records which programme record (where it sits is
/// `RecordKind::allowed_at`). Administrators and leaders may type a paper
/// record in for whoever made it.
pub fn records_programme(role: Role, kind: RecordKind) -> bool {
    use RecordKind::*;
    match kind {
        // The township's own business, and what is checked from above.
        TownshipMeeting | LeadingGroupMeeting | Training | NotebookCheck | DutyReport
        | RosterSubmission | Demonstration => matches!(role, Role::Leader | Role::Admin),
        // The village officer's duties (附件2).
        VillageMeeting | Drill | WorkPlan => {
            matches!(role, Role::VillageOfficer | Role::Leader | Role::Admin)
        }
        // The group liaison's duties (附件3), which the village may also do.
        Publicity | CeremonyNotice | OnSiteReminder | Vehicle | Persuasion | SeasonalWarning => {
            matches!(
                role,
                Role::GroupLiaison | Role::VillageOfficer | Role::Leader | Role::Admin
            )
        }
    }
}

/// Kinds made about a village or group by the level above it: a village
/// does not spot-check its own notebooks or make itself a demonstration.
fn from_above(kind: RecordKind) -> bool {
    matches!(kind, RecordKind::NotebookCheck | RecordKind::Demonstration)
}

/// Who uploads documents: every role that keeps a ledger (their subtree
/// decides where).
fn uploads_documents(role: Role) -> bool {
    matches!(role, Role::Admin | Role::Leader | Role::VillageOfficer)
}

fn above_villages(scope: &Scope) -> AppResult<()> {
    need(scope.root().level.number() < Level::Village.number())
}

/// Whose work a field record may say it is (its `personId`): an officer or
/// liaison records their own; an administrator or leader types a paper
/// record in for the officer who made it.
pub fn names_others(role: Role) -> bool {
    matches!(role, Role::Admin | Role::Leader)
}

fn need(ok: bool) -> AppResult<()> {
    if ok {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

fn permitted(scope: &Scope, permission: Permission) -> AppResult<()> {
    need(allows(scope.role(), permission))
}

/// Writes about a node (creating below it, renaming it, appointing someone
/// to it) may not touch the caller's own node, except by an administrator:
/// the township appoints the village officer, not the officer themself.
fn below_own(scope: &Scope, code: i64) -> AppResult<()> {
    need(code != scope.root().code || scope.role() == Role::Admin)
}

/// The row for `action` on `subject`, which the caller can already see.
pub fn decide(scope: &Scope, action: Action, subject: &Subject<'_>) -> AppResult<()> {
    use Action as A;
    if let Some(row) = money::decide(scope, action, subject) {
        return row;
    }
    if let Some(row) = sanctions::decide(scope, action, subject) {
        return row;
    }
    if let Some(row) = integrity::decide(scope, action, subject) {
        return row;
    }
    if let Some(row) = scorecards::decide(scope, action, subject) {
        return row;
    }
    if let Some(row) = assessments::decide(scope, action, subject) {
        return row;
    }
    match (subject, action) {
        (_, A::Read) => Ok(()),

        // The child is below the caller's node even when `n` is its own.
        (Subject::Node(n), A::CreateChild) => {
            if n.level >= Level::Group.number() {
                return Err(AppError::input("parentId", Key::GridGroupHasNoChildren));
            }
            permitted(scope, Permission::EditGrid)
        }
        (Subject::Node(n), A::EditNode) => {
            permitted(scope, Permission::EditGrid)?;
            below_own(scope, n.code)
        }
        (Subject::Node(_), A::CreatePerson) => permitted(scope, Permission::ManagePeople),
        (Subject::Node(n), A::Appoint) => {
            permitted(scope, Permission::ManagePeople)?;
            below_own(scope, n.code)?;
            if n.level < Level::Village.number() {
                return Err(AppError::input("role", Key::AppointmentRoleLevel));
            }
            Ok(())
        }
        (Subject::Node(_), A::CreateAccount | A::CreateApiToken) => {
            permitted(scope, Permission::ManageAccounts)
        }
        (Subject::Node(n), A::RecordGroupPatrol) => {
            record_at(scope, n, InspectionKind::GroupPatrol)
        }
        (Subject::Node(n), A::RecordVillageInspection) => {
            record_at(scope, n, InspectionKind::VillageInspection)
        }
        (Subject::Node(n), A::RecordLeaderVisit) => {
            record_at(scope, n, InspectionKind::LeaderVisit)
        }
        (Subject::Node(_), A::ReportHazard) => permitted(scope, Permission::FieldWork),
        // The township records its own leadership team; the county may too.
        (Subject::Node(n), A::AppointLeader) => {
            permitted(scope, Permission::ManagePeople)?;
            if n.level != Level::Township.number() {
                return Err(AppError::input("role", Key::LeaderAtTownship));
            }
            from_township_or_above(scope)
        }
        (Subject::Node(n), A::CreateCampaign) => {
            permitted(scope, Permission::EditGrid)?;
            need(scope.role() == Role::Admin)?;
            if n.level > Level::County.number() {
                return Err(AppError::input("nodeId", Key::CampaignFromCounty));
            }
            Ok(())
        }
        (Subject::Node(_), A::UploadDocument) => need(uploads_documents(scope.role())),
        (Subject::Node(n), other) => match RecordKind::of_action(other) {
            Some(kind) => programme_at(scope, n, kind),
            None => Err(AppError::Forbidden),
        },

        (Subject::Person(_), A::EditPerson) => permitted(scope, Permission::ManagePeople),

        (
            Subject::Appointment(a),
            A::EditAppointment | A::EndAppointment | A::ReplaceAppointment,
        ) => {
            permitted(scope, Permission::ManagePeople)?;
            if a.role == AppointmentRole::TownshipLeader {
                from_township_or_above(scope)
            } else {
                below_own(scope, a.node_code)
            }
        }
        (Subject::Appointment(a), A::AssignVillages) => {
            permitted(scope, Permission::ManagePeople)?;
            leader_post(a)?;
            from_township_or_above(scope)
        }

        // Campaigns are edited where they were set, or above.
        (Subject::Campaign(c), A::EditCampaign) => {
            permitted(scope, Permission::EditGrid)?;
            need(scope.role() == Role::Admin)?;
            need(scope.range().contains(c.node_code))
        }

        (Subject::Account(acc), A::DisableAccount | A::ResetPassword | A::MoveAccount) => {
            permitted(scope, Permission::ManageAccounts)?;
            need(may_grant(scope.role(), acc.role))?;
            // Nobody acts on their own account this way, and a password is
            // reset only from above: not by a peer at the same node.
            need(acc.id != scope.account_id())?;
            if action == A::ResetPassword {
                need(acc.node_code != scope.root().code)?;
            }
            Ok(())
        }

        (Subject::Appointment(_), A::IssueNotebooks) => {
            need(records_programme(scope.role(), RecordKind::NotebookCheck))?;
            above_villages(scope)
        }

        (Subject::Record(r), A::CorrectRecord) => {
            need(records_programme(scope.role(), r.kind))?;
            // Its author, or an administrator above it.
            need(r.author_id == scope.account_id() || scope.role() == Role::Admin)
        }

        (Subject::Document(_), A::SupersedeDocument) => need(uploads_documents(scope.role())),

        (Subject::ApiToken(_), A::RevokeApiToken) => permitted(scope, Permission::ManageAccounts),

        (Subject::Inspection(i), A::CorrectInspection) => {
            permitted(scope, Permission::FieldWork)?;
            // Its author, or an administrator above it.
            need(i.author_id == scope.account_id() || scope.role() == Role::Admin)
        }

        (Subject::Hazard(h), hazard_action) => {
            let step = match hazard_action {
                A::FixOnSpot => HazardAction::FixOnSpot,
                A::PlanRectification => HazardAction::PlanRectification,
                A::Rectify => HazardAction::Rectify,
                A::Verify => HazardAction::VerifyPassed,
                A::Reopen => HazardAction::Reopen,
                A::Escalate => HazardAction::Escalate,
                A::EditHazard => HazardAction::Edit,
                _ => return Err(AppError::Forbidden),
            };
            permitted(scope, Permission::FieldWork)?;
            // Once a hazard has gone up, the level it left sees it but the
            // level above acts on it.
            need(scope.range().contains(h.handling_code))?;
            lifecycle::step(h.state, step)?;
            match hazard_action {
                A::Verify => verifier_is_not_rectifier(scope, h),
                A::FixOnSpot if h.severity == HazardSeverity::Major => {
                    Err(AppError::input("severity", Key::HazardMajorNeedsCheck))
                }
                A::Escalate if h.handling_level <= Level::County.number() => {
                    Err(AppError::input("id", Key::HazardAlreadyAtCounty))
                }
                _ => Ok(()),
            }
        }

        _ => Err(AppError::Forbidden),
    }
}

/// The township's own business, done by the township or from above it,
/// never by a village below.
fn from_township_or_above(scope: &Scope) -> AppResult<()> {
    need(scope.root().level <= Level::Township)
}

fn leader_post(a: &entity::appointment::Model) -> AppResult<()> {
    if a.role == AppointmentRole::TownshipLeader {
        Ok(())
    } else {
        Err(AppError::input("appointmentId", Key::LeaderPostOnly))
    }
}

fn record_at(scope: &Scope, n: &entity::grid_node::Model, kind: InspectionKind) -> AppResult<()> {
    permitted(scope, Permission::FieldWork)?;
    need(records_kind(scope.role(), kind))?;
    let level = Level::from_number(n.level).ok_or(AppError::Forbidden)?;
    if kind.allowed_at(level) {
        Ok(())
    } else {
        Err(AppError::input("kind", Key::InspectionKindNode))
    }
}

fn programme_at(scope: &Scope, n: &entity::grid_node::Model, kind: RecordKind) -> AppResult<()> {
    need(records_programme(scope.role(), kind))?;
    if from_above(kind) {
        above_villages(scope)?;
    }
    let level = Level::from_number(n.level).ok_or(AppError::Forbidden)?;
    if kind.allowed_at(level) {
        Ok(())
    } else {
        Err(AppError::input("nodeId", kind.where_key()))
    }
}

/// 复查销号 is made by someone other than who fixed it: another account,
/// and another person (one person's second account is still them).
fn verifier_is_not_rectifier(scope: &Scope, h: &entity::hazard::Model) -> AppResult<()> {
    let same_person =
        h.rectified_by_person_id.is_some() && h.rectified_by_person_id == scope.person_id();
    if h.rectified_by == Some(scope.account_id()) || same_person {
        return Err(AppError::input("verifier", Key::HazardVerifierIsRectifier));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_fit_only_their_levels() {
        assert!(may_hold(Role::Admin, Level::Province));
        assert!(may_hold(Role::Viewer, Level::Group));
        assert!(may_hold(Role::Leader, Level::Township));
        assert!(!may_hold(Role::Leader, Level::Village));
        assert!(!may_hold(Role::VillageOfficer, Level::County));
        assert!(may_hold(Role::VillageOfficer, Level::Village));
        assert!(!may_hold(Role::GroupLiaison, Level::Village));
        assert!(may_hold(Role::GroupLiaison, Level::Group));
        assert!(check_fits(Role::Leader, Level::Village).is_err());
    }
}
