//! Integrity signals (诚信预警): the county's scan finds exactly what looks
//! wrong (one of each kind in a fixture made through the API, nothing in a
//! clean county), the county dismisses a signal with a reason and it stays
//! dismissed, a township sees its own and may not dismiss, outside the
//! subtree is a missing id, and the list filters, pages and sends as many
//! statements for 10 rows as for 2.
mod demo;
mod dismiss;
pub mod fixture;
mod list;
mod scan;
mod scope;
