//! The stored values of subsidies and payrolls in the person's language.

use crate::api::{ExemptReason, FundingSource, PayrollLineKind, PayrollStatus, SubsidyRole};
use crate::dates::local_datetime;
use crate::i18n::P;

pub fn role(r: SubsidyRole) -> P {
    match r {
        SubsidyRole::VillageOfficer => P::VillageOfficer,
        SubsidyRole::GroupLiaison => P::GroupLiaison,
        SubsidyRole::Other => P::Unknown,
    }
}

pub fn fund(f: FundingSource) -> P {
    match f {
        FundingSource::CountyBudget => P::CountyBudget,
        FundingSource::PovertyAlleviationFund => P::PovertyFund,
        FundingSource::Other => P::Unknown,
    }
}

pub fn exempt(r: ExemptReason) -> P {
    match r {
        ExemptReason::UrbanCommunity => P::UrbanCommunity,
        ExemptReason::Other => P::Unknown,
    }
}

pub fn status(s: PayrollStatus) -> P {
    match s {
        PayrollStatus::Draft => P::Draft,
        PayrollStatus::Approved => P::Approved,
        PayrollStatus::Paid => P::Paid,
        PayrollStatus::Other => P::Unknown,
    }
}

/// The chip's class for a status.
pub fn status_class(s: PayrollStatus) -> &'static str {
    match s {
        PayrollStatus::Paid => "chip chip-ok payroll-status",
        PayrollStatus::Approved => "chip chip-info payroll-status",
        _ => "chip chip-gap payroll-status",
    }
}

pub fn line_kind(k: PayrollLineKind) -> P {
    match k {
        PayrollLineKind::Ledger => P::LedgerLine,
        PayrollLineKind::Adjustment => P::AdjustmentLine,
        PayrollLineKind::Other => P::Unknown,
    }
}

/// The local day of an RFC 3339 instant ("2026-01-05").
pub fn day_of(rfc3339: &str) -> String {
    local_datetime(rfc3339).chars().take(10).collect()
}
