//! Every kind of programme record the notice asks for, one name each. The
//! authorization table (`authz::rules::records_programme`) has a row per
//! kind; photos, audit rows and old versions name the kind's table by
//! [`RecordKind::entity`].
use crate::authz::Action;
use crate::error::Key;
use crate::grid::code::Level;

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum RecordKind {
    /// 安全生产例会: the township's monthly safety meeting.
    TownshipMeeting,
    /// 领导小组会议: the leading group's meeting (township or county).
    LeadingGroupMeeting,
    /// 村级安全会议: a village safety meeting (≥ 4 a year).
    VillageMeeting,
    /// 培训: officers and liaisons trained by the township.
    Training,
    /// 应急演练: a village's emergency rescue drill.
    Drill,
    /// 宣传教育: a publicity and education session.
    Publicity,
    /// 年度工作计划: a village's annual work plan.
    WorkPlan,
    /// 笔记本抽查: a spot check of one person's work notebook.
    NotebookCheck,
    /// 履职报告: a township leader's monthly duty report.
    DutyReport,
    /// 红白喜事打招呼: a family's notice of a wedding or funeral.
    CeremonyNotice,
    /// 跟场提醒: a reminder given on site at a ceremony.
    OnSiteReminder,
    /// 机动车排查登记: a motor vehicle of the group.
    Vehicle,
    /// 劝导: a talk with a driver.
    Persuasion,
    /// 季节性提醒: firewood and straw, swimming, mushrooms, wasps, roads, fire.
    SeasonalWarning,
    /// 名单报送: the township's roster sent to the county.
    RosterSubmission,
    /// 示范村/示范组: a demonstration village or group.
    Demonstration,
}

impl RecordKind {
    /// The table's name in photos' `owner_kind`, audit rows and old
    /// versions (at most 16 characters: the columns are that wide).
    pub fn entity(self) -> &'static str {
        use RecordKind::*;
        match self {
            TownshipMeeting | LeadingGroupMeeting | VillageMeeting => "meeting",
            Training => "training",
            Drill => "drill",
            Publicity => "publicity",
            WorkPlan => "work_plan",
            NotebookCheck => "notebook_check",
            DutyReport => "duty_report",
            CeremonyNotice => "ceremony_notice",
            OnSiteReminder => "onsite_reminder",
            Vehicle => "vehicle",
            Persuasion => "persuasion",
            SeasonalWarning => "seasonal_warning",
            RosterSubmission => "roster",
            Demonstration => "demonstration",
        }
    }

    /// The action that records one at a node (what `allowedActions` of a
    /// node lists when the caller may).
    pub fn action(self) -> Action {
        use RecordKind::*;
        match self {
            TownshipMeeting => Action::RecordTownshipMeeting,
            LeadingGroupMeeting => Action::RecordLeadingGroupMeeting,
            VillageMeeting => Action::RecordVillageMeeting,
            Training => Action::RecordTraining,
            Drill => Action::RecordDrill,
            Publicity => Action::RecordPublicity,
            WorkPlan => Action::RecordWorkPlan,
            NotebookCheck => Action::RecordNotebookCheck,
            DutyReport => Action::RecordDutyReport,
            CeremonyNotice => Action::RecordCeremonyNotice,
            OnSiteReminder => Action::RecordOnSiteReminder,
            Vehicle => Action::RegisterVehicle,
            Persuasion => Action::RecordPersuasion,
            SeasonalWarning => Action::RecordSeasonalWarning,
            RosterSubmission => Action::SubmitRoster,
            Demonstration => Action::SetDemonstration,
        }
    }

    pub const ALL: [RecordKind; 16] = [
        RecordKind::TownshipMeeting,
        RecordKind::LeadingGroupMeeting,
        RecordKind::VillageMeeting,
        RecordKind::Training,
        RecordKind::Drill,
        RecordKind::Publicity,
        RecordKind::WorkPlan,
        RecordKind::NotebookCheck,
        RecordKind::DutyReport,
        RecordKind::CeremonyNotice,
        RecordKind::OnSiteReminder,
        RecordKind::Vehicle,
        RecordKind::Persuasion,
        RecordKind::SeasonalWarning,
        RecordKind::RosterSubmission,
        RecordKind::Demonstration,
    ];

    /// The kind an action records, if it records one.
    pub fn of_action(action: Action) -> Option<RecordKind> {
        Self::ALL.into_iter().find(|k| k.action() == action)
    }

    /// Where a record of this kind sits.
    pub fn allowed_at(self, level: Level) -> bool {
        use Level::*;
        use RecordKind::*;
        match self {
            TownshipMeeting | DutyReport | RosterSubmission => level == Township,
            LeadingGroupMeeting | Training => matches!(level, County | Township),
            VillageMeeting | Drill | WorkPlan => level == Village,
            Publicity | CeremonyNotice | OnSiteReminder | SeasonalWarning => {
                matches!(level, Village | Group)
            }
            NotebookCheck | Demonstration => matches!(level, Village | Group),
            Vehicle | Persuasion => level == Group,
        }
    }

    /// What a refusal by level says (Chinese first, English in brackets).
    /// The refusal for a node of the wrong level: where the kind belongs.
    pub fn where_key(self) -> Key {
        use RecordKind::*;
        match self {
            TownshipMeeting | DutyReport | RosterSubmission => Key::RecordAtTownship,
            LeadingGroupMeeting | Training => Key::RecordAtCountyOrTownship,
            VillageMeeting | Drill | WorkPlan => Key::RecordAtVillage,
            Vehicle | Persuasion => Key::RecordAtGroup,
            _ => Key::RecordAtVillageOrGroup,
        }
    }
}
