//! Accounts: create, disable, reset passwords — at or below the caller's
//! node only, never handing out more than the caller's own role, always of
//! a role that fits the node's level, and always belonging to a person
//! (separation of duties is by person, not by login).
use crate::audit::{self, AuditEntry};
use crate::auth::{password, role::Role, session};
use crate::error::{AppError, AppResult, Key as ErrorKey};
use crate::grid::code::Level;
use crate::grid::service as grid;
use crate::pagination::{self, Key, Page};
use crate::people::persons::{self, PersonData};
use crate::scope::{Permission, Scope};
use crate::state::{AppState, RequestContext};
use chrono::Utc;
use entity::{account, grid_node, person};
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

/// The person an account belongs to: one in the caller's subtree, or a
/// new one registered under the account's node (or the node given).
pub enum PersonChoice {
    Existing(Uuid),
    New(PersonData),
}

pub struct NewAccount {
    pub username: String,
    pub password: String,
    pub node_id: Uuid,
    pub role: Role,
    pub person: PersonChoice,
}

fn level_of(node: &grid_node::Model) -> AppResult<Level> {
    Level::from_number(node.level).ok_or_else(|| {
        AppError::internal(anyhow::anyhow!("node {} has level {}", node.id, node.level))
    })
}

/// The person for an account, found or made inside the transaction. A new
/// person whose phone is already registered in the caller's subtree is
/// refused: that is the same person, to be linked by id, or else one human
/// could hold two "persons" and check their own work.
pub async fn resolve_person(
    txn: &impl ConnectionTrait,
    req: &RequestContext,
    scope: &Scope,
    choice: PersonChoice,
) -> AppResult<person::Model> {
    match choice {
        PersonChoice::Existing(id) => persons::find(txn, scope, id)
            .await
            .map(|p| p.into_inner())
            .map_err(|_| AppError::input("personId", ErrorKey::PersonNotFound)),
        PersonChoice::New(data) => {
            let range = scope.range();
            let same_phone = person::Entity::find()
                .filter(person::Column::Phone.eq(data.phone.as_str()))
                .filter(person::Column::NodeCode.between(range.lo, range.hi))
                .one(txn)
                .await?;
            if same_phone.is_some() {
                return Err(AppError::conflict(ErrorKey::PersonPhoneRegistered));
            }
            persons::insert(txn, req, scope, data).await
        }
    }
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
    crate::authz::check_fits(input.role, level_of(&node)?)?;
    let taken = account::Entity::find()
        .filter(account::Column::Username.eq(username.as_str()))
        .one(&txn)
        .await?;
    if taken.is_some() {
        return Err(AppError::conflict(ErrorKey::AccountUsernameTaken));
    }
    let person = resolve_person(&txn, req, scope, input.person).await?;
    // Someone else chose this password: it must be changed at first login.
    let model = insert(&txn, &username, hash, &node, input.role, person.id, true).await?;
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
    person_id: Uuid,
    must_change_password: bool,
) -> AppResult<account::Model> {
    let now = Utc::now();
    Ok(account::ActiveModel {
        id: Set(Uuid::new_v4()),
        username: Set(username.to_string()),
        password_hash: Set(password_hash),
        node_id: Set(node.id),
        node_code: Set(node.code),
        role: Set(role),
        person_id: Set(Some(person_id)),
        disabled: Set(false),
        failed_logins: Set(0),
        locked_until: Set(None),
        session_epoch: Set(0),
        must_change_password: Set(must_change_password),
        totp_secret: Set(None),
        totp_enabled_at: Set(None),
        totp_last_step: Set(None),
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
    let role = account.role;
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

/// Only someone above the account can vouch for who asks: nobody resets
/// the password of an account of their own person, nor of an account at
/// their own node (a peer); a reset is for an administrator or leader
/// higher up.
async fn check_above(
    db: &impl ConnectionTrait,
    scope: &Scope,
    account: &account::Model,
    key: ErrorKey,
) -> AppResult<()> {
    if account.id == scope.account_id() || account.node_code == scope.root().code {
        return Err(AppError::Forbidden);
    }
    let mine = account::Entity::find_by_id(scope.account_id())
        .one(db)
        .await?
        .and_then(|a| a.person_id);
    if mine.is_some() && mine == account.person_id {
        return Err(AppError::input("id", key));
    }
    Ok(())
}

/// An administrator above sets a new password for someone who forgot
/// theirs; their sessions end, the lock is lifted, and the new password
/// must be changed at the next login (someone else chose it).
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
    check_above(&txn, scope, &before, ErrorKey::AccountOwnPersonPassword).await?;
    let change = account::Entity::update_many()
        .col_expr(account::Column::PasswordHash, Expr::value(hash))
        .col_expr(account::Column::MustChangePassword, Expr::value(true))
        .col_expr(account::Column::FailedLogins, Expr::value(0))
        .col_expr(
            account::Column::LockedUntil,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        );
    let after = apply_change(&txn, req, scope, &before, "reset_password", change).await?;
    txn.commit().await?;
    Ok(after)
}

/// Links an account to another person. Like a reset, only from above, and
/// never for an account of the caller's own person (that would let them
/// check their own work under another name).
pub async fn set_person(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    choice: PersonChoice,
) -> AppResult<account::Model> {
    let (_w, txn) = state.begin_write().await?;
    let (before, _) = find_managed(&txn, scope, id).await?;
    check_above(&txn, scope, &before, ErrorKey::AccountOwnPersonChange).await?;
    let person = resolve_person(&txn, req, scope, choice).await?;
    let change =
        account::Entity::update_many().col_expr(account::Column::PersonId, Expr::value(person.id));
    let after = apply_change(&txn, req, scope, &before, "set_person", change).await?;
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
    crate::authz::check_fits(role, level_of(&destination)?)?;
    not_yourself(scope, &before, ErrorKey::AccountCannotMoveSelf)?;
    let change = account::Entity::update_many()
        .col_expr(account::Column::NodeId, Expr::value(destination.id))
        .col_expr(account::Column::NodeCode, Expr::value(destination.code));
    let after = apply_change(&txn, req, scope, &before, "move", change).await?;
    txn.commit().await?;
    Ok(after)
}
