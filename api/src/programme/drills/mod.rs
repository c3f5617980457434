//! Emergency rescue drills (应急演练): a village's officer records them.
pub mod schema;
pub mod service;

use super::RecordKind;

crate::programme_record!(drill, held_on, HeldOn, |_| RecordKind::Drill);
