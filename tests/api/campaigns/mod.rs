//! Rosters sent to the county (issue 8, campaigns part).
mod rosters;
