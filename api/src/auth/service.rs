//! Login (with its second step when TOTP is on), refresh, logout and
//! password change. Every credential check goes through the account lock
//! (`auth::lock`) and the address slow-down (`auth::throttle`).
use crate::audit::{self, AuditEntry};
use crate::auth::pending::Pending;
use crate::auth::throttle::Turn;
use crate::auth::{actor, lock, password, second_factor, session};
use crate::error::{AppError, AppResult, Key};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use chrono::Utc;
use entity::account;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

pub use crate::auth::lock::{LOCK_MINUTES, MAX_FAILURES};

pub struct LoggedIn {
    pub access_token: String,
    pub refresh_token: String,
    pub expires_in: i64,
    pub scope: Scope,
    pub pending: Pending,
}

/// A login answers a session, or (TOTP on) a challenge for the second step.
pub enum LoginOutcome {
    Session(Box<LoggedIn>),
    SecondFactor { challenge: String },
}

/// Waits this address's turn (progressive delay); refuses only when the
/// queue is longer than a request should wait.
pub async fn wait_turn(state: &AppState, req: &RequestContext) -> AppResult<()> {
    match state.throttle.turn(req.ip) {
        Turn::After(wait) if wait.is_zero() => Ok(()),
        Turn::After(wait) => {
            tokio::time::sleep(wait).await;
            Ok(())
        }
        Turn::Refused => Err(AppError::rate_limited(Key::AuthAddressBusy)),
    }
}

pub async fn login(
    state: &AppState,
    req: &RequestContext,
    username: &str,
    password_text: &str,
) -> AppResult<LoginOutcome> {
    wait_turn(state, req).await?;
    let username = username.trim().to_lowercase();
    let found = if username.len() <= 64 {
        account::Entity::find()
            .filter(account::Column::Username.eq(username.as_str()))
            .one(&state.db)
            .await?
    } else {
        None
    };
    let Some(account) = found else {
        // Same work and same answer as a wrong password.
        let _ =
            password::verify_password(password_text.to_string(), state.dummy_hash.clone()).await;
        state.throttle.record_failure(req.ip);
        return Err(AppError::BadCredentials);
    };
    let now = Utc::now();
    // A locked account takes the path of a wrong password: one hash, the
    // same statements, the same answer.
    let counted = lock::reserve(&state.db, account.id, now).await?;
    let hash = if counted {
        account.password_hash.clone()
    } else {
        state.dummy_hash.clone()
    };
    let ok = password::verify_password(password_text.to_string(), hash).await? && counted;
    if !ok || account.disabled {
        state.throttle.record_failure(req.ip);
        if counted {
            lock::failed(&state.db, account.id, now).await?;
        }
        return Err(AppError::BadCredentials);
    }
    if account.totp_enabled_at.is_some() {
        // The guess stays counted until the second factor is right too, so
        // someone who knows the password still has only five tries at it.
        let challenge = second_factor::challenge(&state.db, account.id).await?;
        return Ok(LoginOutcome::SecondFactor { challenge });
    }
    lock::succeeded(&state.db, account.id).await?;
    Ok(LoginOutcome::Session(Box::new(
        start_session(state, &account).await?,
    )))
}

/// The second login step: the challenge from `login` and a TOTP or
/// recovery code.
pub async fn complete_login(
    state: &AppState,
    req: &RequestContext,
    challenge: &str,
    code: &str,
) -> AppResult<LoggedIn> {
    wait_turn(state, req).await?;
    let account = second_factor::challenged_account(&state.db, challenge).await?;
    if !second_factor::check_counted(state, req, &account, code).await? {
        return Err(second_factor::wrong_code());
    }
    second_factor::spend_challenge(&state.db, challenge).await?;
    start_session(state, &account).await
}

pub(crate) async fn start_session(
    state: &AppState,
    account: &account::Model,
) -> AppResult<LoggedIn> {
    let s = &state.settings;
    let issued = session::start(
        &state.db,
        account.id,
        s.session_idle_minutes,
        s.session_absolute_hours,
    )
    .await?;
    let scope = actor::scope_for_account(state, account, issued.family).await?;
    Ok(LoggedIn {
        access_token: state
            .keys
            .issue(account.id, issued.family, account.session_epoch)?,
        refresh_token: issued.token,
        expires_in: state.keys.ttl_minutes * 60,
        scope,
        pending: Pending::of(account, &state.settings),
    })
}

pub async fn refresh(state: &AppState, presented: &str) -> AppResult<LoggedIn> {
    let (account_id, issued) =
        session::rotate(&state.db, presented, state.settings.session_idle_minutes).await?;
    let account = account::Entity::find_by_id(account_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if account.disabled {
        session::revoke_family(&state.db, issued.family).await?;
        return Err(AppError::Unauthenticated);
    }
    let scope = actor::scope_for_account(state, &account, issued.family).await?;
    Ok(LoggedIn {
        access_token: state
            .keys
            .issue(account.id, issued.family, account.session_epoch)?,
        refresh_token: issued.token,
        expires_in: state.keys.ttl_minutes * 60,
        scope,
        pending: Pending::of(&account, &state.settings),
    })
}

pub async fn logout(state: &AppState, scope: &Scope) -> AppResult<()> {
    session::revoke_family(&state.db, scope.session_family()).await
}

/// The account behind a session, as stored now.
pub(crate) async fn own_account(state: &AppState, scope: &Scope) -> AppResult<account::Model> {
    account::Entity::find_by_id(scope.account_id())
        .one(&state.db)
        .await?
        .ok_or(AppError::Unauthenticated)
}

/// Checks the current password as a counted guess (wrong ones lock the
/// account like failed logins); a locked account is "wrong" too.
pub(crate) async fn check_current_password(
    state: &AppState,
    account: &account::Model,
    current: &str,
) -> AppResult<()> {
    let now = Utc::now();
    let counted = lock::reserve(&state.db, account.id, now).await?;
    let hash = if counted {
        account.password_hash.clone()
    } else {
        state.dummy_hash.clone()
    };
    if password::verify_password(current.to_string(), hash).await? && counted {
        return Ok(());
    }
    if counted {
        lock::failed(&state.db, account.id, now).await?;
    }
    Err(AppError::input(
        "currentPassword",
        Key::AuthCurrentPasswordWrong,
    ))
}

/// Changing the password ends every session of the account, this one too,
/// and clears "must change" (a password someone else set).
pub async fn change_password(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    current: &str,
    new: &str,
) -> AppResult<()> {
    password::check_policy(new, state.settings.password_complexity)?;
    let account = own_account(state, scope).await?;
    check_current_password(state, &account, current).await?;
    lock::succeeded(&state.db, account.id).await?;
    if new == current {
        return Err(AppError::input("newPassword", Key::PasswordSameAsCurrent));
    }
    let hash = password::hash_password(new.to_string()).await?;
    let (_w, txn) = state.begin_write().await?;
    account::Entity::update_many()
        .col_expr(account::Column::PasswordHash, Expr::value(hash))
        .col_expr(account::Column::MustChangePassword, Expr::value(false))
        .col_expr(
            account::Column::SessionEpoch,
            Expr::col(account::Column::SessionEpoch).add(1),
        )
        .col_expr(account::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(account::Column::Id.eq(account.id))
        .exec(&txn)
        .await?;
    session::revoke_account(&txn, account.id).await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "change_password",
            "account",
            account.id.to_string(),
        )
        .at_node(account.node_code),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
