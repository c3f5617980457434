//! One file per table, nothing else: the domain rules live in `api`.
pub mod account;
pub mod api_token;
pub mod appointment;
pub mod audit_log;
pub mod grid_node;
pub mod hazard;
pub mod hazard_event;
pub mod inspection;
pub mod level_label;
pub mod login_challenge;
pub mod person;
pub mod photo;
pub mod recovery_code;
pub mod sector;
pub mod session;
