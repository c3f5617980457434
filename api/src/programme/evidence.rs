//! Documents a record cites as its evidence: each must be one the caller
//! can see; the links are written with the record and never removed.
use crate::error::{AppError, AppResult, Key};
use crate::scope::Scope;
use chrono::{DateTime, Utc};
use entity::{document, record_document};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

/// Documents one record may cite.
pub const MAX_DOCUMENTS: usize = 20;

pub async fn cite(
    txn: &impl ConnectionTrait,
    scope: &Scope,
    owner_kind: &'static str,
    owner_id: Uuid,
    ids: &[Uuid],
    now: DateTime<Utc>,
) -> AppResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    if ids.len() > MAX_DOCUMENTS {
        return Err(
            AppError::input("documentIds", Key::RecordTooManyDocuments).with("max", MAX_DOCUMENTS)
        );
    }
    let mut unique = ids.to_vec();
    unique.sort();
    unique.dedup();
    let found = document::Entity::find()
        .filter(document::Column::Id.is_in(unique.clone()))
        .filter(crate::authz::subtree(scope, document::Column::NodeCode))
        .count(txn)
        .await?;
    if found != unique.len() as u64 {
        return Err(AppError::input("documentIds", Key::RecordDocumentUnknown));
    }
    record_document::Entity::insert_many(unique.into_iter().map(|document_id| {
        record_document::ActiveModel {
            owner_id: Set(owner_id),
            document_id: Set(document_id),
            owner_kind: Set(owner_kind.to_string()),
            created_at: Set(now),
        }
    }))
    .exec(txn)
    .await?;
    Ok(())
}
