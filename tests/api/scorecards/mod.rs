//! The township scorecard (考核表, 附件1): the template, the cards filled
//! from the records, the county office's entries, the lock and ranking,
//! who reads what, the Excel ledger and the demo.
mod demo;
mod export;
pub mod fixture;
mod lock;
mod points;
mod scope;
mod statements;
mod template;
