//! Batched, idempotent writes of grid nodes shared by the import and the demo.
use std::collections::HashMap;

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use entity::grid_node;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter,
    QuerySelect, TryInsertResult,
};
use uuid::Uuid;

/// Rows per INSERT. A grid node binds 10 values: 1,000 rows stay well under
/// SQLite's 32,766 bind variables, 5,000 under PostgreSQL's 65,535. Larger
/// statements save PostgreSQL round trips and parsing (all of China: ≈12 s
/// instead of ≈20 s); SQLite gains nothing from them and the smaller batch
/// keeps memory lower.
pub(crate) fn node_batch(backend: DbBackend) -> usize {
    match backend {
        DbBackend::Postgres => 5_000,
        _ => 1_000,
    }
}

/// Digits of the national division code at each level (1 province … 5 village).
pub(crate) fn division_digits(level: i16) -> Option<u32> {
    match level {
        1 => Some(2),
        2 => Some(4),
        3 => Some(6),
        4 => Some(9),
        5 => Some(12),
        _ => None,
    }
}

/// The 15-digit grid code of a national division code with `digits` digits.
pub(crate) fn grid_code(division: i64, digits: u32) -> Option<i64> {
    let factor = 10_i64.checked_pow(15_u32.checked_sub(digits)?)?;
    division.checked_mul(factor)
}

/// The grid code truncated to the given number of division digits.
pub(crate) fn truncate_code(code: i64, digits: u32) -> i64 {
    let unit = 10_i64.pow(15 - digits.min(15));
    code / unit * unit
}

/// A node to write; ids are assigned here, parents resolved by the caller.
pub(crate) struct NewNode {
    pub code: i64,
    pub level: i16,
    pub parent_id: Option<Uuid>,
    pub name: String,
    pub subsidy_exempt: bool,
    pub demonstration: bool,
}

pub(crate) fn active_node(n: NewNode, now: DateTime<Utc>) -> grid_node::ActiveModel {
    grid_node::ActiveModel {
        id: Set(Uuid::new_v4()),
        code: Set(n.code),
        level: Set(n.level),
        parent_id: Set(n.parent_id),
        name: Set(n.name),
        subsidy_exempt: Set(n.subsidy_exempt),
        demonstration: Set(n.demonstration),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

/// Inserts the nodes, skipping codes already present
/// (`ON CONFLICT (code) DO NOTHING`); returns how many rows were inserted.
pub(crate) async fn insert_nodes<C: ConnectionTrait>(
    db: &C,
    rows: Vec<grid_node::ActiveModel>,
) -> Result<u64> {
    let batch = node_batch(db.get_database_backend());
    let mut inserted = 0;
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<_> = rows.by_ref().take(batch).collect();
        let res = grid_node::Entity::insert_many(chunk)
            .on_conflict_do_nothing_on([grid_node::Column::Code])
            .exec_without_returning(db)
            .await
            .context("inserting grid nodes")?;
        inserted += match res {
            TryInsertResult::Inserted(n) => n,
            TryInsertResult::Empty | TryInsertResult::Conflicted => 0,
        };
    }
    Ok(inserted)
}

/// The ids of the nodes with these codes (existing ones included), by code.
pub(crate) async fn ids_by_code<C: ConnectionTrait>(
    db: &C,
    codes: &[i64],
) -> Result<HashMap<i64, Uuid>> {
    let mut out = HashMap::with_capacity(codes.len());
    for chunk in codes.chunks(node_batch(db.get_database_backend())) {
        let rows: Vec<(Uuid, i64)> = grid_node::Entity::find()
            .select_only()
            .column(grid_node::Column::Id)
            .column(grid_node::Column::Code)
            .filter(grid_node::Column::Code.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await
            .context("looking up grid nodes by code")?;
        out.extend(rows.into_iter().map(|(id, code)| (code, id)));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_codes_of_each_level() {
        assert_eq!(grid_code(52, 2), Some(520_000_000_000_000));
        assert_eq!(grid_code(5203, 4), Some(520_300_000_000_000));
        assert_eq!(grid_code(520_327, 6), Some(520_327_000_000_000));
        assert_eq!(grid_code(520_327_002, 9), Some(520_327_002_000_000));
        assert_eq!(grid_code(520_327_002_204, 12), Some(520_327_002_204_000));
        assert_eq!(truncate_code(520_327_002_204_000, 9), 520_327_002_000_000);
        assert_eq!(truncate_code(520_327_002_204_000, 2), 520_000_000_000_000);
    }
}
