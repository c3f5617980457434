//! The table. One row per field and user; one expected answer per target
//! position. A = allowed, N = NOT_FOUND, F = FORBIDDEN, B = BAD_USER_INPUT
//! (a villager group has no children), U = UNAUTHENTICATED, X = no such
//! position (a group has no children; appointments exist only at villages
//! and groups, so a parent above village level has none).
//!
//! Records that live only at villages and groups (appointments) are placed
//! at the position's node when it is a village or group, else at the first
//! villager group below it: still inside or outside the caller's subtree
//! exactly as the position is.
use super::positions::Position;
use Expect::*;
use User::*;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum User {
    CityViewer,
    CountyAdmin,
    TownshipAdmin,
    VillageOfficer,
    GroupLiaison,
    Anonymous,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Expect {
    A,
    N,
    F,
    B,
    U,
    X,
}

pub const POSITIONS: [Position; 6] = [
    Position::Own,
    Position::Child,
    Position::Grandchild,
    Position::Parent,
    Position::Sibling,
    Position::Cousin,
];

/// Every row: this table's and each capability's own table.
pub fn all_rows() -> impl Iterator<Item = &'static Row> {
    MATRIX
        .iter()
        .chain(super::programme_table::PROGRAMME)
        .chain(super::campaigns_table::CAMPAIGNS)
        .chain(super::money_table::MONEY)
        .chain(super::sanctions_table::SANCTIONS)
        .chain(super::integrity_table::INTEGRITY)
        .chain(super::scorecards_table::SCORECARDS)
        .chain(super::assessments_table::ASSESSMENTS)
        .chain(
            super::liaison_table::LIAISON
                .iter()
                .flat_map(|rows| rows.iter()),
        )
}

pub struct Row {
    pub field: &'static str,
    pub user: User,
    /// own, child, grandchild, parent, sibling, cousin
    pub expect: [Expect; 6],
}

const fn row(field: &'static str, user: User, expect: [Expect; 6]) -> Row {
    Row {
        field,
        user,
        expect,
    }
}

