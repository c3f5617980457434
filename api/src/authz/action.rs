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
    // ---- programme records at a node (one per `programme::RecordKind`)
    /// Record the township's monthly safety meeting (安全生产例会) here.
    RecordTownshipMeeting,
    /// Record a leading group meeting (领导小组会议) here.
    RecordLeadingGroupMeeting,
    /// Record a village safety meeting (村级安全会议) here.
    RecordVillageMeeting,
    /// Record a training session (培训) here.
    RecordTraining,
    /// Record an emergency drill (应急演练) here.
    RecordDrill,
    /// Record a publicity session (宣传教育) here.
    RecordPublicity,
    /// Record the village's annual work plan (年度工作计划) here.
    RecordWorkPlan,
    /// Spot-check a work notebook (笔记本抽查) of someone posted here.
    RecordNotebookCheck,
    /// File a leader's monthly duty report (履职报告) here.
    RecordDutyReport,
    /// Record a ceremony notice (红白喜事打招呼) here.
    RecordCeremonyNotice,
    /// Record an on-site reminder (跟场提醒) at a ceremony here.
    RecordOnSiteReminder,
    /// Register a motor vehicle (机动车排查登记) here.
    RegisterVehicle,
    /// Record a talk with a driver (劝导) here.
    RecordPersuasion,
    /// Record a seasonal warning (季节性提醒) given here.
    RecordSeasonalWarning,
    /// Submit the township's roster (名单报送) to the county.
    SubmitRoster,
    /// Designate this node a demonstration village or group (示范村/示范组).
    SetDemonstration,
    /// Upload a document (PDF or image) as evidence at this node.
    UploadDocument,
    // ---- an appointment, from above the village
    /// Issue the work notebook (工作笔记本) to this post.
    IssueNotebooks,
    // ---- a programme record
    /// Correct the record: a new version with a reason; the old one is kept.
    CorrectRecord,
    // ---- a document
    /// Upload a newer version that supersedes this one.
    SupersedeDocument,
    // ---- leaders and campaigns (issue 8)
    /// Appoint a township leader (领导班子成员) at this township.
    AppointLeader,
    /// Set a campaign with deadlines for the townships below this node.
    CreateCampaign,
    /// Assign a township leader their villages (挂包村).
    AssignVillages,
    /// Change the campaign's name and milestones.
    EditCampaign,
    // ---- subsidies and payrolls (issue 9)
    /// Set the county's subsidy standard for a year and post (补贴标准).
    SetSubsidyStandard,
    /// Prepare this payer's payroll for a year (编制补贴发放表).
    PreparePayroll,
    /// Approve the payroll, from the level above the payer (审核).
    ApprovePayroll,
    /// Mark the approved payroll paid, with the day and the reference (发放).
    MarkPayrollPaid,
    /// Add an adjustment line with its reason (调整).
    AdjustPayroll,
    // ---- sanctions (issue 9)
    /// Set the county's rule of a year for proposing award disqualifications.
    SetSanctionRules,
    /// Record the county's sanction of this township (警示约谈) or post
    /// (取消当年评先评优).
    RecordSanction,
    // ---- integrity signals (诚信预警)
    /// See the integrity signals at and below this node.
    ListIntegritySignals,
    /// Scan this node's subtree for integrity signals now.
    ScanIntegrity,
    /// Dismiss the signal with a reason (the county office only).
    DismissIntegritySignal,
    // ---- the township scorecard (考核表)
    /// Edit the county's scorecard template for a year (考核表模板).
    SetScorecardTemplate,
    /// Lock the county's scorecards for a year and rank the townships.
    LockScorecards,
    /// Enter an item's points on a township's card, with evidence.
    SetScorecardItem,
    // ---- officer assessments (考核, issue 9)
    /// Set the assessment rules (考核细则) at this node.
    SetAssessmentRules,
    /// Start (or open) this post's assessment for a period.
    StartAssessment,
    /// Score an item of a draft assessment.
    ScoreAssessment,
    /// Submit the draft for approval.
    SubmitAssessment,
    /// Approve it, from the level above the assessor (审核).
    ApproveAssessment,
    /// Correct an approved assessment: a new draft version with a reason.
    ReviseAssessment,
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
        Action::RecordTownshipMeeting,
        Action::RecordLeadingGroupMeeting,
        Action::RecordVillageMeeting,
        Action::RecordTraining,
        Action::RecordDrill,
        Action::RecordPublicity,
        Action::RecordWorkPlan,
        Action::RecordNotebookCheck,
        Action::RecordDutyReport,
        Action::RecordCeremonyNotice,
        Action::RecordOnSiteReminder,
        Action::RegisterVehicle,
        Action::RecordPersuasion,
        Action::RecordSeasonalWarning,
        Action::SubmitRoster,
        Action::SetDemonstration,
        Action::UploadDocument,
        Action::AppointLeader,
        Action::CreateCampaign,
        Action::SetSubsidyStandard,
        Action::PreparePayroll,
        Action::SetSanctionRules,
        Action::RecordSanction,
        Action::ListIntegritySignals,
        Action::ScanIntegrity,
        Action::SetScorecardTemplate,
        Action::LockScorecards,
        Action::SetAssessmentRules,
    ];
    pub const PERSON: &'static [Action] = &[Action::EditPerson];
    pub const APPOINTMENT: &'static [Action] = &[
        Action::EditAppointment,
        Action::EndAppointment,
        Action::ReplaceAppointment,
        Action::IssueNotebooks,
        Action::AssignVillages,
        Action::RecordSanction,
        Action::StartAssessment,
    ];
    pub const CAMPAIGN: &'static [Action] = &[Action::EditCampaign];
    pub const PAYROLL: &'static [Action] = &[
        Action::ApprovePayroll,
        Action::MarkPayrollPaid,
        Action::AdjustPayroll,
    ];
    pub const INTEGRITY_SIGNAL: &'static [Action] = &[Action::DismissIntegritySignal];
    pub const SCORECARD: &'static [Action] = &[Action::SetScorecardItem];
    pub const ASSESSMENT: &'static [Action] = &[
        Action::ScoreAssessment,
        Action::SubmitAssessment,
        Action::ApproveAssessment,
        Action::ReviseAssessment,
    ];
    pub const ACCOUNT: &'static [Action] = &[
        Action::DisableAccount,
        Action::ResetPassword,
        Action::MoveAccount,
    ];
    pub const API_TOKEN: &'static [Action] = &[Action::RevokeApiToken];
    pub const INSPECTION: &'static [Action] = &[Action::CorrectInspection];
    /// Every programme record (`programme::RecordFacts::actions` may add
    /// a kind's own).
    pub const RECORD: &'static [Action] = &[Action::CorrectRecord];
    pub const DOCUMENT: &'static [Action] = &[Action::SupersedeDocument];
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
