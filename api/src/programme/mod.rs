//! Programme records: everything the notice asks people to do besides
//! patrols and hazards (meetings, training, drills, publicity, work plans,
//! notebook checks, and the kinds other modules add: duty reports,
//! ceremonies, vehicles, …). What they all share lives here:
//!
//! - a node in the author's scope, decided by `authz` (`RecordKind::action`
//!   at the node; `rules::records_programme` says which roles record a
//!   kind, `RecordKind::allowed_at` at which level);
//! - a day (`dates`): not in the future, not in a closed month;
//! - photos (`photos::attach`) and documents (`evidence::cite`);
//! - an idempotency key (`idempotency`), unique in the kind's table;
//! - never deleted; corrected only by `correct`, which keeps the old row in
//!   `record_versions` with the reason; every write audited.
//!
//! ## Adding a kind
//! 1. A table with the shared columns: in the migration use the
//!    `record_table` helper's columns (`id, node_id, node_code, <day>,
//!    author_id, idempotency_key (unique), version, created_at,
//!    updated_at`) and an index on `(node_code, <day>)`; its entity file.
//! 2. A `RecordKind` variant (here, `kind.rs`) with its `entity` name
//!    (≤ 16 chars), its `Action` and where it sits, and its row in
//!    `authz::rules::records_programme`.
//! 3. `crate::programme_record!(table, day_field, DayColumn, |m| RecordKind::X);`
//! 4. The service: `open::<E>(…, NewRecord { … })`, check the kind's own
//!    fields with `draft.txn()`, then `draft.finish::<E>(ActiveModel { own
//!    fields, ..Default::default() })`. Reads: `list::<E>` / `find::<E>`;
//!    corrections: `correct::<E>(…, |active| { … })`.
//! 5. The GraphQL type: `#[derive(MergedObject)] pub struct X(RecordFields,
//!    XFields)`, built with `RecordFields(authz::facts_of::<E>(&proof))`.
//!    See `meetings` for all of it in one place.
pub mod correct;
pub mod create;
pub mod dates;
pub mod drills;
pub mod entity;
pub mod evidence;
pub mod facts;
pub mod fields;
pub mod kind;
pub mod list;
pub mod meetings;
pub mod notebooks;
pub mod posts;
pub mod publicity;
pub mod trainings;
pub mod work_plans;

pub use create::{open, Draft, NewRecord, Opened};
pub use entity::{Col, RecordEntity};
pub use facts::RecordFacts;
pub use fields::{RecordFields, RecordVersion};
pub use kind::RecordKind;
pub use list::{find, list, Period};
