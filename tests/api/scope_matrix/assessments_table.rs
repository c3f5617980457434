//! Rows for officer assessments (考核, issue 9). Rules are read at any
//! node the caller sees and set (a liaisons' set, which fits a county,
//! township or village) by the county's administrator, a township's and
//! a village's officer; a group is B (`assessment.rules_at`). Assessments
//! sit at the post: an officer's at a village, a liaison's at a group (a
//! position above a village uses its first village). A township assesses
//! its officers, a village its liaisons; the level above the assessor
//! approves (a township its villages' liaisons, the county the
//! townships' officers).
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
pub const ASSESSMENTS: &[Row] = &[
    //                                          own child grand parent sibling cousin
    row("assessmentRules",      CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("assessmentRules",      CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("assessmentRules",      TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("assessmentRules",      VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("assessmentRules",      GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("assessmentRules",      Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("setAssessmentRules",   CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("setAssessmentRules",   CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("setAssessmentRules",   TownshipAdmin,  [A,  A,    B,    N,     N,      N]),
    row("setAssessmentRules",   VillageOfficer, [A,  B,    X,    N,     N,      N]),
    row("setAssessmentRules",   GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("setAssessmentRules",   Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("assessments",          CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("assessments",          CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("assessments",          TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("assessments",          VillageOfficer, [A,  A,    X,    X,     N,      N]),
    row("assessments",          GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("assessments",          Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("startAssessment",      CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("startAssessment",      CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("startAssessment",      TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("startAssessment",      VillageOfficer, [F,  A,    X,    X,     N,      N]),
    row("startAssessment",      GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("startAssessment",      Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("scoreAssessmentItem",  CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("scoreAssessmentItem",  CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("scoreAssessmentItem",  TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("scoreAssessmentItem",  VillageOfficer, [F,  A,    X,    X,     N,      N]),
    row("scoreAssessmentItem",  GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("scoreAssessmentItem",  Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("submitAssessment",     CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("submitAssessment",     CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("submitAssessment",     TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("submitAssessment",     VillageOfficer, [F,  A,    X,    X,     N,      N]),
    row("submitAssessment",     GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("submitAssessment",     Anonymous,      [U,  U,    U,    X,     U,      U]),

    // The level above the assessor: a township its villages' liaisons',
    // not its own officers'.
    row("approveAssessment",    CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("approveAssessment",    CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("approveAssessment",    TownshipAdmin,  [F,  F,    A,    X,     N,      N]),
    row("approveAssessment",    VillageOfficer, [F,  F,    X,    X,     N,      N]),
    row("approveAssessment",    GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("approveAssessment",    Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("reviseAssessment",     CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("reviseAssessment",     CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("reviseAssessment",     TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("reviseAssessment",     VillageOfficer, [F,  A,    X,    X,     N,      N]),
    row("reviseAssessment",     GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("reviseAssessment",     Anonymous,      [U,  U,    U,    X,     U,      U]),
];

/// Where these records sit: at the post, a village or a group.
pub const KIND_LEVELS: &[(&str, i16, i16)] = &[
    ("assessments", 5, 6),
    ("startAssessment", 5, 6),
    ("scoreAssessmentItem", 5, 6),
    ("submitAssessment", 5, 6),
    ("approveAssessment", 5, 6),
    ("reviseAssessment", 5, 6),
];
