//! Training sessions (培训): the township (or the county, for a township
//! below it) trains officers and liaisons; each attendee's post is then
//! marked trained (`programme::posts`).
pub mod schema;
pub mod service;

use super::RecordKind;

crate::programme_record!(training, held_on, HeldOn, |_| RecordKind::Training);
