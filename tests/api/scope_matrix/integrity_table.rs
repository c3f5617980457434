//! Rows for integrity signals (诚信预警). Signals sit at any node (where
//! their records meet). Administrators, leaders and viewers read their
//! subtree's; village officers and liaisons never (F inside, N outside);
//! only an administrator at the county or above scans and dismisses (a
//! township's administrator reads but is F).
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
pub const INTEGRITY: &[Row] = &[
    //                                             own child grand parent sibling cousin
    row("integritySignals",       CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("integritySignals",       CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("integritySignals",       TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("integritySignals",       VillageOfficer, [F,  F,    X,    N,     N,      N]),
    row("integritySignals",       GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("integritySignals",       Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("scanIntegrity",          CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("scanIntegrity",          CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("scanIntegrity",          TownshipAdmin,  [F,  F,    F,    N,     N,      N]),
    row("scanIntegrity",          VillageOfficer, [F,  F,    X,    N,     N,      N]),
    row("scanIntegrity",          GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("scanIntegrity",          Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("dismissIntegritySignal", CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("dismissIntegritySignal", CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("dismissIntegritySignal", TownshipAdmin,  [F,  F,    F,    N,     N,      N]),
    row("dismissIntegritySignal", VillageOfficer, [F,  F,    X,    N,     N,      N]),
    row("dismissIntegritySignal", GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("dismissIntegritySignal", Anonymous,      [U,  U,    U,    U,     U,      U]),
];
