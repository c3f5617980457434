//! Opaque ids: random UUIDs, never a sequence. A malformed id is simply
//! "not found", the same answer as an id outside the caller's scope.
use crate::error::{AppError, AppResult};
use async_graphql::ID;
use uuid::Uuid;

pub fn parse(id: &ID) -> AppResult<Uuid> {
    Uuid::parse_str(id.as_str()).map_err(|_| AppError::NotFound)
}

pub fn parse_opt(id: &Option<ID>) -> AppResult<Option<Uuid>> {
    id.as_ref().map(parse).transpose()
}

pub fn to_id(id: Uuid) -> ID {
    ID(id.to_string())
}
