//! One integration-test binary: every test starts the real server on port 0
//! with a fresh database (SQLite, or PostgreSQL with
//! `SAFEGRID_TEST_BACKEND=postgres`) and talks to it over HTTP.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod helpers;

pub mod accounts;
mod assessments;
mod audit;
mod auth;
mod backup;
mod campaigns;
mod consistency;
mod cursors;
mod database_settings;
mod divisions;
mod errors;
mod exports;
mod grid;
mod hardening;
mod hazards;
mod health;
mod inspections;
mod integrity;
mod integrity_signals;
mod node;
mod people;
mod photos;
mod programme;
mod sanctions;
mod schema_docs;
mod schema_drift;
mod scope_matrix;
mod scorecards;
mod statements;
mod subsidies;
mod web;
