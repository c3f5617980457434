//! Rows for the programme records (issue 8): meetings at villages (like
//! inspections: a position above a village is tried at the first village
//! below it; a villager group holds none, X) and documents at any node.
use super::table::{Expect::*, Row, User::*};

const fn row(
    field: &'static str,
    user: super::table::User,
    expect: [super::table::Expect; 6],
) -> Row {
    Row {
        field,
        user,
        expect,
    }
}

#[rustfmt::skip]
pub const PROGRAMME: &[Row] = &[
    //                                          own child grand parent sibling cousin
    row("meetings",             CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("meetings",             CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("meetings",             TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("meetings",             VillageOfficer, [A,  X,    X,    X,     N,      X]),
    row("meetings",             GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("meetings",             Anonymous,      [U,  U,    X,    X,     U,      U]),

    row("meeting",              CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("meeting",              CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("meeting",              TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("meeting",              VillageOfficer, [A,  X,    X,    X,     N,      X]),
    row("meeting",              GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("meeting",              Anonymous,      [U,  U,    X,    X,     U,      U]),

    // A viewer records nothing; a liaison sees no village's meetings.
    row("recordMeeting",        CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("recordMeeting",        CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("recordMeeting",        TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("recordMeeting",        VillageOfficer, [A,  X,    X,    X,     N,      X]),
    row("recordMeeting",        GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("recordMeeting",        Anonymous,      [U,  U,    X,    X,     U,      U]),

    // Made by the province administrator: only an administrator above it
    // corrects someone else's record.
    row("correctMeeting",       CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("correctMeeting",       CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("correctMeeting",       TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("correctMeeting",       VillageOfficer, [F,  X,    X,    X,     N,      X]),
    row("correctMeeting",       GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("correctMeeting",       Anonymous,      [U,  U,    X,    X,     U,      U]),

    row("documents",            CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("documents",            CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("documents",            TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("documents",            VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("documents",            GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("documents",            Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("document",             CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("document",             CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("document",             TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("document",             VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("document",             GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("document",             Anonymous,      [U,  U,    U,    U,     U,      U]),

    // The year table reads like the month table: any node in the subtree.
    row("yearOverview",         CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("yearOverview",         CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("yearOverview",         TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("yearOverview",         VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("yearOverview",         GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("yearOverview",         Anonymous,      [U,  U,    U,    U,     U,      U]),

    // Trainings: held by a county or township (a village is B); lists and
    // corrections are tried at counties and townships only.
    row("recordTraining",       CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("recordTraining",       CountyAdmin,    [A,  A,    B,    N,     N,      N]),
    row("recordTraining",       TownshipAdmin,  [A,  B,    B,    N,     N,      N]),
    row("recordTraining",       VillageOfficer, [F,  F,    X,    N,     N,      N]),
    row("recordTraining",       GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("recordTraining",       Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("trainings",            CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("trainings",            CountyAdmin,    [A,  A,    X,    X,     N,      N]),
    row("trainings",            TownshipAdmin,  [A,  X,    X,    N,     N,      X]),
    row("trainings",            VillageOfficer, [X,  X,    X,    N,     X,      X]),
    row("trainings",            GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("trainings",            Anonymous,      [U,  X,    X,    U,     U,      X]),

    row("training",             CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("training",             CountyAdmin,    [A,  A,    X,    X,     N,      N]),
    row("training",             TownshipAdmin,  [A,  X,    X,    N,     N,      X]),
    row("training",             VillageOfficer, [X,  X,    X,    N,     X,      X]),
    row("training",             GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("training",             Anonymous,      [U,  X,    X,    U,     U,      X]),

    row("correctTraining",      CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("correctTraining",      CountyAdmin,    [A,  A,    X,    X,     N,      N]),
    row("correctTraining",      TownshipAdmin,  [A,  X,    X,    N,     N,      X]),
    row("correctTraining",      VillageOfficer, [X,  X,    X,    N,     X,      X]),
    row("correctTraining",      GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("correctTraining",      Anonymous,      [U,  X,    X,    U,     U,      X]),

    // Notebooks: posts at villages and groups, issued and checked from
    // above the village (a village checks none of its own, F).
    row("issueNotebooks",       CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("issueNotebooks",       CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("issueNotebooks",       TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("issueNotebooks",       VillageOfficer, [F,  F,    X,    X,     N,      N]),
    row("issueNotebooks",       GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("issueNotebooks",       Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("recordNotebookCheck",  CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("recordNotebookCheck",  CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("recordNotebookCheck",  TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("recordNotebookCheck",  VillageOfficer, [F,  F,    X,    X,     N,      N]),
    row("recordNotebookCheck",  GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("recordNotebookCheck",  Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("notebookChecks",       CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("notebookChecks",       CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("notebookChecks",       TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("notebookChecks",       VillageOfficer, [A,  A,    X,    X,     N,      N]),
    row("notebookChecks",       GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("notebookChecks",       Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("notebookCheck",        CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("notebookCheck",        CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("notebookCheck",        TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("notebookCheck",        VillageOfficer, [A,  A,    X,    X,     N,      N]),
    row("notebookCheck",        GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("notebookCheck",        Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("correctNotebookCheck", CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("correctNotebookCheck", CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("correctNotebookCheck", TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("correctNotebookCheck", VillageOfficer, [F,  F,    X,    X,     N,      N]),
    row("correctNotebookCheck", GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("correctNotebookCheck", Anonymous,      [U,  U,    U,    X,     U,      U]),

    // Drills and work plans sit at villages (like meetings); the work
    // plan's record row comes first, so the later fixtures find that plan
    // (one per village and year) rather than make a second.
    row("recordWorkPlan",      CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("recordWorkPlan",      CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("recordWorkPlan",      TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("recordWorkPlan",      VillageOfficer, [A,  X,    X,    X,     N,      X]),
    row("recordWorkPlan",      GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("recordWorkPlan",      Anonymous,      [U,  U,    X,    X,     U,      U]),

    row("workPlans",           CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("workPlans",           CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("workPlans",           TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("workPlans",           VillageOfficer, [A,  X,    X,    X,     N,      X]),
    row("workPlans",           GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("workPlans",           Anonymous,      [U,  U,    X,    X,     U,      U]),

    row("workPlan",            CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("workPlan",            CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("workPlan",            TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("workPlan",            VillageOfficer, [A,  X,    X,    X,     N,      X]),
    row("workPlan",            GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("workPlan",            Anonymous,      [U,  U,    X,    X,     U,      U]),

    row("correctWorkPlan",     CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("correctWorkPlan",     CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("correctWorkPlan",     TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("correctWorkPlan",     VillageOfficer, [F,  X,    X,    X,     N,      X]),
    row("correctWorkPlan",     GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("correctWorkPlan",     Anonymous,      [U,  U,    X,    X,     U,      U]),

    row("recordDrill",         CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("recordDrill",         CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("recordDrill",         TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("recordDrill",         VillageOfficer, [A,  X,    X,    X,     N,      X]),
    row("recordDrill",         GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("recordDrill",         Anonymous,      [U,  U,    X,    X,     U,      U]),

    row("drills",              CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("drills",              CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("drills",              TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("drills",              VillageOfficer, [A,  X,    X,    X,     N,      X]),
    row("drills",              GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("drills",              Anonymous,      [U,  U,    X,    X,     U,      U]),

    row("drill",               CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("drill",               CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("drill",               TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("drill",               VillageOfficer, [A,  X,    X,    X,     N,      X]),
    row("drill",               GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("drill",               Anonymous,      [U,  U,    X,    X,     U,      U]),

    row("correctDrill",        CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("correctDrill",        CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("correctDrill",        TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("correctDrill",        VillageOfficer, [F,  X,    X,    X,     N,      X]),
    row("correctDrill",        GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("correctDrill",        Anonymous,      [U,  U,    X,    X,     U,      U]),

    // Publicity at villages and groups: a liaison records at its group.
    row("recordPublicity",     CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("recordPublicity",     CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("recordPublicity",     TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("recordPublicity",     VillageOfficer, [A,  A,    X,    X,     N,      N]),
    row("recordPublicity",     GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("recordPublicity",     Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("publicitySessions",   CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("publicitySessions",   CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("publicitySessions",   TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("publicitySessions",   VillageOfficer, [A,  A,    X,    X,     N,      N]),
    row("publicitySessions",   GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("publicitySessions",   Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("publicitySession",    CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("publicitySession",    CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("publicitySession",    TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("publicitySession",    VillageOfficer, [A,  A,    X,    X,     N,      N]),
    row("publicitySession",    GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("publicitySession",    Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("correctPublicity",    CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("correctPublicity",    CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("correctPublicity",    TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("correctPublicity",    VillageOfficer, [F,  F,    X,    X,     N,      N]),
    row("correctPublicity",    GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("correctPublicity",    Anonymous,      [U,  U,    U,    X,     U,      U]),
    // Leaders sit at townships only (X elsewhere): the township assigns
    // its leaders' villages, the county may too; a village does not.
    row("assignVillages",       CityViewer,     [X,  X,    F,    X,     X,      X]),
    row("assignVillages",       CountyAdmin,    [X,  A,    X,    X,     X,      N]),
    row("assignVillages",       TownshipAdmin,  [A,  X,    X,    X,     N,      X]),
    row("assignVillages",       VillageOfficer, [X,  X,    X,    N,     X,      X]),
    row("assignVillages",       GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("assignVillages",       Anonymous,      [U,  X,    X,    X,     U,      X]),

    // Duty reports: filed for a leader by the township (or from above);
    // read like the township's other records; a village sees none.
    row("recordDutyReport",     CityViewer,     [X,  X,    F,    X,     X,      X]),
    row("recordDutyReport",     CountyAdmin,    [X,  A,    X,    X,     X,      N]),
    row("recordDutyReport",     TownshipAdmin,  [A,  X,    X,    X,     N,      X]),
    row("recordDutyReport",     VillageOfficer, [X,  X,    X,    N,     X,      X]),
    row("recordDutyReport",     GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("recordDutyReport",     Anonymous,      [U,  X,    X,    X,     U,      X]),

    row("dutyReports",          CityViewer,     [X,  X,    A,    X,     X,      X]),
    row("dutyReports",          CountyAdmin,    [X,  A,    X,    X,     X,      N]),
    row("dutyReports",          TownshipAdmin,  [A,  X,    X,    X,     N,      X]),
    row("dutyReports",          VillageOfficer, [X,  X,    X,    N,     X,      X]),
    row("dutyReports",          GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("dutyReports",          Anonymous,      [U,  X,    X,    X,     U,      X]),

    row("dutyReport",           CityViewer,     [X,  X,    A,    X,     X,      X]),
    row("dutyReport",           CountyAdmin,    [X,  A,    X,    X,     X,      N]),
    row("dutyReport",           TownshipAdmin,  [A,  X,    X,    X,     N,      X]),
    row("dutyReport",           VillageOfficer, [X,  X,    X,    N,     X,      X]),
    row("dutyReport",           GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("dutyReport",           Anonymous,      [U,  X,    X,    X,     U,      X]),

    row("correctDutyReport",    CityViewer,     [X,  X,    F,    X,     X,      X]),
    row("correctDutyReport",    CountyAdmin,    [X,  A,    X,    X,     X,      N]),
    row("correctDutyReport",    TownshipAdmin,  [A,  X,    X,    X,     N,      X]),
    row("correctDutyReport",    VillageOfficer, [X,  X,    X,    N,     X,      X]),
    row("correctDutyReport",    GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("correctDutyReport",    Anonymous,      [U,  X,    X,    X,     U,      X]),
    // The roster is the township's own (the county may send it for one);
    // a village does not, a viewer reads it.
    row("submitRoster",         CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("submitRoster",         CountyAdmin,    [B,  A,    B,    N,     N,      N]),
    row("submitRoster",         TownshipAdmin,  [A,  B,    B,    N,     N,      N]),
    row("submitRoster",         VillageOfficer, [F,  F,    X,    N,     N,      N]),
    row("submitRoster",         GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("submitRoster",         Anonymous,      [U,  U,    U,    U,     U,      U]),
    row("rosterSubmissions",    CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("rosterSubmissions",    CountyAdmin,    [A,  A,    X,    X,     N,      N]),
    row("rosterSubmissions",    TownshipAdmin,  [A,  X,    X,    X,     N,      X]),
    row("rosterSubmissions",    VillageOfficer, [X,  X,    X,    N,     X,      X]),
    row("rosterSubmissions",    GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("rosterSubmissions",    Anonymous,      [U,  X,    X,    X,     U,      X]),
];

/// Fields whose records sit at villages only.
pub const AT_VILLAGES: [&str; 4] = ["meetings", "meeting", "recordMeeting", "correctMeeting"];

/// Fields of the programme kinds whose records sit between two levels
/// (county 3 … group 6): a position above them is tried at the first node
/// of the upper level below it (a parent there has none, X), one below
/// them has none (X).
pub const KIND_LEVELS: &[(&str, i16, i16)] = &[
    ("rosterSubmissions", 4, 4),
    ("trainings", 3, 4),
    ("training", 3, 4),
    ("correctTraining", 3, 4),
    ("issueNotebooks", 5, 6),
    ("recordNotebookCheck", 5, 6),
    ("notebookChecks", 5, 6),
    ("notebookCheck", 5, 6),
    ("correctNotebookCheck", 5, 6),
    ("recordWorkPlan", 5, 5),
    ("workPlans", 5, 5),
    ("workPlan", 5, 5),
    ("correctWorkPlan", 5, 5),
    ("recordDrill", 5, 5),
    ("drills", 5, 5),
    ("drill", 5, 5),
    ("correctDrill", 5, 5),
    ("recordPublicity", 5, 6),
    ("publicitySessions", 5, 6),
    ("publicitySession", 5, 6),
    ("correctPublicity", 5, 6),
];
/// Fields whose records sit at townships only (leaders): every other
/// position has none (X).
pub const AT_TOWNSHIPS: &[&str] = &[
    "assignVillages",
    "recordDutyReport",
    "dutyReports",
    "dutyReport",
    "correctDutyReport",
];
