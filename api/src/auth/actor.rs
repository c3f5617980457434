//! The only way to obtain a `Scope`: a verified access token whose account,
//! session family and node are read from the database now. Disabling an
//! account, moving it, changing its password or logging out takes effect on
//! the very next request.
use crate::api_tokens::service as api_tokens;
use crate::auth::pending::Pending;
use crate::auth::role::Role;
use crate::auth::session;
use crate::error::{AppError, AppResult};
use crate::grid::code::{GridCode, Level};
use crate::scope::Scope;
use crate::state::AppState;
use entity::{account, grid_node};
use sea_orm::EntityTrait;

/// The caller of a non-GraphQL endpoint (photos): a session that still has
/// something to do first (`Pending`) may not use it.
pub async fn scope_from_bearer(state: &AppState, token: &str) -> AppResult<Scope> {
    match authenticate(state, token).await? {
        (scope, Pending::Nothing) => Ok(scope),
        _ => Err(AppError::Forbidden),
    }
}

/// The caller and what they must do first; the GraphQL endpoint puts both
/// into the request, and `auth::pending::PendingGuard` enforces the second.
pub async fn authenticate(state: &AppState, token: &str) -> AppResult<(Scope, Pending)> {
    if token.starts_with(api_tokens::PREFIX) {
        return Ok((scope_for_api_token(state, token).await?, Pending::Nothing));
    }
    let claims = state.keys.verify(token)?;
    let account = account::Entity::find_by_id(claims.sub)
        .one(&state.db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if account.disabled || account.session_epoch != claims.epoch {
        return Err(AppError::Unauthenticated);
    }
    if !session::family_alive(&state.db, claims.sid).await? {
        return Err(AppError::Unauthenticated);
    }
    let pending = Pending::of(&account, &state.settings);
    Ok((
        scope_for_account(state, &account, claims.sid).await?,
        pending,
    ))
}

pub(crate) async fn scope_for_account(
    state: &AppState,
    account: &account::Model,
    family: uuid::Uuid,
) -> AppResult<Scope> {
    let node = grid_node::Entity::find_by_id(account.node_id)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("account {} has no node", account.id)))?;
    let level = Level::from_number(node.level).ok_or_else(|| {
        AppError::internal(anyhow::anyhow!("node {} has level {}", node.id, node.level))
    })?;
    let role = account.role;
    Ok(Scope::from_verified_account(
        account.id,
        account.person_id,
        account.username.clone(),
        role,
        node.id,
        GridCode::new(node.code, level),
        family,
    ))
}

/// A dashboard token reads like a VIEWER at its node, and nothing more,
/// while its maker still could make it (`api_tokens::service::check_creator`).
async fn scope_for_api_token(state: &AppState, token: &str) -> AppResult<Scope> {
    let row = api_tokens::authenticate(&state.db, token).await?;
    api_tokens::check_creator(state, &row).await?;
    let node = grid_node::Entity::find_by_id(row.node_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let level = Level::from_number(node.level).ok_or_else(|| {
        AppError::internal(anyhow::anyhow!("node {} has level {}", node.id, node.level))
    })?;
    Ok(Scope::from_verified_account(
        row.id,
        None,
        format!("token:{}", row.name),
        Role::Viewer,
        node.id,
        GridCode::new(node.code, level),
        row.id,
    ))
}
