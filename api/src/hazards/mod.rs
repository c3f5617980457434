//! Hazards (隐患): reported in the field, fixed on the spot or rectified by
//! a deadline, passed up the grid when a level cannot fix them (by hand, or
//! by the server when overdue), checked and closed by someone else, and
//! never deleted. The state machine is `lifecycle`; every step is written
//! by `steps`.
pub mod access;
pub mod corrections;
pub mod escalation;
pub mod lifecycle;
pub mod queries;
pub mod rectification;
pub mod report;
pub mod schema;
pub mod steps;
pub mod types;
