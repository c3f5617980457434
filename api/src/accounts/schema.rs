//! GraphQL types and resolvers for accounts.
use crate::accounts::service::{self, NewAccount};
use crate::auth::role::Role;
use crate::context::{all, scope, state};
use crate::error::{AppError, GqlResult};
use crate::grid::schema::GridNode;
use crate::grid::service as grid;
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::people::persons;
use crate::people::schema::Person;
use async_graphql::{Context, InputObject, Object, ID};
use chrono::{DateTime, Utc};
use entity::account;

pub struct Account(pub account::Model);

#[Object]
impl Account {
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    async fn username(&self) -> &str {
        &self.0.username
    }
    async fn role(&self) -> GqlResult<Role> {
        Ok(Role::parse(&self.0.role)
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("role {}", self.0.role)))?)
    }
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(
            grid::find(&state(ctx)?.db, scope(ctx)?, self.0.node_id).await?,
        ))
    }
    async fn disabled(&self) -> bool {
        self.0.disabled
    }
    async fn person(&self, ctx: &Context<'_>) -> GqlResult<Option<Person>> {
        match self.0.person_id {
            None => Ok(None),
            Some(pid) => {
                let (db, sc) = (&state(ctx)?.db, scope(ctx)?);
                Ok(Some(Person(
                    persons::find_through(db, sc, self.0.node_code, pid).await?,
                )))
            }
        }
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

#[derive(InputObject)]
pub struct CreateAccountInput {
    pub username: String,
    pub password: String,
    pub node_id: ID,
    pub role: Role,
    pub person_id: Option<ID>,
}

#[derive(Default)]
pub struct AccountsQuery;

#[Object]
impl AccountsQuery {
    /// Accounts at and below the caller's node (administrators and leaders).
    async fn accounts(
        &self,
        ctx: &Context<'_>,
        under: Option<ID>,
        first: Option<i32>,
        after: Option<String>,
    ) -> GqlResult<Conn<Account>> {
        let page = Page::parse(first, after)?;
        let sc = scope(ctx)?;
        sc.require(crate::scope::Permission::ManageAccounts)?;
        let (items, total) =
            service::list(&state(ctx)?.db, sc, ids::parse_opt(&under)?, page).await?;
        Ok(connection(
            items.into_iter().map(Account).collect(),
            page,
            total,
        ))
    }
}

#[derive(Default)]
pub struct AccountsMutation;

#[Object]
impl AccountsMutation {
    async fn create_account(
        &self,
        ctx: &Context<'_>,
        input: CreateAccountInput,
    ) -> GqlResult<Account> {
        let (st, req, sc) = all(ctx)?;
        let new = NewAccount {
            username: input.username,
            password: input.password,
            node_id: ids::parse(&input.node_id)?,
            role: input.role,
            person_id: ids::parse_opt(&input.person_id)?,
        };
        Ok(Account(service::create(st, req, sc, new).await?))
    }

    /// Disabling ends the account's sessions at once.
    async fn set_account_disabled(
        &self,
        ctx: &Context<'_>,
        id: ID,
        disabled: bool,
    ) -> GqlResult<Account> {
        let (st, req, sc) = all(ctx)?;
        Ok(Account(
            service::set_disabled(st, req, sc, ids::parse(&id)?, disabled).await?,
        ))
    }

    async fn reset_account_password(
        &self,
        ctx: &Context<'_>,
        id: ID,
        new_password: String,
    ) -> GqlResult<Account> {
        let (st, req, sc) = all(ctx)?;
        Ok(Account(
            service::reset_password(st, req, sc, ids::parse(&id)?, new_password).await?,
        ))
    }

    /// Moves an account to another node; its sessions end at once.
    async fn move_account(&self, ctx: &Context<'_>, id: ID, node_id: ID) -> GqlResult<Account> {
        let (st, req, sc) = all(ctx)?;
        Ok(Account(
            service::move_to(st, req, sc, ids::parse(&id)?, ids::parse(&node_id)?).await?,
        ))
    }
}
