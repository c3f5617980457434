//! What every liaison record type answers the same way: its id, node,
//! author, version and stamps, and its `allowedActions`.
use crate::authz::{loaders, Authorized, Guarded};
use crate::context::scope;
use crate::error::{AppError, AppResult, GqlResult};
use crate::grid::schema::GridNode;
use crate::ids;
use async_graphql::{Context, ID};
use uuid::Uuid;

pub async fn allowed<T: Guarded>(
    ctx: &Context<'_>,
    record: &Authorized<T>,
) -> GqlResult<Vec<crate::authz::Action>> {
    Ok(crate::authz::allowed_actions(scope(ctx)?, &**record))
}

pub async fn node(ctx: &Context<'_>, node_id: Uuid) -> GqlResult<GridNode> {
    Ok(GridNode(loaders::node(ctx, node_id).await?))
}

pub async fn author<T: Guarded>(
    ctx: &Context<'_>,
    record: &Authorized<T>,
    author_id: Uuid,
) -> GqlResult<String> {
    Ok(loaders::account_name(ctx, record, author_id)
        .await?
        .unwrap_or_default())
}

pub async fn photos<T: Guarded>(
    ctx: &Context<'_>,
    record: &Authorized<T>,
    id: Uuid,
) -> GqlResult<Vec<crate::photos::Photo>> {
    Ok(loaders::photos_of(ctx, record, id)
        .await?
        .into_iter()
        .map(crate::photos::Photo::from)
        .collect())
}

/// Photo ids from the input, each a valid id.
pub fn photo_ids(ids_in: Option<Vec<ID>>) -> AppResult<Vec<Uuid>> {
    ids_in
        .unwrap_or_default()
        .iter()
        .map(|id| {
            ids::parse(id)
                .map_err(|_| AppError::bad_input("photoIds", "照片编号无效 (invalid photo id)"))
        })
        .collect()
}
