//! One way for every create that a client may send more than once
//! (inspections, hazards, photos): look the key up inside the write
//! transaction, answer the stored record to its maker (whatever the retry
//! carried this time), refuse anyone else's key, and if another process
//! stored the key first after all, answer its record — never an internal
//! error.
//!
//! The write transaction (`AppState::begin_write`) holds the database's
//! writer lock from its first statement, so on both backends the look-up
//! and the insert are not interleaved with another server's; the unique
//! index on the key is the second line, for writers that did not begin that
//! way.
mod key;

pub use key::IdempotencyKey;

use crate::error::{AppError, AppResult, Key};
use crate::scope::Scope;
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, Condition, ConnectionTrait, DbErr, EntityTrait,
    IntoActiveModel, QueryFilter, SqlErr,
};
use uuid::Uuid;

/// A record made once per key (a record the authorization decision knows:
/// a retry gets it back only if its maker may still read it).
pub trait Keyed: EntityTrait<Model: crate::authz::Guarded> {
    /// What identifies one create: the client's key, or (photos) what the
    /// content itself says.
    type Key;
    /// The stored records that answer `key`.
    fn answering(key: &Self::Key) -> Condition;
    /// Who made it: a key answers its maker only.
    fn made_by(model: &Self::Model) -> Uuid;
}

/// The record `key` already made, for `scope`'s caller: `None` when there
/// is none, the record when the caller made it (and may still see it), and
/// CONFLICT when the key is someone else's (saying nothing about their
/// record).
pub async fn stored<E: Keyed>(
    db: &impl ConnectionTrait,
    scope: &Scope,
    key: &E::Key,
) -> AppResult<Option<E::Model>> {
    let Some(existing) = E::find().filter(E::answering(key)).one(db).await? else {
        return Ok(None);
    };
    if E::made_by(&existing) != scope.account_id() {
        return Err(AppError::conflict(Key::IdempotencyKeyUsedByOther));
    }
    // An unattached photo is its uploader's, wherever they stand; a record
    // at a node must still be in the maker's subtree.
    crate::authz::check(scope, crate::authz::Action::Read, &existing)?;
    Ok(Some(existing))
}

/// Inserts `active`; `None` when a unique key was taken by another writer
/// meanwhile. The transaction is then spoilt (PostgreSQL): drop it and ask
/// `winner`.
pub async fn insert<A>(
    txn: &impl ConnectionTrait,
    active: A,
) -> AppResult<Option<<A::Entity as EntityTrait>::Model>>
where
    A: ActiveModelTrait + ActiveModelBehavior + Send,
    <A::Entity as EntityTrait>::Model: IntoActiveModel<A>,
{
    match active.insert(txn).await {
        Ok(model) => Ok(Some(model)),
        Err(e) if key_taken(&e) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Whether `err` says a unique key is already stored.
pub fn key_taken(err: &DbErr) -> bool {
    matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

/// After a lost race (`insert` said `None` and its transaction is gone):
/// the record the winner stored, by the same rules as `stored`.
pub async fn winner<E: Keyed>(
    db: &impl ConnectionTrait,
    scope: &Scope,
    key: &E::Key,
) -> AppResult<E::Model> {
    stored::<E>(db, scope, key).await?.ok_or(AppError::Conflict)
}

/// Inspections and hazards carry the client's key in a unique column.
macro_rules! keyed_by_client {
    ($entity:ident, $author:ident) => {
        impl Keyed for entity::$entity::Entity {
            type Key = IdempotencyKey;
            fn answering(key: &IdempotencyKey) -> Condition {
                use sea_orm::ColumnTrait;
                Condition::all().add(entity::$entity::Column::IdempotencyKey.eq(key.as_str()))
            }
            fn made_by(model: &Self::Model) -> Uuid {
                model.$author
            }
        }
    };
}

keyed_by_client!(inspection, author_id);
keyed_by_client!(hazard, reported_by);
keyed_by_client!(payroll, prepared_by);
keyed_by_client!(payroll_line, created_by);
keyed_by_client!(sanction, decided_by);

/// A photo's key is its uploader and its bytes, while it is not attached
/// to a record yet: the same bytes sent again give the same photo.
pub struct PhotoKey {
    pub uploader: Uuid,
    pub sha256: String,
}

impl Keyed for entity::photo::Entity {
    type Key = PhotoKey;
    fn answering(key: &PhotoKey) -> Condition {
        use entity::photo::Column;
        use sea_orm::ColumnTrait;
        Condition::all()
            .add(Column::UploadedBy.eq(key.uploader))
            .add(Column::Sha256.eq(key.sha256.as_str()))
            .add(Column::OwnerId.is_null())
    }
    fn made_by(model: &Self::Model) -> Uuid {
        model.uploaded_by
    }
}