/// Fields about a node, a person, an appointment or an account.
#[rustfmt::skip]
pub const MATRIX: &[Row] = &[
    //                                          own child grand parent sibling cousin
    row("nodes",                CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("nodes",                CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("nodes",                TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("nodes",                VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("nodes",                GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("nodes",                Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("node",                 CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("node",                 CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("node",                 TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("node",                 VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("node",                 GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("node",                 Anonymous,      [U,  U,    U,    U,     U,      U]),
    row("gridNode",             CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("gridNode",             CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("gridNode",             TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("gridNode",             VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("gridNode",             GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("gridNode",             Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("persons",              CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("persons",              CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("persons",              TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("persons",              VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("persons",              GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("persons",              Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("person",               CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("person",               CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("person",               TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("person",               VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("person",               GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("person",               Anonymous,      [U,  U,    U,    U,     U,      U]),

    // The roster: appointments under a node (at villages and groups).
    row("appointments",         CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("appointments",         CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("appointments",         TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("appointments",         VillageOfficer, [A,  A,    X,    X,     N,      N]),
    row("appointments",         GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("appointments",         Anonymous,      [U,  U,    U,    X,     U,      U]),

    // Listing accounts needs the right to manage them, wherever one looks.
    row("accounts",             CityViewer,     [F,  F,    F,    F,     F,      F]),
    row("accounts",             CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("accounts",             TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("accounts",             VillageOfficer, [F,  F,    X,    F,     F,      F]),
    row("accounts",             GroupLiaison,   [F,  X,    X,    F,     F,      F]),
    row("accounts",             Anonymous,      [U,  U,    U,    U,     U,      U]),

    // Creating a child: the new node is below the caller even at its own node.
    row("createNode",           CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("createNode",           CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("createNode",           TownshipAdmin,  [A,  A,    B,    N,     N,      N]),
    row("createNode",           VillageOfficer, [A,  B,    X,    N,     N,      N]),
    row("createNode",           GroupLiaison,   [B,  X,    X,    N,     N,      N]),
    row("createNode",           Anonymous,      [U,  U,    U,    U,     U,      U]),

    // Only an administrator may change its own node.
    row("updateNode",           CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("updateNode",           CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("updateNode",           TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("updateNode",           VillageOfficer, [F,  A,    X,    N,     N,      N]),
    row("updateNode",           GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("updateNode",           Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("createPerson",         CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("createPerson",         CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("createPerson",         TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("createPerson",         VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("createPerson",         GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("createPerson",         Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("updatePerson",         CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("updatePerson",         CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("updatePerson",         TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("updatePerson",         VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("updatePerson",         GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("updatePerson",         Anonymous,      [U,  U,    U,    U,     U,      U]),

    // The township appoints the village officer, not the officer themself.
    row("appoint",              CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("appoint",              CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("appoint",              TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("appoint",              VillageOfficer, [F,  A,    X,    X,     N,      N]),
    row("appoint",              GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("appoint",              Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("replaceAppointment",   CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("replaceAppointment",   CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("replaceAppointment",   TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("replaceAppointment",   VillageOfficer, [F,  A,    X,    X,     N,      N]),
    row("replaceAppointment",   GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("replaceAppointment",   Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("endAppointment",       CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("endAppointment",       CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("endAppointment",       TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("endAppointment",       VillageOfficer, [F,  A,    X,    X,     N,      N]),
    row("endAppointment",       GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("endAppointment",       Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("updateAppointment",    CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("updateAppointment",    CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("updateAppointment",    TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("updateAppointment",    VillageOfficer, [F,  A,    X,    X,     N,      N]),
    row("updateAppointment",    GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("updateAppointment",    Anonymous,      [U,  U,    U,    X,     U,      U]),

    // Managing accounts is checked before the node: FORBIDDEN everywhere
    // for roles without it (it says nothing about what exists).
    row("createAccount",        CityViewer,     [F,  F,    F,    F,     F,      F]),
    row("createAccount",        CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("createAccount",        TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("createAccount",        VillageOfficer, [F,  F,    X,    F,     F,      F]),
    row("createAccount",        GroupLiaison,   [F,  X,    X,    F,     F,      F]),
    row("createAccount",        Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("setAccountDisabled",   CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("setAccountDisabled",   CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("setAccountDisabled",   TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("setAccountDisabled",   VillageOfficer, [F,  F,    X,    N,     N,      N]),
    row("setAccountDisabled",   GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("setAccountDisabled",   Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("resetAccountPassword", CityViewer,     [F,  F,    F,    N,     N,      N]),
    // Only from above: a peer at the same node may not (separation of duties).
    row("resetAccountPassword", CountyAdmin,    [F,  A,    A,    N,     N,      N]),
    row("resetAccountPassword", TownshipAdmin,  [F,  A,    A,    N,     N,      N]),
    row("resetAccountPassword", VillageOfficer, [F,  F,    X,    N,     N,      N]),
    row("resetAccountPassword", GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("resetAccountPassword", Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("setAccountPerson",     CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("setAccountPerson",     CountyAdmin,    [F,  A,    A,    N,     N,      N]),
    row("setAccountPerson",     TownshipAdmin,  [F,  A,    A,    N,     N,      N]),
    row("setAccountPerson",     VillageOfficer, [F,  F,    X,    N,     N,      N]),
    row("setAccountPerson",     GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("setAccountPerson",     Anonymous,      [U,  U,    U,    U,     U,      U]),

    // Moving an account checks the source (the account's node, at the
    // position; destination: the caller's own node) …
    row("moveAccount",          CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("moveAccount",          CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("moveAccount",          TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("moveAccount",          VillageOfficer, [F,  F,    X,    N,     N,      N]),
    row("moveAccount",          GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("moveAccount",          Anonymous,      [U,  U,    U,    U,     U,      U]),
    // … and the destination (at the position; the account at the caller's
    // own node), SECURITY.md 11.
    row("moveAccount destination", CityViewer,     [F,  F,    F,    F,     F,      F]),
    row("moveAccount destination", CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("moveAccount destination", TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("moveAccount destination", VillageOfficer, [F,  F,    X,    F,     F,      F]),
    row("moveAccount destination", GroupLiaison,   [F,  X,    X,    F,     F,      F]),
    row("moveAccount destination", Anonymous,      [U,  U,    U,    U,     U,      U]),

    // Dashboard tokens: managed like accounts.
    row("apiTokens",            CityViewer,     [F,  F,    F,    F,     F,      F]),
    row("apiTokens",            CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("apiTokens",            TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("apiTokens",            VillageOfficer, [F,  F,    X,    F,     F,      F]),
    row("apiTokens",            GroupLiaison,   [F,  X,    X,    F,     F,      F]),
    row("apiTokens",            Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("createApiToken",       CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("createApiToken",       CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("createApiToken",       TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("createApiToken",       VillageOfficer, [F,  F,    X,    N,     N,      N]),
    row("createApiToken",       GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("createApiToken",       Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("revokeApiToken",       CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("revokeApiToken",       CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("revokeApiToken",       TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("revokeApiToken",       VillageOfficer, [F,  F,    X,    N,     N,      N]),
    row("revokeApiToken",       GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("revokeApiToken",       Anonymous,      [U,  U,    U,    U,     U,      U]),

    // Hazards live at any node; the root reports one at the position first.
    row("hazards",              CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("hazards",              CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("hazards",              TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("hazards",              VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("hazards",              GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("hazards",              Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("hazard",               CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("hazard",               CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("hazard",               TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("hazard",               VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("hazard",               GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("hazard",               Anonymous,      [U,  U,    U,    U,     U,      U]),

    // Field work: every role but the read-only viewer, inside the subtree.
    row("reportHazard",         CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("reportHazard",         CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("reportHazard",         TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("reportHazard",         VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("reportHazard",         GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("reportHazard",         Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("planRectification",    CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("planRectification",    CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("planRectification",    TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("planRectification",    VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("planRectification",    GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("planRectification",    Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("fixHazardOnSpot",      CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("fixHazardOnSpot",      CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("fixHazardOnSpot",      TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("fixHazardOnSpot",      VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("fixHazardOnSpot",      GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("fixHazardOnSpot",      Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("rectifyHazard",        CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("rectifyHazard",        CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("rectifyHazard",        TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("rectifyHazard",        VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("rectifyHazard",        GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("rectifyHazard",        Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("verifyHazard",         CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("verifyHazard",         CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("verifyHazard",         TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("verifyHazard",         VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("verifyHazard",         GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("verifyHazard",         Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("reopenHazard",         CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("reopenHazard",         CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("reopenHazard",         TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("reopenHazard",         VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("reopenHazard",         GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("reopenHazard",         Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("editHazard",           CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("editHazard",           CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("editHazard",           TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("editHazard",           VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("editHazard",           GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("editHazard",           Anonymous,      [U,  U,    U,    U,     U,      U]),

    // A county passes nothing further up (B at its own node).
    row("escalateHazard",       CityViewer,     [F,  F,    F,    N,     N,      N]),
    row("escalateHazard",       CountyAdmin,    [B,  A,    A,    N,     N,      N]),
    row("escalateHazard",       TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("escalateHazard",       VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("escalateHazard",       GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("escalateHazard",       Anonymous,      [U,  U,    U,    U,     U,      U]),
    // Inspections live at villages and groups, like appointments. Reading
    // needs only the subtree; recording and correcting need field work,
    // which viewers lack (FORBIDDEN inside, NOT_FOUND outside).
    row("inspections",          CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("inspections",          CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("inspections",          TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("inspections",          VillageOfficer, [A,  A,    X,    X,     N,      N]),
    row("inspections",          GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("inspections",          Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("inspection",           CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("inspection",           CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("inspection",           TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("inspection",           VillageOfficer, [A,  A,    X,    X,     N,      N]),
    row("inspection",           GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("inspection",           Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("recordInspection",     CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("recordInspection",     CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("recordInspection",     TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    row("recordInspection",     VillageOfficer, [A,  A,    X,    X,     N,      N]),
    row("recordInspection",     GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("recordInspection",     Anonymous,      [U,  U,    U,    X,     U,      U]),

    row("correctInspection",    CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("correctInspection",    CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("correctInspection",    TownshipAdmin,  [A,  A,    A,    X,     N,      N]),
    // Only its author or an administrator above corrects a record (the
    // matrix's records are typed in by the root administrator).
    row("correctInspection",    VillageOfficer, [F,  F,    X,    X,     N,      N]),
    row("correctInspection",    GroupLiaison,   [F,  X,    X,    N,     N,      N]),
    row("correctInspection",    Anonymous,      [U,  U,    U,    X,     U,      U]),

    // The month's numbers: about any node the caller can see.
    row("monthQuota",           CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("monthQuota",           CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("monthQuota",           TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("monthQuota",           VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("monthQuota",           GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("monthQuota",           Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("monthOverview",        CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("monthOverview",        CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("monthOverview",        TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("monthOverview",        VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("monthOverview",        GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("monthOverview",        Anonymous,      [U,  U,    U,    U,     U,      U]),
];

/// The schema field a row is about: "moveAccount destination" → "moveAccount".
pub fn field_of(row_name: &str) -> &str {
    row_name.split(' ').next().unwrap_or(row_name)
}

/// Fields about the caller themself: no target node.
#[rustfmt::skip]
pub const SESSION_ROWS: &[(&str, User, Expect)] = &[
    ("me", CityViewer, A), ("me", CountyAdmin, A), ("me", TownshipAdmin, A),
    ("me", VillageOfficer, A), ("me", GroupLiaison, A), ("me", Anonymous, U),
    ("levels", CityViewer, A), ("levels", CountyAdmin, A), ("levels", TownshipAdmin, A),
    ("levels", VillageOfficer, A), ("levels", GroupLiaison, A), ("levels", Anonymous, U),
    ("fieldRules", CityViewer, A), ("fieldRules", CountyAdmin, A), ("fieldRules", TownshipAdmin, A),
    ("fieldRules", VillageOfficer, A), ("fieldRules", GroupLiaison, A), ("fieldRules", Anonymous, U),
    ("sectors", CityViewer, A), ("sectors", CountyAdmin, A), ("sectors", TownshipAdmin, A),
    ("sectors", VillageOfficer, A), ("sectors", GroupLiaison, A), ("sectors", Anonymous, U),
    ("login", CityViewer, A), ("login", CountyAdmin, A), ("login", TownshipAdmin, A),
    ("login", VillageOfficer, A), ("login", GroupLiaison, A), ("login", Anonymous, U),
    ("refreshSession", CityViewer, A), ("refreshSession", CountyAdmin, A), ("refreshSession", TownshipAdmin, A),
    ("refreshSession", VillageOfficer, A), ("refreshSession", GroupLiaison, A), ("refreshSession", Anonymous, U),
    ("logout", CityViewer, A), ("logout", CountyAdmin, A), ("logout", TownshipAdmin, A),
    ("logout", VillageOfficer, A), ("logout", GroupLiaison, A), ("logout", Anonymous, U),
    ("changePassword", CityViewer, A), ("changePassword", CountyAdmin, A), ("changePassword", TownshipAdmin, A),
    ("changePassword", VillageOfficer, A), ("changePassword", GroupLiaison, A), ("changePassword", Anonymous, U),
    ("loginSecondFactor", CityViewer, A), ("loginSecondFactor", CountyAdmin, A), ("loginSecondFactor", TownshipAdmin, A),
    ("loginSecondFactor", VillageOfficer, A), ("loginSecondFactor", GroupLiaison, A), ("loginSecondFactor", Anonymous, U),
    ("beginTotpEnrollment", CityViewer, A), ("beginTotpEnrollment", CountyAdmin, A), ("beginTotpEnrollment", TownshipAdmin, A),
    ("beginTotpEnrollment", VillageOfficer, A), ("beginTotpEnrollment", GroupLiaison, A), ("beginTotpEnrollment", Anonymous, U),
    ("confirmTotpEnrollment", CityViewer, A), ("confirmTotpEnrollment", CountyAdmin, A), ("confirmTotpEnrollment", TownshipAdmin, A),
    ("confirmTotpEnrollment", VillageOfficer, A), ("confirmTotpEnrollment", GroupLiaison, A), ("confirmTotpEnrollment", Anonymous, U),
    ("disableTotp", CityViewer, A), ("disableTotp", CountyAdmin, A), ("disableTotp", TownshipAdmin, A),
    ("disableTotp", VillageOfficer, A), ("disableTotp", GroupLiaison, A), ("disableTotp", Anonymous, U),
    ("documentKinds", CityViewer, A), ("documentKinds", CountyAdmin, A), ("documentKinds", TownshipAdmin, A),
    ("documentKinds", VillageOfficer, A), ("documentKinds", GroupLiaison, A), ("documentKinds", Anonymous, U),
    // The campaigns one works under and those set below: no target node
    // (campaigns_list.rs checks which ones each caller is shown).
    ("campaigns", CityViewer, A), ("campaigns", CountyAdmin, A), ("campaigns", TownshipAdmin, A),
    ("campaigns", VillageOfficer, A), ("campaigns", GroupLiaison, A), ("campaigns", Anonymous, U),
];
