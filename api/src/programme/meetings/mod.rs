//! Safety meetings (例会, 村级安全会议, 领导小组会议): the worked example of a
//! programme kind — the shared steps in `programme`, only the meeting's own
//! fields here.
pub mod schema;
pub mod service;

use super::RecordKind;
use async_graphql::Enum;

crate::programme_record!(meeting, held_on, HeldOn, |m| MeetingKind::parse(&m.kind)
    .unwrap_or(MeetingKind::VillageSafety)
    .record_kind());

/// Which of the notice's meetings a meeting record is.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum MeetingKind {
    /// 安全生产例会: the township's monthly safety meeting.
    TownshipMonthly,
    /// 村级安全会议: a village safety meeting (≥ 4 a year).
    VillageSafety,
    /// 领导小组会议: the leading group's meeting.
    LeadingGroup,
}

impl MeetingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::TownshipMonthly => "TOWNSHIP_MONTHLY",
            Self::VillageSafety => "VILLAGE_SAFETY",
            Self::LeadingGroup => "LEADING_GROUP",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::TownshipMonthly,
            Self::VillageSafety,
            Self::LeadingGroup,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }

    pub fn record_kind(self) -> RecordKind {
        match self {
            Self::TownshipMonthly => RecordKind::TownshipMeeting,
            Self::VillageSafety => RecordKind::VillageMeeting,
            Self::LeadingGroup => RecordKind::LeadingGroupMeeting,
        }
    }
}
