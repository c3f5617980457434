//! The one authorization decision: `action × caller × record`.
//!
//! Every read and write of scoped data, and every nested field that reads
//! one, asks [`authorize`]; it answers with an [`Authorized`] proof that the
//! services require (only this module can make one), or with the refusal:
//! NOT_FOUND when the record lies outside the caller's subtree (byte for
//! byte like a missing id), FORBIDDEN when the caller's role may not take
//! the action, BAD_USER_INPUT when the record's state does not allow it.
//! [`allowed_actions`] asks the same function for each action a record
//! has, so what the web app offers is exactly what the server accepts.
//!
//! The rules are one table in `rules`: role × permission, which role may
//! grant which, which role records which inspection kind, and per record
//! type which facts matter (handling node, author, state).
//!
//! A new record type plugs in by adding a `Subject` variant, its actions in
//! `action`, its rows in `rules::decide`, and `impl Guarded` for its model.
mod action;
mod decide;
mod guarded;
pub mod loaders;
mod proof;
mod read;
mod rules;

pub use action::Action;
pub use decide::{allowed_actions, authorize, check, check_named_person, facts_of, server_round};
pub use guarded::{Guarded, Subject};
pub use proof::Authorized;
pub use read::{find, scoped, subtree, visible};

/// The role table as the caller's `Scope` uses it.
pub(crate) mod rules_for_scope {
    pub use super::rules::{allows, may_grant};
}
pub use rules::{check_fits, may_hold, records_kind, records_programme, Permission};
