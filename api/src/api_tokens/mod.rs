//! Read-only tokens for third-party dashboards, each bound to one node.
pub mod schema;
pub mod service;
