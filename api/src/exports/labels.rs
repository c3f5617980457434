//! The ledgers' words. A ledger is a government form, written in Chinese
//! whatever the caller's language (the web app translates its screens; the
//! county files these), so the names of states, severities and posts live
//! here once, beside the forms that print them.
use crate::hazards::lifecycle::{HazardSeverity, HazardState};
use crate::people::appointment_role::AppointmentRole;

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

/// A stored name (`RECTIFYING`) in the ledger's words; an unknown one as
/// stored, so a row is never dropped for its label.
pub fn stored(text: &str, label: impl Fn(&str) -> Option<&'static str>) -> String {
    label(text).map_or_else(|| text.to_string(), str::to_string)
}
