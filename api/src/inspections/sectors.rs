//! The configurable list of what an inspection covers (道路交通, 消防, …).
use crate::error::{AppError, AppResult, Key};
use entity::sector;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// Active sectors in display order: what a new record may name.
pub async fn active(db: &impl ConnectionTrait) -> AppResult<Vec<sector::Model>> {
    Ok(sector::Entity::find()
        .filter(sector::Column::Active.eq(true))
        .order_by_asc(sector::Column::SortOrder)
        .order_by_asc(sector::Column::Code)
        .all(db)
        .await?)
}

/// Every sector, retired ones too: old records keep their names.
pub async fn all(db: &impl ConnectionTrait) -> AppResult<Vec<sector::Model>> {
    Ok(sector::Entity::find()
        .order_by_asc(sector::Column::SortOrder)
        .all(db)
        .await?)
}

pub async fn active_codes(db: &impl ConnectionTrait) -> AppResult<Vec<String>> {
    Ok(active(db).await?.into_iter().map(|s| s.code).collect())
}

/// The stored JSON array of codes.
pub fn encode(codes: &[String]) -> String {
    serde_json::to_string(codes).unwrap_or_else(|_| "[]".into())
}

pub fn decode(stored: &str) -> Vec<String> {
    serde_json::from_str(stored).unwrap_or_default()
}

/// A hazard's category: one active sector code, else BAD_USER_INPUT on `field`.
pub async fn check_active(
    db: &impl ConnectionTrait,
    field: &'static str,
    code: &str,
) -> AppResult<()> {
    match sector::Entity::find_by_id(code.to_string()).one(db).await? {
        Some(s) if s.active => Ok(()),
        _ => Err(AppError::input(field, Key::SectorUnknown)),
    }
}
