//! The schema: one Query and one Mutation merged from each domain, with the
//! limits every request must pass.
use crate::accounts::schema::{AccountsMutation, AccountsQuery};
use crate::api_tokens::schema::{ApiTokensMutation, ApiTokensQuery};
use crate::auth::schema::{AuthMutation, AuthQuery};
use crate::grid::schema::{GridMutation, GridQuery};
use crate::hazards::schema::{HazardsMutation, HazardsQuery};
use crate::inspections::schema::{InspectionsMutation, InspectionsQuery};
use crate::node::NodeQuery;
use crate::overview::schema::OverviewQuery;
use crate::people::schema::{PeopleMutation, PeopleQuery};
use crate::state::SharedState;
use async_graphql::{EmptySubscription, MergedObject, Schema};

#[derive(MergedObject, Default)]
pub struct Query(
    AuthQuery,
    GridQuery,
    PeopleQuery,
    AccountsQuery,
    ApiTokensQuery,
    HazardsQuery,
    InspectionsQuery,
    OverviewQuery,
    NodeQuery,
);

#[derive(MergedObject, Default)]
pub struct Mutation(
    AuthMutation,
    GridMutation,
    PeopleMutation,
    AccountsMutation,
    ApiTokensMutation,
    HazardsMutation,
    InspectionsMutation,
);

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
