//! Rows for the township scorecard. Cards are a township's (a node of
//! another level is BAD_USER_INPUT once visible); the ranking, the lock
//! and the template are a county's (read from below: a township reads its
//! county's template, A at its parent). Only the county's administrator
//! edits the template, scores items and locks; everyone else who sees the
//! card reads it (F for scoring it).
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

/// Fields whose target is a township's card: other positions have none.
pub const AT_TOWNSHIPS: &[&str] = &["setScorecardItem"];

#[rustfmt::skip]
pub const SCORECARDS: &[Row] = &[
    //                                          own child grand parent sibling cousin
    row("scorecard",            CityViewer,     [B,  B,    A,    N,     N,      N]),
    row("scorecard",            CountyAdmin,    [B,  A,    B,    N,     N,      N]),
    row("scorecard",            TownshipAdmin,  [A,  B,    B,    N,     N,      N]),
    row("scorecard",            VillageOfficer, [B,  B,    X,    N,     N,      N]),
    row("scorecard",            GroupLiaison,   [B,  X,    X,    N,     N,      N]),
    row("scorecard",            Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("scorecardRanking",     CityViewer,     [B,  A,    B,    N,     N,      N]),
    row("scorecardRanking",     CountyAdmin,    [A,  B,    B,    N,     N,      N]),
    row("scorecardRanking",     TownshipAdmin,  [B,  B,    B,    N,     N,      N]),
    row("scorecardRanking",     VillageOfficer, [B,  B,    X,    N,     N,      N]),
    row("scorecardRanking",     GroupLiaison,   [B,  X,    X,    N,     N,      N]),
    row("scorecardRanking",     Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("scorecardTemplate",    CityViewer,     [B,  A,    B,    N,     N,      N]),
    row("scorecardTemplate",    CountyAdmin,    [A,  B,    B,    N,     N,      N]),
    row("scorecardTemplate",    TownshipAdmin,  [B,  B,    B,    A,     N,      N]),
    row("scorecardTemplate",    VillageOfficer, [B,  B,    X,    N,     N,      N]),
    row("scorecardTemplate",    GroupLiaison,   [B,  X,    X,    N,     N,      N]),
    row("scorecardTemplate",    Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("setScorecardTemplate", CityViewer,     [B,  F,    B,    N,     N,      N]),
    row("setScorecardTemplate", CountyAdmin,    [A,  B,    B,    N,     N,      N]),
    row("setScorecardTemplate", TownshipAdmin,  [B,  B,    B,    N,     N,      N]),
    row("setScorecardTemplate", VillageOfficer, [B,  B,    X,    N,     N,      N]),
    row("setScorecardTemplate", GroupLiaison,   [B,  X,    X,    N,     N,      N]),
    row("setScorecardTemplate", Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("lockScorecards",       CityViewer,     [B,  F,    B,    N,     N,      N]),
    row("lockScorecards",       CountyAdmin,    [A,  B,    B,    N,     N,      N]),
    row("lockScorecards",       TownshipAdmin,  [B,  B,    B,    N,     N,      N]),
    row("lockScorecards",       VillageOfficer, [B,  B,    X,    N,     N,      N]),
    row("lockScorecards",       GroupLiaison,   [B,  X,    X,    N,     N,      N]),
    row("lockScorecards",       Anonymous,      [U,  U,    U,    U,     U,      U]),

    // A township's card only; the county office scores it.
    row("setScorecardItem",     CityViewer,     [X,  X,    F,    X,     X,      X]),
    row("setScorecardItem",     CountyAdmin,    [X,  A,    X,    X,     X,      N]),
    row("setScorecardItem",     TownshipAdmin,  [F,  X,    X,    X,     N,      X]),
    row("setScorecardItem",     VillageOfficer, [X,  X,    X,    N,     X,      X]),
    row("setScorecardItem",     GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("setScorecardItem",     Anonymous,      [U,  X,    X,    X,     U,      X]),
];
