//! Who is calling: passwords, access tokens, refresh sessions, the account
//! lock and the address slow-down, the TOTP second factor, what a session
//! must do first, and the one place a `Scope` is built.
pub mod actor;
pub mod lock;
pub mod opaque;
pub mod password;
pub mod pending;
pub mod role;
pub mod schema;
pub mod second_factor;
pub mod service;
pub mod session;
pub mod throttle;
pub mod token;
pub mod totp;
