//! Accounts: create, disable, reset passwords — at or below the caller's
//! node only, never handing out more than the caller's own role.
use crate::audit::{self, AuditEntry};
use crate::auth::{password, role::Role, session};
use crate::error::{AppError, AppResult, Key as ErrorKey};
use crate::grid::service as grid;
use crate::pagination::{self, Key, Page};
use crate::people::persons;
use crate::scope::{Permission, Scope};
use crate::state::{AppState, RequestContext};
use chrono::Utc;
use entity::account;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, UpdateMany,
};
use uuid::Uuid;

pub async fn find(db: &impl ConnectionTrait, scope: &Scope, id: Uuid) -> AppResult<account::Model> {
    crate::authz::find::<account::Entity>(db, scope, id, account::Column::NodeCode)
        .await
        .map(crate::authz::Authorized::into_inner)
}

pub async fn list(
    db: &impl ConnectionTrait,
    scope: &Scope,
    under: Option<Uuid>,
    page: Page,
) -> AppResult<(Vec<account::Model>, pagination::Window)> {
    let range = grid::range_under(db, scope, under).await?;
    let query =
        account::Entity::find().filter(account::Column::NodeCode.between(range.lo, range.hi));
    let order = [
        Key::asc(account::Column::NodeCode),
        Key::asc(account::Column::Username),
        Key::asc(account::Column::Id),
    ];
    pagination::fetch(db, query, &order, page).await
}

/// Lower-case letters, digits, `-`, `_`, `.`; 3 to 32 characters.
pub fn parse_username(text: &str) -> AppResult<String> {
    let u = text.trim().to_lowercase();
    let ok = (3..=32).contains(&u.len())
        && u.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(u)
    } else {
        Err(AppError::input("username", ErrorKey::AccountUsernameFormat)
            .with("min", 3)
            .with("max", 32))
    }
}

pub struct NewAccount {
    pub username: String,
    pub password: String,
    pub node_id: Uuid,
    pub role: Role,
    pub person_id: Option<Uuid>,
}

pub async fn create(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    input: NewAccount,
) -> AppResult<account::Model> {
    scope.require(Permission::ManageAccounts)?;
    let username = parse_username(&input.username)?;
    password::check_policy(&input.password, state.settings.password_complexity)?;
    let hash = password::hash_password(input.password).await?;
    let (_w, txn) = state.begin_write().await?;
    let node = grid::find(&txn, scope, input.node_id).await?;
    scope.check_grant(node.code, input.role)?;
    if let Some(pid) = input.person_id {
        persons::find(&txn, scope, pid).await?;
    }
    let taken = account::Entity::find()
        .filter(account::Column::Username.eq(username.as_str()))
        .one(&txn)
        .await?;
    if taken.is_some() {
        return Err(AppError::conflict(ErrorKey::AccountUsernameTaken));
    }
    let model = insert(&txn, &username, hash, &node, input.role, input.person_id).await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "create",
            "account",
            model.id.to_string(),
        )
        .at_node(model.node_code)
        .after(&model),
    )
    .await?;
    txn.commit().await?;
    Ok(model)
}

