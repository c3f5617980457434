//! Everything a caller can do to a record, as one GraphQL enum: the values
//! of `allowedActions` on every record type.
use async_graphql::Enum;

/// Something a caller may do with a record (what `allowedActions` lists).
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// See the record (every record type).
    Read,
    // ---- at a grid node
    /// Create a child node below this one.
    CreateChild,
    /// Rename the node, change its flags.
    EditNode,
    /// Register a person at this node.
    CreatePerson,
    /// Appoint an officer or liaison at this node.
    Appoint,
    /// Create a login account at this node.
    CreateAccount,
    /// Create a read-only dashboard token bound to this node.
    CreateApiToken,
    /// Record a group patrol (组级巡查) at this node.
    RecordGroupPatrol,
    /// Record a village inspection (村级检查) at this node.
    RecordVillageInspection,
    /// Record a leader's visit (包村领导走访) at this node.
    RecordLeaderVisit,
    /// Report a hazard found at this node.
    ReportHazard,
    // ---- a person
    /// Edit the person's name, phone, ID number or post.
    EditPerson,
    // ---- an appointment
    /// Change the appointment's dates.
    EditAppointment,
    /// End the appointment.
    EndAppointment,
    /// End it and appoint a successor in one step.
    ReplaceAppointment,
    // ---- an account
    /// Disable or enable the account.
    DisableAccount,
    /// Set a new password for someone else's account.
    ResetPassword,
    /// Move the account to another node.
    MoveAccount,
    // ---- an API token
    /// Revoke the token.
    RevokeApiToken,
    // ---- an inspection
    /// Correct the record (a new version; after the month closes, with a reason).
    CorrectInspection,
    // ---- a hazard
    /// Plan the rectification with a deadline (限期整改).
    PlanRectification,
    /// Fix it on the spot (一般隐患 only).
    FixOnSpot,
    /// Report the rectification done.
    Rectify,
    /// Check the rectification and close it (复查销号), or send it back.
    Verify,
    /// Reopen a closed hazard.
    Reopen,
    /// Pass it up to the next level (上报).
    Escalate,
    /// Correct its title, description, severity or category while open.
    EditHazard,
}

impl Action {
    /// Recording an inspection of `kind` at a node.
    pub fn record(kind: crate::inspections::kind::InspectionKind) -> Action {
        use crate::inspections::kind::InspectionKind as K;
        match kind {
            K::GroupPatrol => Action::RecordGroupPatrol,
            K::VillageInspection => Action::RecordVillageInspection,
            K::LeaderVisit => Action::RecordLeaderVisit,
        }
    }

    pub const NODE: &'static [Action] = &[
        Action::CreateChild,
        Action::EditNode,
        Action::CreatePerson,
        Action::Appoint,
        Action::CreateAccount,
        Action::CreateApiToken,
        Action::RecordGroupPatrol,
        Action::RecordVillageInspection,
        Action::RecordLeaderVisit,
        Action::ReportHazard,
    ];
    pub const PERSON: &'static [Action] = &[Action::EditPerson];
    pub const APPOINTMENT: &'static [Action] = &[
        Action::EditAppointment,
        Action::EndAppointment,
        Action::ReplaceAppointment,
    ];
    pub const ACCOUNT: &'static [Action] = &[
        Action::DisableAccount,
        Action::ResetPassword,
        Action::MoveAccount,
    ];
    pub const API_TOKEN: &'static [Action] = &[Action::RevokeApiToken];
    pub const INSPECTION: &'static [Action] = &[Action::CorrectInspection];
    pub const HAZARD: &'static [Action] = &[
        Action::FixOnSpot,
        Action::PlanRectification,
        Action::Rectify,
        Action::Verify,
        Action::Reopen,
        Action::Escalate,
        Action::EditHazard,
    ];
}
