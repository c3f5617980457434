//! Optimistic concurrency for editable records: a write names the version it
//! read, and lands only if the row still has it. A stale or racing edit is
//! CONFLICT, never a silent overwrite.
use crate::error::{AppError, AppResult};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter,
};

/// Saves `active` if the stored row's `version_col` equals `read_version`,
/// bumping the version and stamping `updated_col` with `now` (the
/// configured clock's time); returns the saved row.
pub async fn save<A, C>(
    db: &C,
    mut active: A,
    version_col: <A::Entity as EntityTrait>::Column,
    updated_col: <A::Entity as EntityTrait>::Column,
    read_version: i32,
    now: DateTime<Utc>,
) -> AppResult<<A::Entity as EntityTrait>::Model>
where
    A: ActiveModelTrait + Send,
    <A::Entity as EntityTrait>::Model: IntoActiveModel<A>,
    C: ConnectionTrait,
{
    active.set(version_col, (read_version + 1).into());
    active.set(updated_col, now.into());
    <A::Entity as EntityTrait>::update(active)
        .validate()?
        .filter(version_col.eq(read_version))
        .exec(db)
        .await
        .map_err(|e| match e {
            DbErr::RecordNotUpdated => AppError::Conflict,
            other => other.into(),
        })
}