/// The bare insert, shared with `create-admin` and the demo loader.
pub async fn insert(
    db: &impl ConnectionTrait,
    username: &str,
    password_hash: String,
    node: &entity::grid_node::Model,
    role: Role,
    person_id: Option<Uuid>,
) -> AppResult<account::Model> {
    let now = Utc::now();
    Ok(account::ActiveModel {
        id: Set(Uuid::new_v4()),
        username: Set(username.to_string()),
        password_hash: Set(password_hash),
        node_id: Set(node.id),
        node_code: Set(node.code),
        role: Set(role.as_str().to_string()),
        person_id: Set(person_id),
        disabled: Set(false),
        failed_logins: Set(0),
        locked_until: Set(None),
        session_epoch: Set(0),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?)
}

/// An account the caller may manage: inside their subtree and of a role they
/// may grant (an unknown role counts as the highest).
async fn find_managed(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<(account::Model, Role)> {
    let account = find(db, scope, id).await?;
    let role = Role::parse(&account.role).unwrap_or(Role::Admin);
    scope.check_grant(account.node_code, role)?;
    Ok((account, role))
}

/// Applies an administrator's change to an account. Every such change bumps
/// the version, ends all of the account's sessions (refresh tokens too, so
/// the new state applies from its next login) and is audited.
async fn apply_change(
    txn: &impl ConnectionTrait,
    req: &RequestContext,
    scope: &Scope,
    before: &account::Model,
    action: &'static str,
    change: UpdateMany<account::Entity>,
) -> AppResult<account::Model> {
    change
        .col_expr(
            account::Column::SessionEpoch,
            Expr::col(account::Column::SessionEpoch).add(1),
        )
        .col_expr(
            account::Column::Version,
            Expr::col(account::Column::Version).add(1),
        )
        .col_expr(account::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(account::Column::Id.eq(before.id))
        .exec(txn)
        .await?;
    session::revoke_account(txn, before.id).await?;
    let after = find(txn, scope, before.id).await?;
    let entry = AuditEntry::new(
        req,
        Some(scope.account_id()),
        action,
        "account",
        before.id.to_string(),
    )
    .at_node(after.node_code)
    .before(before)
    .after(&after);
    audit::record(txn, entry).await?;
    Ok(after)
}

fn not_yourself(scope: &Scope, account: &account::Model, key: ErrorKey) -> AppResult<()> {
    if account.id == scope.account_id() {
        return Err(AppError::input("id", key));
    }
    Ok(())
}

/// Disabling ends every session of the account at once.
pub async fn set_disabled(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    disabled: bool,
) -> AppResult<account::Model> {
    let (_w, txn) = state.begin_write().await?;
    let (before, _) = find_managed(&txn, scope, id).await?;
    not_yourself(scope, &before, ErrorKey::AccountCannotDisableSelf)?;
    let change =
        account::Entity::update_many().col_expr(account::Column::Disabled, Expr::value(disabled));
    let action = if disabled { "disable" } else { "enable" };
    let after = apply_change(&txn, req, scope, &before, action, change).await?;
    txn.commit().await?;
    Ok(after)
}

/// An administrator sets a new password for someone who forgot theirs;
/// their sessions end and the lock is lifted.
pub async fn reset_password(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    new_password: String,
) -> AppResult<account::Model> {
    password::check_policy(&new_password, state.settings.password_complexity)?;
    let hash = password::hash_password(new_password).await?;
    let (_w, txn) = state.begin_write().await?;
    let (before, _) = find_managed(&txn, scope, id).await?;
    let change = account::Entity::update_many()
        .col_expr(account::Column::PasswordHash, Expr::value(hash))
        .col_expr(account::Column::FailedLogins, Expr::value(0))
        .col_expr(
            account::Column::LockedUntil,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        );
    let after = apply_change(&txn, req, scope, &before, "reset_password", change).await?;
    txn.commit().await?;
    Ok(after)
}

/// Moves an account to another node of the caller's subtree. Both the
/// source and the destination must be the caller's to manage.
pub async fn move_to(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    node_id: Uuid,
) -> AppResult<account::Model> {
    let (_w, txn) = state.begin_write().await?;
    let (before, role) = find_managed(&txn, scope, id).await?;
    let destination = grid::find(&txn, scope, node_id).await?;
    scope.check_grant(destination.code, role)?;
    not_yourself(scope, &before, ErrorKey::AccountCannotMoveSelf)?;
    let change = account::Entity::update_many()
        .col_expr(account::Column::NodeId, Expr::value(destination.id))
        .col_expr(account::Column::NodeCode, Expr::value(destination.code));
    let after = apply_change(&txn, req, scope, &before, "move", change).await?;
    txn.commit().await?;
    Ok(after)
}
