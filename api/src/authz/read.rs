//! Reading scoped tables. A record by id comes back only as a read proof,
//! and lists are filtered to the subtree in SQL and then proved row by row,
//! so a GraphQL type built from a proof never shows what the caller may not
//! see.
use super::action::Action;
use super::decide::authorize;
use super::guarded::Guarded;
use super::proof::Authorized;
use crate::error::{AppError, AppResult};
use crate::grid::code::CodeRange;
use crate::scope::Scope;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PrimaryKeyTrait, QueryFilter, Select,
};
use uuid::Uuid;

/// A record by id, if the caller may see it; NOT_FOUND otherwise, exactly
/// as for an id that does not exist. The subtree is also in the SQL, so
/// rows outside it are never read.
pub async fn find<E>(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
    code_column: E::Column,
) -> AppResult<Authorized<E::Model>>
where
    E: EntityTrait,
    E::PrimaryKey: PrimaryKeyTrait<ValueType = Uuid>,
    E::Model: Guarded,
{
    let r = scope.range();
    let model = E::find_by_id(id)
        .filter(code_column.between(r.lo, r.hi))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize(scope, Action::Read, model)
}

/// A select on `E` limited to `range` (which the caller got from its scope).
pub fn scoped<E: EntityTrait>(range: CodeRange, code_column: E::Column) -> Select<E> {
    E::find().filter(code_column.between(range.lo, range.hi))
}

/// Read proofs for rows a scoped query returned; a row the caller may not
/// see (which a scoped query never returns) is dropped, not shown.
pub fn visible<T: Guarded>(scope: &Scope, rows: Vec<T>) -> Vec<Authorized<T>> {
    rows.into_iter()
        .filter_map(|r| authorize(scope, Action::Read, r).ok())
        .collect()
}

/// The caller's subtree as a filter on a table's grid-code column.
pub fn subtree<C: ColumnTrait>(scope: &Scope, column: C) -> Condition {
    let r = scope.range();
    Condition::all().add(column.between(r.lo, r.hi))
}
