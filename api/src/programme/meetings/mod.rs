//! Safety meetings (例会, 村级安全会议, 领导小组会议): the worked example of a
//! programme kind — the shared steps in `programme`, only the meeting's own
//! fields here.
pub mod schema;
pub mod service;

use super::RecordKind;

crate::programme_record!(meeting, held_on, HeldOn, |m| record_kind(m.kind));

/// Which of the notice's meetings a record is: defined once with its
/// table (`entity`).
pub use entity::meeting::MeetingKind;

/// The programme record kind each meeting counts as.
pub fn record_kind(kind: MeetingKind) -> RecordKind {
    match kind {
        MeetingKind::TownshipMonthly => RecordKind::TownshipMeeting,
        MeetingKind::VillageSafety => RecordKind::VillageMeeting,
        MeetingKind::LeadingGroup => RecordKind::LeadingGroupMeeting,
    }
}
