//! Making, listing, revoking and checking dashboard tokens. A token reads
//! like a VIEWER at its node: it can never write.
use crate::audit::{self, AuditEntry};
use crate::auth::actor;
use crate::auth::opaque;
use crate::error::{AppError, AppResult, Key as ErrorKey};
use crate::grid::service as grid;
use crate::pagination::{self, Key, Page};
use crate::scope::{Permission, Scope};
use crate::state::{AppState, RequestContext};
use crate::validate;
use chrono::{DateTime, Duration, Utc};
use entity::{account, api_token};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

/// Tokens carry a prefix so they are recognisable in a leaked config file.
pub const PREFIX: &str = "sgt_";

pub async fn find(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<api_token::Model> {
    crate::authz::find::<api_token::Entity>(db, scope, id, api_token::Column::NodeCode)
        .await
        .map(crate::authz::Authorized::into_inner)
}

pub async fn list(
    db: &impl ConnectionTrait,
    scope: &Scope,
    under: Option<Uuid>,
    page: Page,
) -> AppResult<(Vec<api_token::Model>, pagination::Window)> {
    scope.require(Permission::ManageAccounts)?;
    let range = grid::range_under(db, scope, under).await?;
    let query =
        api_token::Entity::find().filter(api_token::Column::NodeCode.between(range.lo, range.hi));
    let order = [
        Key::desc(api_token::Column::CreatedAt),
        Key::asc(api_token::Column::Id),
    ];
    pagination::fetch(db, query, &order, page).await
}

pub struct NewApiToken {
    pub name: String,
    pub node_id: Uuid,
    pub expires_at: Option<DateTime<Utc>>,
}

/// Returns the stored row and the token itself, which is never shown again.
pub async fn create(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    input: NewApiToken,
) -> AppResult<(api_token::Model, String)> {
    let name = validate::name("name", &input.name, 60)?;
    let now = Utc::now();
    if let Some(at) = input.expires_at {
        if at <= now || at > now + Duration::days(3 * 366) {
            return Err(AppError::input("expiresAt", ErrorKey::TokenExpiryRange).with("years", 3));
        }
    }
    let (_w, txn) = state.begin_write().await?;
    let node = grid::find(&txn, scope, input.node_id).await?;
    scope.check_write(node.code, Permission::ManageAccounts)?;
    let token = format!("{PREFIX}{}", opaque::new_secret());
    let model = api_token::ActiveModel {
        id: Set(Uuid::new_v4()),
        name: Set(name),
        token_hash: Set(opaque::hash(&token)),
        node_id: Set(node.id),
        node_code: Set(node.code),
        created_by: Set(scope.account_id()),
        created_at: Set(now),
        expires_at: Set(input.expires_at),
        revoked_at: Set(None),
        last_used_at: Set(None),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "create",
            "api_token",
            model.id.to_string(),
        )
        .at_node(model.node_code)
        .after(&model),
    )
    .await?;
    txn.commit().await?;
    Ok((model, token))
}

pub async fn revoke(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
) -> AppResult<api_token::Model> {
    let (_w, txn) = state.begin_write().await?;
    let before = find(&txn, scope, id).await?;
    scope.check_write(before.node_code, Permission::ManageAccounts)?;
    if before.revoked_at.is_some() {
        return Ok(before);
    }
    let mut active: api_token::ActiveModel = before.clone().into();
    active.revoked_at = Set(Some(Utc::now()));
    let after = active.update(&txn).await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "revoke",
            "api_token",
            id.to_string(),
        )
        .at_node(after.node_code)
        .before(&before)
        .after(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// The live token row for a presented token, or UNAUTHENTICATED.
pub async fn authenticate(
    db: &impl ConnectionTrait,
    presented: &str,
) -> AppResult<api_token::Model> {
    let now = Utc::now();
    let row = api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(opaque::hash(presented)))
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if row.revoked_at.is_some() || row.expires_at.is_some_and(|at| at <= now) {
        return Err(AppError::Unauthenticated);
    }
    // Record use at most once a minute: dashboards poll often.
    if row
        .last_used_at
        .is_none_or(|at| now - at > Duration::minutes(1))
    {
        api_token::Entity::update_many()
            .col_expr(api_token::Column::LastUsedAt, Expr::value(now))
            .filter(api_token::Column::Id.eq(row.id))
            .exec(db)
            .await?;
    }
    Ok(row)
}

/// A token stops working when the account that made it could no longer
/// make it: disabled, moved so that the token's node is outside its
/// subtree, or no longer of a role that manages accounts. Checked at every
/// authentication, so it takes effect on the next request.
pub async fn check_creator(state: &AppState, row: &api_token::Model) -> AppResult<()> {
    let creator = account::Entity::find_by_id(row.created_by)
        .one(&state.db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if creator.disabled {
        return Err(AppError::Unauthenticated);
    }
    let as_now = actor::scope_for_account(state, &creator, Uuid::nil()).await?;
    if !as_now.can(Permission::ManageAccounts) || as_now.check_visible(row.node_code).is_err() {
        return Err(AppError::Unauthenticated);
    }
    Ok(())
}
