//! A hazard's category is one of the active sectors (the same list
//! inspections use).
use crate::error::{AppError, AppResult};
use entity::sector;
use sea_orm::{ConnectionTrait, EntityTrait};

pub async fn check_active(
    db: &impl ConnectionTrait,
    field: &'static str,
    code: &str,
) -> AppResult<()> {
    match sector::Entity::find_by_id(code.to_string()).one(db).await? {
        Some(s) if s.active => Ok(()),
        _ => Err(AppError::bad_input(
            field,
            "未知的检查类别 (unknown sector)",
        )),
    }
}
