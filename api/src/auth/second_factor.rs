//! The TOTP second factor: turning it on (a secret and its otpauth URI,
//! then a first code to confirm, which hands out recovery codes), turning
//! it off (password and code), and the second login step. Every code
//! typed at login or when turning it off is a counted guess on the account
//! lock; a code, TOTP or recovery, is accepted only once, decided by one
//! conditional UPDATE so that two servers cannot both accept it.
use crate::audit::{self, AuditEntry};
use crate::auth::pending::totp_required;
use crate::auth::service::{check_current_password, own_account};
use crate::auth::{lock, opaque, totp};
use crate::error::{AppError, AppResult, Key};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use chrono::{DateTime, Duration, Utc};
use entity::{account, login_challenge, recovery_code};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, Set,
};
use uuid::Uuid;

/// How long the second login step may wait after the password.
pub const CHALLENGE_MINUTES: i64 = 5;

pub fn wrong_code() -> AppError {
    AppError::input("code", Key::TotpWrongCode)
}

/// A challenge for the second step; only its hash is kept.
pub async fn challenge(db: &impl ConnectionTrait, account: Uuid) -> AppResult<String> {
    let token = opaque::new_secret();
    let now = Utc::now();
    login_challenge::ActiveModel {
        id: Set(Uuid::new_v4()),
        account_id: Set(account),
        token_hash: Set(opaque::hash(&token)),
        created_at: Set(now),
        expires_at: Set(now + Duration::minutes(CHALLENGE_MINUTES)),
        used_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The account a live challenge belongs to, or UNAUTHENTICATED.
pub async fn challenged_account(
    db: &impl ConnectionTrait,
    challenge: &str,
) -> AppResult<account::Model> {
    let now = Utc::now();
    let row = login_challenge::Entity::find()
        .filter(login_challenge::Column::TokenHash.eq(opaque::hash(challenge)))
        .filter(login_challenge::Column::UsedAt.is_null())
        .filter(login_challenge::Column::ExpiresAt.gt(now))
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let account = account::Entity::find_by_id(row.account_id)
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if account.disabled || account.totp_enabled_at.is_none() {
        return Err(AppError::Unauthenticated);
    }
    Ok(account)
}

/// Marks the challenge used; a second use (a race) is UNAUTHENTICATED.
pub async fn spend_challenge(db: &impl ConnectionTrait, challenge: &str) -> AppResult<()> {
    let spent = login_challenge::Entity::update_many()
        .col_expr(login_challenge::Column::UsedAt, Expr::value(Utc::now()))
        .filter(login_challenge::Column::TokenHash.eq(opaque::hash(challenge)))
        .filter(login_challenge::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    if spent.rows_affected == 1 {
        Ok(())
    } else {
        Err(AppError::Unauthenticated)
    }
}

/// A second-factor code as a counted guess: `true` when right (the count
/// starts again), `false` when wrong or the account is locked.
pub async fn check_counted(
    state: &AppState,
    req: &RequestContext,
    account: &account::Model,
    code: &str,
) -> AppResult<bool> {
    let now = Utc::now();
    let counted = lock::reserve(&state.db, account.id, now).await?;
    let ok = counted && accept_code(&state.db, account, code, now).await?;
    if ok {
        lock::succeeded(&state.db, account.id).await?;
    } else {
        state.throttle.record_failure(req.ip);
        if counted {
            lock::failed(&state.db, account.id, now).await?;
        }
    }
    Ok(ok)
}

/// Accepts a TOTP code of a later step than the last one accepted, or an
/// unused recovery code, and spends it.
async fn accept_code(
    db: &impl ConnectionTrait,
    account: &account::Model,
    code: &str,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    if totp::looks_like_recovery_code(code) {
        let spent = recovery_code::Entity::update_many()
            .col_expr(recovery_code::Column::UsedAt, Expr::value(now))
            .filter(recovery_code::Column::AccountId.eq(account.id))
            .filter(recovery_code::Column::CodeHash.eq(totp::recovery_hash(code)))
            .filter(recovery_code::Column::UsedAt.is_null())
            .exec(db)
            .await?;
        return Ok(spent.rows_affected == 1);
    }
    let Some(secret) = account.totp_secret.as_deref() else {
        return Ok(false);
    };
    let Some(step) = totp::matching_step(secret, &account.username, code, now)? else {
        return Ok(false);
    };
    let accepted = account::Entity::update_many()
        .col_expr(account::Column::TotpLastStep, Expr::value(step))
        .filter(account::Column::Id.eq(account.id))
        .filter(
            Condition::any()
                .add(account::Column::TotpLastStep.is_null())
                .add(account::Column::TotpLastStep.lt(step)),
        )
        .exec(db)
        .await?;
    Ok(accepted.rows_affected == 1)
}

pub struct Enrollment {
    pub secret: String,
    pub otpauth_uri: String,
}

/// A new secret, pending until confirmed with a code.
pub async fn begin(state: &AppState, scope: &Scope) -> AppResult<Enrollment> {
    let account = own_account(state, scope).await?;
    if account.totp_enabled_at.is_some() {
        return Err(AppError::input("totp", Key::TotpAlreadyOn));
    }
    let secret = totp::new_secret();
    let otpauth_uri = totp::otpauth_uri(&secret, &account.username)?;
    account::Entity::update_many()
        .col_expr(account::Column::TotpSecret, Expr::value(secret.clone()))
        .col_expr(
            account::Column::TotpLastStep,
            Expr::value(Option::<i64>::None),
        )
        .filter(account::Column::Id.eq(account.id))
        .exec(&state.db)
        .await?;
    Ok(Enrollment {
        secret,
        otpauth_uri,
    })
}

/// The first code from the app turns TOTP on; answers the recovery codes,
/// shown this once.
pub async fn confirm(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    code: &str,
) -> AppResult<Vec<String>> {
    let account = own_account(state, scope).await?;
    let (Some(secret), None) = (account.totp_secret.as_deref(), account.totp_enabled_at) else {
        return Err(AppError::input("totp", Key::TotpNotStarted));
    };
    let now = Utc::now();
    let Some(step) = totp::matching_step(secret, &account.username, code, now)? else {
        return Err(wrong_code());
    };
    let codes = totp::new_recovery_codes();
    let (_w, txn) = state.begin_write().await?;
    account::Entity::update_many()
        .col_expr(account::Column::TotpEnabledAt, Expr::value(now))
        .col_expr(account::Column::TotpLastStep, Expr::value(step))
        .filter(account::Column::Id.eq(account.id))
        .exec(&txn)
        .await?;
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::AccountId.eq(account.id))
        .exec(&txn)
        .await?;
    for (_, hash) in &codes {
        recovery_code::ActiveModel {
            id: Set(Uuid::new_v4()),
            account_id: Set(account.id),
            code_hash: Set(hash.clone()),
            created_at: Set(now),
            used_at: Set(None),
        }
        .insert(&txn)
        .await?;
    }
    audit_step(&txn, req, scope, &account, "enable_totp").await?;
    txn.commit().await?;
    Ok(codes.into_iter().map(|(code, _)| code).collect())
}

/// Turning it off takes the password and a code (both counted guesses);
/// a role that must use it cannot.
pub async fn disable(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    current_password: &str,
    code: &str,
) -> AppResult<()> {
    let account = own_account(state, scope).await?;
    if account.totp_enabled_at.is_none() {
        return Err(AppError::input("totp", Key::TotpNotOn));
    }
    if totp_required(&state.settings, account.role) {
        return Err(AppError::input("totp", Key::TotpRequiredByRole));
    }
    check_current_password(state, &account, current_password).await?;
    if !check_counted(state, req, &account, code).await? {
        return Err(wrong_code());
    }
    let (_w, txn) = state.begin_write().await?;
    account::Entity::update_many()
        .col_expr(
            account::Column::TotpSecret,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            account::Column::TotpEnabledAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            account::Column::TotpLastStep,
            Expr::value(Option::<i64>::None),
        )
        .filter(account::Column::Id.eq(account.id))
        .exec(&txn)
        .await?;
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::AccountId.eq(account.id))
        .exec(&txn)
        .await?;
    audit_step(&txn, req, scope, &account, "disable_totp").await?;
    txn.commit().await?;
    Ok(())
}

async fn audit_step(
    txn: &impl ConnectionTrait,
    req: &RequestContext,
    scope: &Scope,
    account: &account::Model,
    action: &'static str,
) -> AppResult<()> {
    audit::record(
        txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            action,
            "account",
            account.id.to_string(),
        )
        .at_node(account.node_code),
    )
    .await
}
