//! Seasonal warnings as a GraphQL type.
use super::common;
use crate::authz::Authorized;
use crate::error::GqlResult;
use crate::grid::schema::GridNode;
use crate::ids;
use crate::liaison::kinds::WarningTopic;
use async_graphql::{Context, Object, ID};
use chrono::{DateTime, Utc};
use entity::seasonal_warning;

/// A seasonal warning given to a villager group's households.
pub struct SeasonalWarning(pub Authorized<seasonal_warning::Model>);

#[Object]
impl SeasonalWarning {
    /// What the caller may do with it now (the server's own decision).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::authz::Action>> {
        common::allowed(ctx, &self.0).await
    }
    async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// The villager group it was given at.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        common::node(ctx, self.0.node_id).await
    }
    async fn topic(&self) -> WarningTopic {
        self.0.topic.into()
    }
    async fn given_at(&self) -> DateTime<Utc> {
        self.0.given_at
    }
    /// Households reached.
    async fn households(&self) -> i32 {
        self.0.households
    }
    async fn notes(&self) -> &str {
        &self.0.notes
    }
    /// Photos of the warning given (a notice posted, a meeting).
    #[graphql(complexity = "crate::pagination::list_cost(10, child_complexity)")]
    async fn photos(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::photos::Photo>> {
        common::photos(ctx, &self.0, self.0.id).await
    }
    /// Who typed it in: the account's person, else its username.
    async fn author_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        common::author(ctx, &self.0, self.0.author_id).await
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}
