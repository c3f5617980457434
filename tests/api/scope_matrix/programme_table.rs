//! Rows for the programme records (issue 8): meetings at villages (like
//! inspections: a position above a village is tried at the first village
//! below it; a villager group holds none, X) and documents at any node.
use super::table::{Expect::*, Row, User::*};

const fn row(field: &'static str, user: super::table::User, expect: [super::table::Expect; 6]) -> Row {
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

    // Leaders sit at townships only (X elsewhere): the township assigns
    // its leaders' villages, the county may too; a village does not.
    row("assignVillages",       CityViewer,     [X,  X,    F,    X,     X,      X]),
    row("assignVillages",       CountyAdmin,    [X,  A,    X,    X,     X,      N]),
    row("assignVillages",       TownshipAdmin,  [A,  X,    X,    X,     N,      X]),
    row("assignVillages",       VillageOfficer, [X,  X,    X,    N,     X,      X]),
    row("assignVillages",       GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("assignVillages",       Anonymous,      [U,  X,    X,    X,     U,      X]),
];

/// Fields whose records sit at villages only.
pub const AT_VILLAGES: [&str; 4] = ["meetings", "meeting", "recordMeeting", "correctMeeting"];

/// Fields whose records sit at townships only (leaders): every other
/// position has none (X).
pub const AT_TOWNSHIPS: [&str; 1] = ["assignVillages"];
