//! Rosters, demonstration sites, campaigns and their progress (issue 8).
#[allow(clippy::module_inception)]
mod campaigns;
mod demonstrations;
pub mod fixture;
mod progress;
mod rosters;
