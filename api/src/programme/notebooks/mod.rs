//! Work notebooks (工作笔记本): the township (or the county above it)
//! issues them to posts, which sets each appointment's notebook date, and
//! spot-checks them: per person kept properly or not, with a photo of the
//! page. A village does not check its own (`authz::rules::from_above`).
pub mod schema;
pub mod service;

use super::RecordKind;

crate::programme_record!(notebook_check, checked_on, CheckedOn, |_| {
    RecordKind::NotebookCheck
});
