//! Who is calling: passwords, access tokens, refresh sessions, throttling,
//! and the one place a `Scope` is built.
pub mod actor;
pub mod opaque;
pub mod password;
pub mod role;
pub mod schema;
pub mod service;
pub mod session;
pub mod throttle;
pub mod token;
