//! Rows for demonstration sites and campaigns (issue 8). Demonstration
//! sites sit at villages and groups and are designated from above the
//! village, like notebook checks. Campaigns sit at a county or above
//! (a position below county level holds none, X) and are read from below
//! as well: the parent's campaign is visible (A) but not editable (F).
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
pub const CAMPAIGNS: &[Row] = &[
    //                                          own child grand parent sibling cousin
    // A viewer designates nothing; a village none of its own (from above).
    row("setDemonstration",     CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("setDemonstration",     CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("setDemonstration",     TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("setDemonstration",     VillageOfficer, [F,  F,    X,    X,     N,      N]),
    row("setDemonstration",     GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("setDemonstration",     Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("demonstrations",       CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("demonstrations",       CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("demonstrations",       TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("demonstrations",       VillageOfficer, [A,  A,    X,    X,     N,      N]),
    row("demonstrations",       GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("demonstrations",       Anonymous,      [U,  U,    U,    X,     U,      U]),

    // Set by an administrator at a county or above: a township or a
    // village is B (campaign.from_county), other roles F.
    row("createCampaign",       CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("createCampaign",       CountyAdmin,    [A,  B,    B,    N,     N,      N]),
    row("createCampaign",       TownshipAdmin,  [B,  B,    B,    N,     N,      N]),
    row("createCampaign",       VillageOfficer, [F,  F,    X,    N,     N,      N]),
    row("createCampaign",       GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("createCampaign",       Anonymous,      [U,  U,    U,    U,     U,      U]),

    // The parent's campaign is the one the caller works under.
    row("campaign",             CityViewer,     [A,  A,    X,    A,     N,      N]),
    row("campaign",             CountyAdmin,    [A,  X,    X,    A,     N,      X]),
    row("campaign",             TownshipAdmin,  [X,  X,    X,    A,     X,      X]),
    row("campaign",             VillageOfficer, [X,  X,    X,    X,     X,      X]),
    row("campaign",             GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("campaign",             Anonymous,      [X,  X,    X,    U,     X,      X]),

    row("campaignProgress",     CityViewer,     [A,  A,    X,    A,     N,      N]),
    row("campaignProgress",     CountyAdmin,    [A,  X,    X,    A,     N,      X]),
    row("campaignProgress",     TownshipAdmin,  [X,  X,    X,    A,     X,      X]),
    row("campaignProgress",     VillageOfficer, [X,  X,    X,    X,     X,      X]),
    row("campaignProgress",     GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("campaignProgress",     Anonymous,      [X,  X,    X,    U,     X,      X]),

    // Edited only where it was set or above: seen from below, F.
    row("updateCampaign",       CityViewer,     [F,  F,    X,    F,     N,      N]),
    row("updateCampaign",       CountyAdmin,    [A,  X,    X,    F,     N,      X]),
    row("updateCampaign",       TownshipAdmin,  [X,  X,    X,    F,     X,      X]),
    row("updateCampaign",       VillageOfficer, [X,  X,    X,    X,     X,      X]),
    row("updateCampaign",       GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("updateCampaign",       Anonymous,      [X,  X,    X,    U,     X,      X]),
];

/// Where these records sit (see `programme_table::KIND_LEVELS`): sites at
/// villages and groups, campaigns at a province, city or county.
pub const KIND_LEVELS: &[(&str, i16, i16)] = &[
    ("setDemonstration", 5, 6),
    ("demonstrations", 5, 6),
    ("campaign", 1, 3),
    ("campaignProgress", 1, 3),
    ("updateCampaign", 1, 3),
];
