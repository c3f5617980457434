//! Nested fields of programme records, in batches: the documents a record
//! cites and its earlier versions. A page of 5 or 50 records sends the same
//! statements.
use super::{failed, load_failed, loader, scope, LoadError, Rows};
use crate::authz::proof::Authorized;
use crate::authz::read::visible;
use crate::error::AppResult;
use crate::programme::RecordFacts;
use async_graphql::dataloader::Loader;
use async_graphql::Context;
use entity::{document, record_document, record_version};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct DocumentsOf(pub Uuid);
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct VersionsOf(pub Uuid);

impl Loader<DocumentsOf> for Rows {
    type Value = Vec<document::Model>;
    type Error = LoadError;
    async fn load(
        &self,
        keys: &[DocumentsOf],
    ) -> Result<HashMap<DocumentsOf, Self::Value>, LoadError> {
        let ids: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        let links = record_document::Entity::find()
            .filter(record_document::Column::OwnerId.is_in(ids))
            .all(&self.db)
            .await
            .map_err(failed)?;
        let doc_ids: Vec<Uuid> = links.iter().map(|l| l.document_id).collect();
        let docs: HashMap<Uuid, document::Model> = if doc_ids.is_empty() {
            HashMap::new()
        } else {
            document::Entity::find()
                .filter(document::Column::Id.is_in(doc_ids))
                .all(&self.db)
                .await
                .map_err(failed)?
                .into_iter()
                .map(|d| (d.id, d))
                .collect()
        };
        let mut out: HashMap<DocumentsOf, Vec<document::Model>> = HashMap::new();
        for l in links {
            if let Some(d) = docs.get(&l.document_id) {
                out.entry(DocumentsOf(l.owner_id))
                    .or_default()
                    .push(d.clone());
            }
        }
        for list in out.values_mut() {
            list.sort_by_key(|d| (d.created_at, d.id));
        }
        Ok(out)
    }
}

impl Loader<VersionsOf> for Rows {
    type Value = Vec<record_version::Model>;
    type Error = LoadError;
    async fn load(
        &self,
        keys: &[VersionsOf],
    ) -> Result<HashMap<VersionsOf, Self::Value>, LoadError> {
        let ids: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        let rows = record_version::Entity::find()
            .filter(record_version::Column::RecordId.is_in(ids))
            .order_by_asc(record_version::Column::Version)
            .all(&self.db)
            .await
            .map_err(failed)?;
        let mut out: HashMap<VersionsOf, Vec<record_version::Model>> = HashMap::new();
        for v in rows {
            out.entry(VersionsOf(v.record_id)).or_default().push(v);
        }
        Ok(out)
    }
}

/// The documents a record cites that the caller may see.
pub async fn documents_of(
    ctx: &Context<'_>,
    record: &Authorized<RecordFacts>,
) -> AppResult<Vec<Authorized<document::Model>>> {
    documents_cited_by(ctx, record, record.id).await
}

/// The documents `owner_id` (a record the caller holds a proof for: a
/// programme record, a sanction) cites, those the caller may see.
pub async fn documents_cited_by<T: crate::authz::Guarded>(
    ctx: &Context<'_>,
    _on: &Authorized<T>,
    owner_id: Uuid,
) -> AppResult<Vec<Authorized<document::Model>>> {
    let rows = loader(ctx)?
        .load_one(DocumentsOf(owner_id))
        .await
        .map_err(load_failed)?
        .unwrap_or_default();
    Ok(visible(scope(ctx)?, rows))
}

/// The record's earlier versions, oldest first; its proof is the way in.
pub async fn versions_of(
    ctx: &Context<'_>,
    record: &Authorized<RecordFacts>,
) -> AppResult<Vec<record_version::Model>> {
    crate::authz::check(scope(ctx)?, crate::authz::Action::Read, &**record)?;
    Ok(loader(ctx)?
        .load_one(VersionsOf(record.id))
        .await
        .map_err(load_failed)?
        .unwrap_or_default())
}
