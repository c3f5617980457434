//! Subsidies and payrolls (issue 9): the ledger to the fen, the standards
//! as data, the payroll state machine and who may take each step.
mod demo;
pub mod fixture;
mod ledger;
mod payrolls;
mod scope;
mod steps;
