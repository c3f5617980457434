//! Hazards: the state machine through the API, escalation by hand and by
//! clock, scope, idempotency.
mod demo;
mod escalation;
pub mod fixtures;
mod ledger;
mod lifecycle;
mod overview;
mod scope;
mod transitions;
mod verifier_person;
