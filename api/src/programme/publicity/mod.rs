//! Publicity and education sessions (宣传教育): a village officer records
//! them at the village, a liaison at its group.
pub mod schema;
pub mod service;

use super::RecordKind;

crate::programme_record!(publicity, held_on, HeldOn, |_| RecordKind::Publicity);
