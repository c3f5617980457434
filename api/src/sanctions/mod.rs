//! Sanctions (issue 9): what the notice says happens to who falls behind.
//! A township late on a campaign deadline gets a warning interview
//! (警示约谈); an officer or liaison who does not do the job loses that
//! year's award eligibility (取消当年评先评优).
//!
//! The system only proposes (`proposals`, computed from the records by the
//! county's rule of the year, `rules`); the county decides and records the
//! decision with its day, reason and documents (`record`). Decisions are
//! never deleted.
pub mod proposals;
pub mod record;
pub mod rules;
pub mod schema;

pub use entity::sanction::SanctionKind;

/// The county a code at county level or below belongs to.
pub fn county_of(code: i64) -> i64 {
    let unit = 10_i64.pow(15 - crate::grid::code::Level::County.digits());
    code / unit * unit
}
