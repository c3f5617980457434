//! The schema: one Query and one Mutation merged from each domain, with the
//! limits every request must pass.
use crate::accounts::schema::{AccountsMutation, AccountsQuery};
use crate::auth::schema::{AuthMutation, AuthQuery};
use crate::error::{AppError, AppResult};
use crate::grid::schema::{GridMutation, GridQuery};
use crate::people::schema::{PeopleMutation, PeopleQuery};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext, SharedState};
use async_graphql::{Context, EmptySubscription, MergedObject, Schema};

#[derive(MergedObject, Default)]
pub struct Query(AuthQuery, GridQuery, PeopleQuery, AccountsQuery);

#[derive(MergedObject, Default)]
pub struct Mutation(AuthMutation, GridMutation, PeopleMutation, AccountsMutation);

pub type AppSchema = Schema<Query, Mutation, EmptySubscription>;

pub const MAX_DEPTH: usize = 12;
pub const MAX_COMPLEXITY: usize = 2_000;

pub fn build(state: Option<SharedState>, dev_mode: bool) -> AppSchema {
    let mut builder = Schema::build(Query::default(), Mutation::default(), EmptySubscription)
        .limit_depth(MAX_DEPTH)
        .limit_complexity(MAX_COMPLEXITY)
        .limit_recursive_depth(32)
        .limit_directives(8);
    if !dev_mode {
        builder = builder.disable_introspection().disable_suggestions();
    }
    if let Some(state) = state {
        builder = builder.data(state);
    }
    builder.finish()
}

/// The SDL committed as `api/schema.graphql`.
pub fn sdl() -> String {
    build(None, true).sdl()
}

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
