//! GraphQL types and resolvers for accounts.
use crate::accounts::service::{self, NewAccount, PersonChoice};
use crate::auth::role::Role;
use crate::context::{all, scope, state};
use crate::error::{AppError, GqlResult, Key};
use crate::grid::schema::GridNode;
use crate::grid::service as grid;
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::people::persons::PersonData;
use crate::people::schema::{Person, PersonInput};
use async_graphql::{Context, InputObject, Object, ID};
use chrono::{DateTime, Utc};
use entity::account;

pub struct Account(pub account::Model);

/// A sign-in account: a username at a node with a role, belonging to a person.
#[Object]
impl Account {
    /// What the caller may do with this record now, by the same decision
    /// the server applies when it is tried (the web app offers only these).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::authz::Action>> {
        Ok(crate::authz::allowed_actions(
            crate::context::scope(ctx)?,
            &self.0,
        ))
    }
    /// The account's id.
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// The name the account signs in with (lower case).
    async fn username(&self) -> &str {
        &self.0.username
    }
    /// What the account may do at and below its node.
    async fn role(&self) -> GqlResult<Role> {
        Ok(self.0.role)
    }
    /// The node the account works at; its scope is this node's subtree.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(
            grid::find(&state(ctx)?.db, scope(ctx)?, self.0.node_id).await?,
        ))
    }
    /// A disabled account cannot sign in and its sessions have ended.
    async fn disabled(&self) -> bool {
        self.0.disabled
    }
    /// The person the account belongs to (every account has one, so this
    /// is null only where the caller may not see them).
    async fn person(&self, ctx: &Context<'_>) -> GqlResult<Option<Person>> {
        match self.0.person_id {
            None => Ok(None),
            Some(pid) => Ok(crate::authz::loaders::person_on(ctx, &self.0, pid)
                .await?
                .map(Person)),
        }
    }
    /// The password was set by someone else and is still to be changed.
    async fn must_change_password(&self) -> bool {
        self.0.must_change_password
    }
    /// The account uses a TOTP second factor.
    async fn totp_enabled(&self) -> bool {
        self.0.totp_enabled_at.is_some()
    }
    /// When the account was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A new account at a node.
#[derive(InputObject)]
pub struct CreateAccountInput {
    /// 3–32 lower-case letters, digits, `-`, `_` or `.`.
    pub username: String,
    /// The first password (the account changes it at first sign-in).
    pub password: String,
    /// The node the account works at (inside the caller's subtree).
    pub node_id: ID,
    /// The account's role; it must fit the node's level.
    pub role: Role,
    /// The person the account belongs to: an existing one in your subtree …
    pub person_id: Option<ID>,
    /// … or a new one (registered under the account's node unless
    /// `nodeId` says otherwise). Exactly one of the two.
    pub new_person: Option<PersonInput>,
}

/// Exactly one of an existing person or a new one.
fn person_choice(
    today: chrono::NaiveDate,
    account_node: uuid::Uuid,
    person_id: Option<ID>,
    new_person: Option<PersonInput>,
) -> GqlResult<PersonChoice> {
    match (person_id, new_person) {
        (Some(id), None) => Ok(PersonChoice::Existing(ids::parse(&id)?)),
        (None, Some(p)) => {
            let node = match &p.node_id {
                Some(id) => ids::parse(id)?,
                None => account_node,
            };
            Ok(PersonChoice::New(PersonData::parse(
                node,
                &p.name,
                &p.phone,
                p.id_number.as_deref(),
                p.auxiliary_post,
                today,
            )?))
        }
        _ => Err(AppError::input("personId", Key::AccountPersonRequired).into()),
    }
}

#[derive(Default)]
pub struct AccountsQuery;

#[Object]
impl AccountsQuery {
    /// Accounts at and below the caller's node (administrators and leaders).
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn accounts(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only accounts below this node (default: the caller's node).")]
        under: Option<ID>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<Account>> {
        let page = Page::parse(first, after, last, before)?;
        let sc = scope(ctx)?;
        sc.require(crate::scope::Permission::ManageAccounts)?;
        let (items, total) =
            service::list(&state(ctx)?.db, sc, ids::parse_opt(&under)?, page).await?;
        Ok(connection(items.into_iter().map(Account).collect(), total))
    }
}

#[derive(Default)]
pub struct AccountsMutation;

#[Object]
impl AccountsMutation {
    /// Creates an account at a node in the caller's subtree.
    async fn create_account(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account.")] input: CreateAccountInput,
    ) -> GqlResult<Account> {
        let (st, req, sc) = all(ctx)?;
        let node_id = ids::parse(&input.node_id)?;
        let new = NewAccount {
            username: input.username,
            password: input.password,
            node_id,
            role: input.role,
            person: person_choice(st.today(), node_id, input.person_id, input.new_person)?,
        };
        Ok(Account(service::create(st, req, sc, new).await?))
    }

    /// Disabling ends the account's sessions at once.
    async fn set_account_disabled(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account.")] id: ID,
        #[graphql(desc = "True to disable, false to enable again.")] disabled: bool,
    ) -> GqlResult<Account> {
        let (st, req, sc) = all(ctx)?;
        Ok(Account(
            service::set_disabled(st, req, sc, ids::parse(&id)?, disabled).await?,
        ))
    }

    /// Links the account to another person (an existing one, or a new one).
    /// Only from above the account's node, never for your own accounts.
    async fn set_account_person(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account.")] id: ID,
        #[graphql(
            desc = "An existing person at or below the account's node; give this or `newPerson`."
        )]
        person_id: Option<ID>,
        #[graphql(desc = "A new person to make for the account; give this or `personId`.")]
        new_person: Option<PersonInput>,
    ) -> GqlResult<Account> {
        let (st, req, sc) = all(ctx)?;
        let id = ids::parse(&id)?;
        let account = service::find(&st.db, sc, id).await?;
        let choice = person_choice(st.today(), account.node_id, person_id, new_person)?;
        Ok(Account(service::set_person(st, req, sc, id, choice).await?))
    }

    /// Sets a password for an account whose owner forgot theirs; they must
    /// change it at their next login. Only an administrator or leader above
    /// the account's node may: not for your own accounts, nor a peer's.
    async fn reset_account_password(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account.")] id: ID,
        #[graphql(desc = "The new password.")] new_password: String,
    ) -> GqlResult<Account> {
        let (st, req, sc) = all(ctx)?;
        Ok(Account(
            service::reset_password(st, req, sc, ids::parse(&id)?, new_password).await?,
        ))
    }

    /// Moves an account to another node; its sessions end at once.
    async fn move_account(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account.")] id: ID,
        #[graphql(desc = "Its new node.")] node_id: ID,
    ) -> GqlResult<Account> {
        let (st, req, sc) = all(ctx)?;
        Ok(Account(
            service::move_to(st, req, sc, ids::parse(&id)?, ids::parse(&node_id)?).await?,
        ))
    }
}
