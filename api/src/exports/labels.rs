//! The ledgers' words. A ledger is a government form, written in Chinese
//! whatever the caller's language (the web app translates its screens; the
//! county files these), so the names of states, severities and posts live
//! here once, beside the forms that print them.
use crate::hazards::lifecycle::{HazardSeverity, HazardState};
use crate::people::appointment_role::AppointmentRole;
use crate::subsidies::kinds::ExemptReason;
use entity::payroll::PayrollStatus;
use entity::payroll_line::{FundingSource, PayrollLineKind};
use entity::subsidy_standard::SubsidyRole;

pub fn hazard_state(state: HazardState) -> &'static str {
    match state {
        HazardState::Reported => "已上报",
        HazardState::FixedOnSpot => "已当场整改",
        HazardState::Rectifying => "整改中",
        HazardState::Rectified => "已整改待复查",
        HazardState::Closed => "已复查销号",
        HazardState::Reopened => "已重新打开",
    }
}

pub fn severity(severity: HazardSeverity) -> &'static str {
    match severity {
        HazardSeverity::General => "一般隐患",
        HazardSeverity::Major => "重大隐患",
    }
}

pub fn post(role: AppointmentRole) -> &'static str {
    match role {
        AppointmentRole::VillageOfficer => "村级安全员",
        AppointmentRole::GroupLiaison => "组级安全联络员",
        AppointmentRole::TownshipLeader => "乡镇领导班子成员",
    }
}

pub fn subsidy_role(role: SubsidyRole) -> &'static str {
    match role {
        SubsidyRole::VillageOfficer => "村级安全员",
        SubsidyRole::GroupLiaison => "组级安全联络员",
    }
}

pub fn funding_source(source: FundingSource) -> &'static str {
    match source {
        FundingSource::CountyBudget => "县级财政",
        FundingSource::PovertyAlleviationFund => "扶贫创新就业资金",
    }
}

pub fn exempt_reason(reason: ExemptReason) -> &'static str {
    match reason {
        ExemptReason::UrbanCommunity => "城市社区，不发村级安全员补贴",
    }
}

pub fn payroll_status(status: PayrollStatus) -> &'static str {
    match status {
        PayrollStatus::Draft => "编制中",
        PayrollStatus::Approved => "已审核",
        PayrollStatus::Paid => "已发放",
    }
}

pub fn line_kind(kind: PayrollLineKind) -> &'static str {
    match kind {
        PayrollLineKind::Ledger => "台账",
        PayrollLineKind::Adjustment => "调整",
    }
}

/// A stored name (`RECTIFYING`) in the ledger's words; an unknown one as
/// stored, so a row is never dropped for its label.
pub fn stored(text: &str, label: impl Fn(&str) -> Option<&'static str>) -> String {
    label(text).map_or_else(|| text.to_string(), str::to_string)
}
