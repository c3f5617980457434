//! Officer assessments (考核, issue 9): the form filled from a known year
//! of records, the state machine, who may assess and approve, rules as
//! data overridden per township and village, the ledger's deduction to
//! the fen, and the demo's year of assessments.
mod demo;
pub mod fixture;
mod form;
mod ledger;
mod rules;
mod steps;
