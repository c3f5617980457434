//! HTTP: the guarded GraphQL endpoint, health, and the web app.
pub mod graphql_endpoint;
pub mod health;
pub mod rate_limit;
pub mod spa;
