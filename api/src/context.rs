//! What a resolver takes from the GraphQL context: the shared state, this
//! request's facts, and the caller's `Scope` (absent means UNAUTHENTICATED).
use crate::error::{AppError, AppResult};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext, SharedState};
use async_graphql::Context;

pub fn state<'a>(ctx: &Context<'a>) -> AppResult<&'a AppState> {
    ctx.data::<SharedState>()
        .map(|s| s.as_ref())
        .map_err(|_| AppError::internal(anyhow::anyhow!("no app state in schema")))
}

/// The caller's scope, or UNAUTHENTICATED: no scoped field runs anonymously.
pub fn scope<'a>(ctx: &Context<'a>) -> AppResult<&'a Scope> {
    ctx.data::<Scope>().map_err(|_| AppError::Unauthenticated)
}

pub fn request<'a>(ctx: &Context<'a>) -> AppResult<&'a RequestContext> {
    ctx.data::<RequestContext>()
        .map_err(|_| AppError::internal(anyhow::anyhow!("no request context")))
}

/// State, request and scope together, for resolvers that write.
pub fn all<'a>(ctx: &Context<'a>) -> AppResult<(&'a AppState, &'a RequestContext, &'a Scope)> {
    Ok((state(ctx)?, request(ctx)?, scope(ctx)?))
}
