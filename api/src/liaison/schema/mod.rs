//! GraphQL for the liaison records: types, lists, mutations.
mod ceremony;
mod common;
mod mutation;
mod query;
mod vehicle;
mod warning;

pub use ceremony::{CeremonyNotice, OnSiteReminder};
pub use mutation::LiaisonMutation;
pub use query::LiaisonQuery;
pub use vehicle::{Persuasion, Vehicle};
pub use warning::SeasonalWarning;
