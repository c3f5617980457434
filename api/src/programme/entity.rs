//! The trait a programme record's table implements, so the shared steps
//! (`create`, `correct`, `list`) work on it. `programme_record!` writes it
//! (and the authorization and idempotency impls) from the column names.
use super::facts::RecordFacts;
use super::kind::RecordKind;
use crate::authz::Guarded;
use crate::idempotency::{IdempotencyKey, Keyed};
use sea_orm::{EntityTrait, IntoActiveModel, PrimaryKeyTrait};
use uuid::Uuid;

/// The columns every programme record table has (`migration`'s
/// `record_table` makes them), by their role.
#[derive(Copy, Clone, Debug)]
pub enum Col {
    Id,
    NodeId,
    NodeCode,
    /// The record's day (`held_on`, `checked_on`, …).
    On,
    AuthorId,
    IdempotencyKey,
    Version,
    CreatedAt,
    UpdatedAt,
}

pub trait RecordEntity:
    Keyed<Key = IdempotencyKey>
    + EntityTrait<
        Model: Guarded
                   + serde::Serialize
                   + Clone
                   + Send
                   + Sync
                   + IntoActiveModel<<Self as EntityTrait>::ActiveModel>,
        ActiveModel: Send,
        PrimaryKey: PrimaryKeyTrait<ValueType = Uuid>,
    >
{
    /// The kind a row is (a table may hold several: meetings).
    fn kind_of(model: &Self::Model) -> RecordKind;
    fn col(c: Col) -> Self::Column;
    fn facts(model: &Self::Model) -> RecordFacts;
}

/// `programme_record!(meeting, held_on, |m| kind)` implements
/// [`RecordEntity`], `Guarded` and `Keyed` for `entity::meeting`, whose
/// day column is `held_on`; the closure says a row's kind.
#[macro_export]
macro_rules! programme_record {
    ($table:ident, $on:ident, $on_col:ident, $kind:expr) => {
        impl $crate::programme::RecordEntity for entity::$table::Entity {
            fn kind_of(model: &entity::$table::Model) -> $crate::programme::RecordKind {
                let kind: fn(&entity::$table::Model) -> $crate::programme::RecordKind = $kind;
                kind(model)
            }
            fn col(c: $crate::programme::Col) -> entity::$table::Column {
                use entity::$table::Column as C;
                use $crate::programme::Col;
                match c {
                    Col::Id => C::Id,
                    Col::NodeId => C::NodeId,
                    Col::NodeCode => C::NodeCode,
                    Col::On => C::$on_col,
                    Col::AuthorId => C::AuthorId,
                    Col::IdempotencyKey => C::IdempotencyKey,
                    Col::Version => C::Version,
                    Col::CreatedAt => C::CreatedAt,
                    Col::UpdatedAt => C::UpdatedAt,
                }
            }
            fn facts(m: &entity::$table::Model) -> $crate::programme::RecordFacts {
                $crate::programme::RecordFacts {
                    kind: <Self as $crate::programme::RecordEntity>::kind_of(m),
                    id: m.id,
                    node_id: m.node_id,
                    node_code: m.node_code,
                    on: m.$on,
                    author_id: m.author_id,
                    version: m.version,
                    created_at: m.created_at,
                    updated_at: m.updated_at,
                }
            }
        }

        impl $crate::authz::Guarded for entity::$table::Model {
            const ACTIONS: &'static [$crate::authz::Action] = $crate::authz::Action::RECORD;
            fn subject(&self) -> $crate::authz::Subject<'_> {
                $crate::authz::Subject::Record(
                    <entity::$table::Entity as $crate::programme::RecordEntity>::facts(self),
                )
            }
            fn actions(&self) -> &'static [$crate::authz::Action] {
                <entity::$table::Entity as $crate::programme::RecordEntity>::facts(self).actions()
            }
        }

        impl $crate::idempotency::Keyed for entity::$table::Entity {
            type Key = $crate::idempotency::IdempotencyKey;
            fn answering(key: &$crate::idempotency::IdempotencyKey) -> sea_orm::Condition {
                use sea_orm::ColumnTrait;
                sea_orm::Condition::all()
                    .add(entity::$table::Column::IdempotencyKey.eq(key.as_str()))
            }
            fn made_by(model: &entity::$table::Model) -> uuid::Uuid {
                model.author_id
            }
        }
    };
}
