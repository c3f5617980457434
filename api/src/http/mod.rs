//! HTTP: the guarded GraphQL endpoint, photo upload and download, health,
//! and the web app.
pub mod client_addr;
pub mod documents;
pub mod exports;
pub mod graphql_endpoint;
pub mod health;
pub mod photos;
pub mod rate_limit;
pub mod schema_sdl;
pub mod spa;
