//! The account lock, kept in the database so that every server process on
//! one database counts the same guesses: five wrong credentials in a row
//! (password at login, the second factor, the current password when
//! changing it or turning TOTP off) lock the account for 15 minutes.
//!
//! A guess is counted *before* it is checked (`reserve`), with one
//! conditional UPDATE: concurrent requests, from one process or many,
//! cannot check more guesses than the budget allows.
use crate::error::AppResult;
use chrono::{DateTime, Duration, Utc};
use entity::account;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

/// Failed credential checks in a row before the account is locked.
pub const MAX_FAILURES: i32 = 5;
pub const LOCK_MINUTES: i64 = 15;

/// Counts one guess against the account. `false` when the account is
/// locked (or its budget is taken by guesses in flight): the caller then
/// answers exactly as for a wrong credential, without checking it.
pub async fn reserve(db: &impl ConnectionTrait, id: Uuid, now: DateTime<Utc>) -> AppResult<bool> {
    let counted = account::Entity::update_many()
        .col_expr(
            account::Column::FailedLogins,
            Expr::col(account::Column::FailedLogins).add(1),
        )
        .filter(account::Column::Id.eq(id))
        .filter(account::Column::FailedLogins.lt(MAX_FAILURES))
        .filter(
            Condition::any()
                .add(account::Column::LockedUntil.is_null())
                .add(account::Column::LockedUntil.lte(now)),
        )
        .exec(db)
        .await?;
    if counted.rows_affected == 1 {
        return Ok(true);
    }
    // The budget is spent but no lock is set (a process died between its
    // guess and its verdict): lock now, so the account does not stay shut.
    lock_if_spent(db, id, now).await?;
    Ok(false)
}

/// The guess was wrong: lock the account if that was the last one allowed.
pub async fn failed(db: &impl ConnectionTrait, id: Uuid, now: DateTime<Utc>) -> AppResult<()> {
    lock_if_spent(db, id, now).await
}

/// The guess was right: the count starts again.
pub async fn succeeded(db: &impl ConnectionTrait, id: Uuid) -> AppResult<()> {
    account::Entity::update_many()
        .col_expr(account::Column::FailedLogins, Expr::value(0))
        .col_expr(
            account::Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(account::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

async fn lock_if_spent(db: &impl ConnectionTrait, id: Uuid, now: DateTime<Utc>) -> AppResult<()> {
    account::Entity::update_many()
        .col_expr(account::Column::FailedLogins, Expr::value(0))
        .col_expr(
            account::Column::LockedUntil,
            Expr::value(Some(now + Duration::minutes(LOCK_MINUTES))),
        )
        .filter(account::Column::Id.eq(id))
        .filter(account::Column::FailedLogins.gte(MAX_FAILURES))
        .exec(db)
        .await?;
    Ok(())
}
