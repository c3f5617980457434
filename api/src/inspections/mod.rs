//! Inspections (检查 / 巡查 / 走访): recorded from phones, idempotent by a
//! client key, counted toward the post of the person who did them.
pub mod correct;
pub mod input;
pub mod kind;
pub mod month;
pub mod post;
pub mod read;
pub mod record;
pub mod schema;
pub mod sectors;

pub use kind::InspectionKind;
pub use month::Month;
