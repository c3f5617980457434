//! Subsidies (补贴, issue 9): the standards per county, year and post, and
//! the ledger (补贴台账) that says what each post is due for a year. Money
//! is integer fen (`fen::Fen`) everywhere. Payrolls, which pay the ledger,
//! are `crate::payrolls`.
pub mod fen;
pub mod kinds;
pub mod ledger;
pub mod proration;
pub mod schema;
pub mod standards;

pub use fen::Fen;
