//! GraphQL and HTTP abuse (SECURITY.md 16–19, 32).
mod http_guards;
mod introspection;
mod limits;
