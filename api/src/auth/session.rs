//! Refresh sessions: opaque random tokens, stored as SHA-256, single use.
//! Each refresh rotates the token within its family; presenting a token that
//! was already used revokes the whole family (someone copied it).
use crate::auth::opaque::{hash, new_secret as new_token};
use crate::error::{AppError, AppResult};
use chrono::{Duration, Utc};
use entity::session;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

pub struct Issued {
    pub token: String,
    pub family: Uuid,
}

/// Starts a new family (at login).
pub async fn start(
    db: &impl ConnectionTrait,
    account: Uuid,
    idle_minutes: i64,
    absolute_hours: i64,
) -> AppResult<Issued> {
    let now = Utc::now();
    let family = Uuid::new_v4();
    let token = new_token();
    session::ActiveModel {
        id: Set(Uuid::new_v4()),
        account_id: Set(account),
        family_id: Set(family),
        token_hash: Set(hash(&token)),
        created_at: Set(now),
        expires_at: Set(now + Duration::minutes(idle_minutes)),
        family_expires_at: Set(now + Duration::hours(absolute_hours)),
        used_at: Set(None),
        revoked_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(Issued { token, family })
}

/// Exchanges a refresh token for a new one in the same family.
/// Returns the account id and the new token.
pub async fn rotate(
    db: &impl ConnectionTrait,
    presented: &str,
    idle_minutes: i64,
) -> AppResult<(Uuid, Issued)> {
    let now = Utc::now();
    let row = session::Entity::find()
        .filter(session::Column::TokenHash.eq(hash(presented)))
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if row.used_at.is_some() {
        // Reuse: the token leaked. Kill every token of the family.
        revoke_family(db, row.family_id).await?;
        return Err(AppError::Unauthenticated);
    }
    if row.revoked_at.is_some() || row.expires_at <= now || row.family_expires_at <= now {
        return Err(AppError::Unauthenticated);
    }
    // Mark used only if still unused: two racing refreshes cannot both win.
    let marked = session::Entity::update_many()
        .col_expr(session::Column::UsedAt, Expr::value(now))
        .filter(session::Column::Id.eq(row.id))
        .filter(session::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    if marked.rows_affected != 1 {
        revoke_family(db, row.family_id).await?;
        return Err(AppError::Unauthenticated);
    }
    let token = new_token();
    session::ActiveModel {
        id: Set(Uuid::new_v4()),
        account_id: Set(row.account_id),
        family_id: Set(row.family_id),
        token_hash: Set(hash(&token)),
        created_at: Set(now),
        expires_at: Set((now + Duration::minutes(idle_minutes)).min(row.family_expires_at)),
        family_expires_at: Set(row.family_expires_at),
        used_at: Set(None),
        revoked_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok((
        row.account_id,
        Issued {
            token,
            family: row.family_id,
        },
    ))
}

pub async fn revoke_family(db: &impl ConnectionTrait, family: Uuid) -> AppResult<()> {
    session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(session::Column::FamilyId.eq(family))
        .filter(session::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every session of an account (password change, reset, disabling,
/// moving): refresh tokens die with the access tokens.
pub async fn revoke_account(db: &impl ConnectionTrait, account: Uuid) -> AppResult<()> {
    session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(session::Column::AccountId.eq(account))
        .filter(session::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// An access token is good only while its family is alive and not past its
/// absolute timeout.
pub async fn family_alive(db: &impl ConnectionTrait, family: Uuid) -> AppResult<bool> {
    let now = Utc::now();
    let alive = session::Entity::find()
        .filter(session::Column::FamilyId.eq(family))
        .filter(session::Column::RevokedAt.is_null())
        .filter(session::Column::FamilyExpiresAt.gt(now))
        .one(db)
        .await?;
    Ok(alive.is_some())
}
