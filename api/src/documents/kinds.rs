//! The configurable list of document kinds, in display order.
use crate::error::{AppError, AppResult, Key};
use entity::document_kind;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

pub async fn active(db: &impl ConnectionTrait) -> AppResult<Vec<document_kind::Model>> {
    Ok(document_kind::Entity::find()
        .filter(document_kind::Column::Active.eq(true))
        .order_by_asc(document_kind::Column::SortOrder)
        .all(db)
        .await?)
}

/// An active kind's code, else BAD_USER_INPUT on `kind`.
pub async fn check_active(db: &impl ConnectionTrait, code: &str) -> AppResult<()> {
    match document_kind::Entity::find_by_id(code.to_string())
        .one(db)
        .await?
    {
        Some(k) if k.active => Ok(()),
        _ => Err(AppError::input("kind", Key::DocumentKindUnknown)),
    }
}
