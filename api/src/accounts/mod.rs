//! Login accounts at grid nodes, managed by administrators and leaders.
pub mod cli;
pub mod display;
pub mod schema;
pub mod service;
