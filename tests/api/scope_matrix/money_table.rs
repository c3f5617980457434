//! Rows for subsidies and payrolls (issue 9). Standards sit at counties
//! (read from below too: a township reads its county's, A at its parent;
//! set only by the county's administrator). Payrolls sit at their payer,
//! a township or a village; the level above approves (the payer itself is
//! F, `payroll.approved_above`); the payer marks paid and adjusts. The
//! ledger and the summary are read at any node the caller sees.
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
pub const MONEY: &[Row] = &[
    //                                          own child grand parent sibling cousin
    row("subsidyStandards",     CityViewer,     [A,  A,    X,    X,     N,      N]),
    row("subsidyStandards",     CountyAdmin,    [A,  X,    X,    X,     N,      X]),
    row("subsidyStandards",     TownshipAdmin,  [X,  X,    X,    A,     X,      X]),
    row("subsidyStandards",     VillageOfficer, [X,  X,    X,    X,     X,      X]),
    row("subsidyStandards",     GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("subsidyStandards",     Anonymous,      [X,  X,    X,    U,     X,      X]),

    // The county's administrator only; a township may not set its county's.
    row("setSubsidyStandard",   CityViewer,     [F,  F,    X,    X,     N,      N]),
    row("setSubsidyStandard",   CountyAdmin,    [A,  X,    X,    X,     N,      X]),
    row("setSubsidyStandard",   TownshipAdmin,  [X,  X,    X,    N,     X,      X]),
    row("setSubsidyStandard",   VillageOfficer, [X,  X,    X,    X,     X,      X]),
    row("setSubsidyStandard",   GroupLiaison,   [X,  X,    X,    X,     X,      X]),
    row("setSubsidyStandard",   Anonymous,      [X,  X,    X,    U,     X,      X]),

    row("subsidyLedger",        CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("subsidyLedger",        CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("subsidyLedger",        TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("subsidyLedger",        VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("subsidyLedger",        GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("subsidyLedger",        Anonymous,      [U,  U,    U,    U,     U,      U]),

    row("payrollSummary",       CityViewer,     [A,  A,    A,    N,     N,      N]),
    row("payrollSummary",       CountyAdmin,    [A,  A,    A,    N,     N,      N]),
    row("payrollSummary",       TownshipAdmin,  [A,  A,    A,    N,     N,      N]),
    row("payrollSummary",       VillageOfficer, [A,  A,    X,    N,     N,      N]),
    row("payrollSummary",       GroupLiaison,   [A,  X,    X,    N,     N,      N]),
    row("payrollSummary",       Anonymous,      [U,  U,    U,    U,     U,      U]),

    // The payer (a township or a village) prepares; a viewer never.
    row("preparePayroll",       CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("preparePayroll",       CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("preparePayroll",       TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("preparePayroll",       VillageOfficer, [A,  X,    X,    N,     N,      X]),
    row("preparePayroll",       GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("preparePayroll",       Anonymous,      [U,  U,    X,    X,     U,      U]),

    // The level above the payer: a township its villages', not its own.
    row("approvePayroll",       CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("approvePayroll",       CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("approvePayroll",       TownshipAdmin,  [F,  A,    X,    X,     N,      N]),
    row("approvePayroll",       VillageOfficer, [F,  X,    X,    N,     N,      X]),
    row("approvePayroll",       GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("approvePayroll",       Anonymous,      [U,  U,    X,    X,     U,      U]),

    row("markPayrollPaid",      CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("markPayrollPaid",      CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("markPayrollPaid",      TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("markPayrollPaid",      VillageOfficer, [A,  X,    X,    N,     N,      X]),
    row("markPayrollPaid",      GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("markPayrollPaid",      Anonymous,      [U,  U,    X,    X,     U,      U]),

    row("adjustPayroll",        CityViewer,     [F,  F,    F,    X,     N,      N]),
    row("adjustPayroll",        CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("adjustPayroll",        TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("adjustPayroll",        VillageOfficer, [A,  X,    X,    N,     N,      X]),
    row("adjustPayroll",        GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("adjustPayroll",        Anonymous,      [U,  U,    X,    X,     U,      U]),

    row("payrolls",             CityViewer,     [A,  A,    A,    X,     N,      N]),
    row("payrolls",             CountyAdmin,    [A,  A,    A,    X,     N,      N]),
    row("payrolls",             TownshipAdmin,  [A,  A,    X,    X,     N,      N]),
    row("payrolls",             VillageOfficer, [A,  X,    X,    N,     N,      X]),
    row("payrolls",             GroupLiaison,   [X,  X,    X,    N,     X,      X]),
    row("payrolls",             Anonymous,      [U,  U,    X,    X,     U,      U]),
];

/// Where these records sit (see `programme_table::KIND_LEVELS`): standards
/// at counties, payrolls at their payer (a township or a village).
pub const KIND_LEVELS: &[(&str, i16, i16)] = &[
    ("subsidyStandards", 3, 3),
    ("setSubsidyStandard", 3, 3),
    ("preparePayroll", 4, 5),
    ("approvePayroll", 4, 5),
    ("markPayrollPaid", 4, 5),
    ("adjustPayroll", 4, 5),
    ("payrolls", 4, 5),
];
