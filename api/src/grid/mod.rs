//! The six-level grid: nodes, their codes, and coverage.
pub mod code;
pub mod coverage;
pub mod schema;
pub mod service;
