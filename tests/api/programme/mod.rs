//! Programme records and documents (issue 8): who records what where,
//! evidence kept through corrections, idempotency, documents in scope.
mod documents;
pub mod fixtures;
mod meetings;
mod liaison;
