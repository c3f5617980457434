//! SafeGrid (安全网格): the server for "six levels, six coverages" work-safety
//! grid management. `main.rs` is the CLI; everything else is here so the
//! tests can start the real server on port 0.

// The root Query and Mutation merge one object per domain
// (`MergedObject`), nested a level per member: the default 128 is too
// shallow for the layout of their resolvers.
#![recursion_limit = "256"]
pub mod accounts;
pub mod api_tokens;
pub mod assessments;
pub mod audit;
pub mod auth;
pub mod authz;
pub mod backup;
pub mod campaigns;
pub mod clock;
pub mod config;
pub mod context;
pub mod db;
pub mod demo;
pub mod demo_field;
pub mod demo_programme;
pub mod demonstrations;
pub mod divisions;
pub mod documents;
pub mod error;
pub mod exports;
pub mod field_rules;
pub mod graphql;
pub mod grid;
pub mod hazards;
pub mod http;
pub mod idempotency;
pub mod ids;
pub mod inspections;
pub mod integrity_signals;
pub mod leaders;
pub mod liaison;
pub mod node;
pub mod overview;
pub mod pagination;
pub mod payrolls;
pub mod people;
pub mod photos;
pub mod programme;
pub mod sanctions;
pub mod scalars;
pub mod scope;
pub mod scorecards;
pub mod startup;
pub mod state;
pub mod subsidies;
pub mod validate;
pub mod versioned;
