//! Payrolls (补贴发放, issue 9): the payer prepares one per year from the
//! ledger (`prepare`), the level above approves it, the payer marks it
//! paid, and a mistake after that is an adjustment line (`steps`); the
//! state machine is one table (`lifecycle`). The county sees what is due,
//! approved and paid per township (`summary`).
pub mod lifecycle;
pub mod line;
pub mod prepare;
pub mod queries;
pub mod schema;
pub mod steps;
pub mod summary;
