//! The documents a scorecard entry cites, in one batch for a whole card or
//! ranking, each decided for the caller (one the caller may not see is
//! left out, not shown).
use super::{failed, load_failed, loader, scope, LoadError, Rows};
use crate::authz::proof::Authorized;
use crate::authz::read::visible;
use crate::error::AppResult;
use async_graphql::dataloader::Loader;
use async_graphql::Context;
use entity::document;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct DocumentById(pub Uuid);

impl Loader<DocumentById> for Rows {
    type Value = document::Model;
    type Error = LoadError;
    async fn load(
        &self,
        keys: &[DocumentById],
    ) -> Result<HashMap<DocumentById, Self::Value>, LoadError> {
        let ids: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        Ok(document::Entity::find()
            .filter(document::Column::Id.is_in(ids))
            .all(&self.db)
            .await
            .map_err(failed)?
            .into_iter()
            .map(|d| (DocumentById(d.id), d))
            .collect())
    }
}

/// The documents with these ids that the caller may see, in the order given.
pub async fn documents_by_id(
    ctx: &Context<'_>,
    ids: &[Uuid],
) -> AppResult<Vec<Authorized<document::Model>>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = loader(ctx)?
        .load_many(ids.iter().copied().map(DocumentById))
        .await
        .map_err(load_failed)?;
    let ordered = ids
        .iter()
        .filter_map(|id| rows.get(&DocumentById(*id)).cloned())
        .collect();
    Ok(visible(scope(ctx)?, ordered))
}
