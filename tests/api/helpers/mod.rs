//! Helpers every test uses: a fresh server and database, a GraphQL client,
//! sessions, forged tokens and fixtures.
pub mod app;
pub mod database;
pub mod fixtures;
pub mod graphql;
pub mod session;
pub mod tokens;

pub use app::{
    spawn_app, spawn_app_with, spawn_demo_app, spawn_demo_app_with, TestApp, DEMO_PASSWORD,
};
pub use graphql::Answer;
pub use session::Session;
