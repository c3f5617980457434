//! Accounts: who may create and disable whom (issue item 5).
mod grants;
mod moves;
