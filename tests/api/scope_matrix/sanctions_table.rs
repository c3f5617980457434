//! Rows for sanctions (issue 9). The county's rule sits at the county
//! (read and set through the county node: a township does not reach it);
//! a sanction is recorded by the county's administrator only, on a
//! township here (the warning interview); proposals and the register are
//! read at any node the caller sees.
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
pub const SANCTIONS: &[Row] = &[
    //                                          own child grand parent sibling cousin
    row("sanctionRules",        CityViewer,     [A,  A,    X,    X,     N,      N]),
    row("sanctionRules",        CountyAdmin,    [A,  X,    X,    X,     N,      X]),
    row("sanctionRules",        TownshipAdmin,  [X,  X,    X,    N,     X,      X]),
    row("sanctionRules",        VillageOfficer, [X,  X,    X,    X,     X,      X]),
    row("sanctionRules",        GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("sanctionRules",        Anonymous,      [X,  X,    X,    U,     X,      X]),

    row("setSanctionRules",     CityViewer,     [F,  F,    X,    X,     N,      N]),
    row("setSanctionRules",     CountyAdmin,    [A,  X,    X,    X,     N,      X]),
    row("setSanctionRules",     TownshipAdmin,  [X,  X,    X,    N,     X,      X]),
    row("setSanctionRules",     VillageOfficer, [X,  X,    X,    X,     X,      X]),
    row("setSanctionRules",     GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("setSanctionRules",     Anonymous,      [X,  X,    X,    U,     X,      X]),

    // Only the county decides; a township may not sanction itself.
    row("recordSanction",       CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("recordSanction",       CountyAdmin,    [A,  A,    X,    X,     N,      N]),
    row("recordSanction",       TownshipAdmin,  [F,  X,    X,    X,     N,      X]),
    row("recordSanction",       VillageOfficer, [X,  X,    X,    N,     X,      X]),
    row("recordSanction",       GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("recordSanction",       Anonymous,      [U,  X,    X,    X,     U,      X]),

    row("sanctionProposals",    CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("sanctionProposals",    CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("sanctionProposals",    TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("sanctionProposals",    VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("sanctionProposals",    GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("sanctionProposals",    Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("sanctions",            CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("sanctions",            CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("sanctions",            TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("sanctions",            VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("sanctions",            GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("sanctions",            Anonymous,      [U,  U,    U,    U,     U,      U]),
];

/// Where these records sit (see `programme_table::KIND_LEVELS`): the rule
/// at counties, the warning interview's subject at townships.
pub const KIND_LEVELS: &[(&str, i16, i16)] = &[
    ("sanctionRules", 3, 3),
    ("setSanctionRules", 3, 3),
    ("recordSanction", 4, 4),
];
