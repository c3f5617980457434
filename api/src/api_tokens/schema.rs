//! GraphQL types and resolvers for dashboard tokens.
use crate::api_tokens::service::{self, NewApiToken};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::grid::schema::GridNode;
use crate::grid::service as grid;
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use entity::api_token;

pub struct ApiToken(pub api_token::Model);

/// A read-only dashboard token for a node's subtree (the secret is shown once, at creation).
#[Object]
impl ApiToken {
    /// What the caller may do with this record now, by the same decision
    /// the server applies when it is tried (the web app offers only these).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::authz::Action>> {
        Ok(crate::authz::allowed_actions(
            crate::context::scope(ctx)?,
            &self.0,
        ))
    }
    /// The token's id.
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// What the token is for, as its creator named it.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The node whose subtree the token may read.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(
            grid::find(&state(ctx)?.db, scope(ctx)?, self.0.node_id).await?,
        ))
    }
    /// When the token was made.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// When the token stops working; null for no expiry.
    async fn expires_at(&self) -> Option<DateTime<Utc>> {
        self.0.expires_at
    }
    /// When the token was revoked; null while it works.
    async fn revoked_at(&self) -> Option<DateTime<Utc>> {
        self.0.revoked_at
    }
    /// When the token last authenticated a request.
    async fn last_used_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_used_at
    }
}

/// A token just made, with its secret.
#[derive(SimpleObject)]
pub struct CreatedApiToken {
    /// Shown only now: send it as `Authorization: Bearer <token>`.
    pub token: String,
    /// The token's record.
    pub api_token: ApiToken,
}

/// A new dashboard token.
#[derive(InputObject)]
pub struct CreateApiTokenInput {
    /// What the token is for.
    pub name: String,
    /// The node whose subtree the token reads.
    pub node_id: ID,
    /// When the token stops working (within three years); null for no expiry.
    pub expires_at: Option<DateTime<Utc>>,
}

#[derive(Default)]
pub struct ApiTokensQuery;

#[Object]
impl ApiTokensQuery {
    /// Dashboard tokens at and below the caller's node (administrators, leaders).
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn api_tokens(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only tokens below this node (default: the caller's node).")]
        under: Option<ID>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<ApiToken>> {
        let page = Page::parse(first, after, last, before)?;
        let (items, total) =
            service::list(&state(ctx)?.db, scope(ctx)?, ids::parse_opt(&under)?, page).await?;
        Ok(connection(items.into_iter().map(ApiToken).collect(), total))
    }
}

#[derive(Default)]
pub struct ApiTokensMutation;

#[Object]
impl ApiTokensMutation {
    /// A read-only token for a dashboard, bound to a node of your subtree.
    async fn create_api_token(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The token.")] input: CreateApiTokenInput,
    ) -> GqlResult<CreatedApiToken> {
        let (st, req, sc) = all(ctx)?;
        let new = NewApiToken {
            name: input.name,
            node_id: ids::parse(&input.node_id)?,
            expires_at: input.expires_at,
        };
        let (model, token) = service::create(st, req, sc, new).await?;
        Ok(CreatedApiToken {
            token,
            api_token: ApiToken(model),
        })
    }

    /// Revokes a dashboard token at once.
    async fn revoke_api_token(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The token.")] id: ID,
    ) -> GqlResult<ApiToken> {
        let (st, req, sc) = all(ctx)?;
        Ok(ApiToken(
            service::revoke(st, req, sc, ids::parse(&id)?).await?,
        ))
    }
}
