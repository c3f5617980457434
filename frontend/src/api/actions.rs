//! What the server says the signed-in user may do with a record
//! (`allowedActions`). The web app shows a button or opens a form only
//! when the action is listed: it never guesses from roles or states.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Action {
    Read,
    CreateChild,
    EditNode,
    CreatePerson,
    Appoint,
    CreateAccount,
    CreateApiToken,
    RecordGroupPatrol,
    RecordVillageInspection,
    RecordLeaderVisit,
    ReportHazard,
    EditPerson,
    EditAppointment,
    EndAppointment,
    ReplaceAppointment,
    DisableAccount,
    ResetPassword,
    MoveAccount,
    RevokeApiToken,
    CorrectInspection,
    PlanRectification,
    FixOnSpot,
    Rectify,
    Verify,
    Reopen,
    Escalate,
    EditHazard,
    RecordTownshipMeeting,
    RecordLeadingGroupMeeting,
    RecordVillageMeeting,
    RecordTraining,
    RecordDrill,
    RecordPublicity,
    RecordWorkPlan,
    RecordCeremonyNotice,
    RecordOnSiteReminder,
    RegisterVehicle,
    RecordPersuasion,
    RecordSeasonalWarning,
    /// File a township leader's monthly duty report (履职报告) here.
    RecordDutyReport,
    /// Submit the township's roster (名单报送) to the county.
    SubmitRoster,
    /// Designate this village or group the township's demonstration site.
    SetDemonstration,
    UploadDocument,
    CorrectRecord,
    SupersedeDocument,
    /// Set a campaign (工作部署) for the townships below this node.
    CreateCampaign,
    /// Change a campaign's name, year and milestones.
    EditCampaign,
    /// Appoint a township leader (领导班子成员) at this township.
    AppointLeader,
    /// Assign a township leader their villages (挂包村).
    AssignVillages,
    /// Prepare this payer's payroll for a year (编制补贴发放表).
    PreparePayroll,
    /// Approve the payroll, from the level above the payer (审核).
    ApprovePayroll,
    /// Mark the approved payroll paid, with the day and the reference (发放).
    MarkPayrollPaid,
    /// Add an adjustment line with its reason.
    AdjustPayroll,
    /// Set the county's rule of a year for proposing award disqualifications.
    SetSanctionRules,
    /// Record the county's sanction of this township or post.
    RecordSanction,
    /// See the integrity signals (诚信预警) at and below this node.
    ListIntegritySignals,
    /// Scan this node's subtree for integrity signals now.
    ScanIntegrity,
    /// Dismiss the signal with a reason (the county office only).
    DismissIntegritySignal,
    /// Start (or open) this post's assessment for a period (开始考核).
    StartAssessment,
    /// Score an item of a draft assessment.
    ScoreAssessment,
    /// Submit the draft for approval.
    SubmitAssessment,
    /// Approve it, from the level above the assessor (审核).
    ApproveAssessment,
    /// Correct an approved assessment: a new draft version with a reason.
    ReviseAssessment,
    /// Edit the county's scorecard template for a year (考核表模板).
    SetScorecardTemplate,
    /// Lock the county's scorecards for a year and rank the townships.
    LockScorecards,
    /// Enter an item's points on a township's card.
    SetScorecardItem,
    /// An action added on the server after this build: never offered.
    #[serde(other)]
    Other,
}

/// Whether `actions` allows any kind of field record (a patrol or an
/// inspection) at the user's own node: who the patrol form is for.
pub fn records_inspections(actions: &[Action]) -> bool {
    actions.iter().any(|a| {
        matches!(
            a,
            Action::RecordGroupPatrol | Action::RecordVillageInspection | Action::RecordLeaderVisit
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_action_is_read_but_never_offered() {
        let acts: Vec<Action> =
            serde_json::from_str(r#"["VERIFY","SOMETHING_NEW"]"#).expect("actions");
        assert_eq!(acts, vec![Action::Verify, Action::Other]);
        assert!(!records_inspections(&acts));
    }

    #[test]
    fn a_liaison_at_its_group_gets_the_patrol_form() {
        assert!(records_inspections(&[
            Action::ReportHazard,
            Action::RecordGroupPatrol
        ]));
        assert!(!records_inspections(&[Action::ReportHazard]));
    }
}
