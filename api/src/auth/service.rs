//! Login, refresh, logout and password change.
use crate::audit::{self, AuditEntry};
use crate::auth::{actor, password, session};
use crate::error::{AppError, AppResult, Key};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use chrono::{Duration, Utc};
use entity::account;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// Failed logins in a row before the account is locked.
pub const MAX_FAILURES: i32 = 5;
pub const LOCK_MINUTES: i64 = 15;

pub struct LoggedIn {
    pub access_token: String,
    pub refresh_token: String,
    pub expires_in: i64,
    pub scope: Scope,
}

pub async fn login(
    state: &AppState,
    req: &RequestContext,
    username: &str,
    password_text: &str,
) -> AppResult<LoggedIn> {
    if state.throttle.is_blocked(req.ip) {
        return Err(AppError::rate_limited(Key::AuthTooManyFailures).with("minutes", 15));
    }
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
    if account.locked_until.is_some_and(|until| until > now) {
        return Err(AppError::rate_limited(Key::AuthAccountLocked).with("minutes", 15));
    }
    let ok =
        password::verify_password(password_text.to_string(), account.password_hash.clone()).await?;
    if !ok || account.disabled {
        state.throttle.record_failure(req.ip);
        if !ok {
            record_failure(state, &account).await?;
        }
        return Err(AppError::BadCredentials);
    }
    account::Entity::update_many()
        .col_expr(account::Column::FailedLogins, Expr::value(0))
        .col_expr(
            account::Column::LockedUntil,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
        .filter(account::Column::Id.eq(account.id))
        .exec(&state.db)
        .await?;
    let s = &state.settings;
    let issued = session::start(
        &state.db,
        account.id,
        s.session_idle_minutes,
        s.session_absolute_hours,
    )
    .await?;
    let scope = actor::scope_for_account(state, &account, issued.family).await?;
    Ok(LoggedIn {
        access_token: state
            .keys
            .issue(account.id, issued.family, account.session_epoch)?,
        refresh_token: issued.token,
        expires_in: state.keys.ttl_minutes * 60,
        scope,
    })
}

async fn record_failure(state: &AppState, account: &account::Model) -> AppResult<()> {
    let failures = account.failed_logins + 1;
    let (failures, locked_until) = if failures >= MAX_FAILURES {
        (0, Some(Utc::now() + Duration::minutes(LOCK_MINUTES)))
    } else {
        (failures, None)
    };
    account::Entity::update_many()
        .col_expr(account::Column::FailedLogins, Expr::value(failures))
        .col_expr(account::Column::LockedUntil, Expr::value(locked_until))
        .filter(account::Column::Id.eq(account.id))
        .exec(&state.db)
        .await?;
    Ok(())
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
    })
}

pub async fn logout(state: &AppState, scope: &Scope) -> AppResult<()> {
    session::revoke_family(&state.db, scope.session_family()).await
}

/// Changing the password ends every session of the account, this one too.
pub async fn change_password(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    current: &str,
    new: &str,
) -> AppResult<()> {
    password::check_policy(new, state.settings.password_complexity)?;
    let account = account::Entity::find_by_id(scope.account_id())
        .one(&state.db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if !password::verify_password(current.to_string(), account.password_hash.clone()).await? {
        record_failure(state, &account).await?;
        return Err(AppError::input(
            "currentPassword",
            Key::AuthCurrentPasswordWrong,
        ));
    }
    let hash = password::hash_password(new.to_string()).await?;
    let (_w, txn) = state.begin_write().await?;
    account::Entity::update_many()
        .col_expr(account::Column::PasswordHash, Expr::value(hash))
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
