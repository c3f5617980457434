//! Nodes by their grid code, for records that keep a code rather than an
//! id (a demonstration site's township): a page of them in one statement.
use super::{failed, load_failed, loader, scope, LoadError, Rows};
use crate::authz::action::Action;
use crate::authz::decide::check;
use crate::authz::proof::Authorized;
use crate::error::{AppError, AppResult};
use async_graphql::dataloader::Loader;
use async_graphql::Context;
use entity::grid_node;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct NodeByCode(pub i64);

impl Loader<NodeByCode> for Rows {
    type Value = grid_node::Model;
    type Error = LoadError;
    async fn load(
        &self,
        keys: &[NodeByCode],
    ) -> Result<HashMap<NodeByCode, Self::Value>, LoadError> {
        let codes: Vec<i64> = keys.iter().map(|k| k.0).collect();
        Ok(grid_node::Entity::find()
            .filter(grid_node::Column::Code.is_in(codes))
            .all(&self.db)
            .await
            .map_err(failed)?
            .into_iter()
            .map(|n| (NodeByCode(n.code), n))
            .collect())
    }
}

/// The node with `code`, if the caller may see it.
pub async fn node_by_code(
    ctx: &Context<'_>,
    code: i64,
) -> AppResult<Option<Authorized<grid_node::Model>>> {
    let Some(row) = loader(ctx)?
        .load_one(NodeByCode(code))
        .await
        .map_err(load_failed)?
    else {
        return Ok(None);
    };
    match check(scope(ctx)?, Action::Read, &row) {
        Ok(()) => Ok(Some(Authorized::new(row, Action::Read))),
        Err(AppError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The names of the nodes `codes`, in that order (a place path), in the
/// one statement of the page's other codes; a code with no node is left
/// out. The caller has the nodes in scope (they are a visible record's
/// ancestors below its own node).
pub async fn names_by_code(ctx: &Context<'_>, codes: &[i64]) -> AppResult<Vec<String>> {
    let found = loader(ctx)?
        .load_many(codes.iter().copied().map(NodeByCode))
        .await
        .map_err(load_failed)?;
    Ok(codes
        .iter()
        .filter_map(|c| found.get(&NodeByCode(*c)).map(|n| n.name.clone()))
        .collect())
}
