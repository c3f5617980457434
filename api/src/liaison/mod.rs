//! The group liaison's own records (附件3), besides patrols and hazards:
//! ceremony notices (红白喜事打招呼) and the on-site reminders given at them
//! (跟场提醒), the group's motor-vehicle register (机动车排查登记) with the
//! persuasion talks held with drivers (劝导), and seasonal warnings. Each is
//! a programme record (`crate::programme`): recorded through
//! `programme::open`/`finish`, corrected through `programme::correct`,
//! decided by `authz` (a liaison at its group, the village officer at its
//! village's groups, above may read).
pub mod ceremonies;
pub mod kinds;
pub mod plate;
pub mod plate_shape;
pub mod reminders;
pub mod schema;
pub mod talks;
pub mod vehicles;
pub mod warnings;

use crate::programme::RecordKind;

crate::programme_record!(ceremony_notice, noticed_on, NoticedOn, |_| {
    RecordKind::CeremonyNotice
});
crate::programme_record!(on_site_reminder, reminded_on, RemindedOn, |_| {
    RecordKind::OnSiteReminder
});
crate::programme_record!(vehicle, registered_on, RegisteredOn, |_| {
    RecordKind::Vehicle
});
crate::programme_record!(persuasion, talked_on, TalkedOn, |_| RecordKind::Persuasion);
crate::programme_record!(seasonal_warning, given_on, GivenOn, |_| {
    RecordKind::SeasonalWarning
});

/// Free text on every liaison record (notes, place, …).
pub const MAX_NOTES: usize = 2000;
/// A name (host, owner, driver).
pub const MAX_NAME: usize = 40;

/// Optional text, trimmed and bounded; empty when absent.
pub fn notes(field: &'static str, text: Option<&str>) -> crate::error::AppResult<String> {
    match text.map(str::trim) {
        None | Some("") => Ok(String::new()),
        Some(t) => crate::validate::text(field, t, MAX_NOTES),
    }
}
