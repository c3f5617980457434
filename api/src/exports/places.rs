//! Where each row of a ledger is, below the exported node: "凌云村 /
//! 第一村民组". The codes say which nodes are a row's ancestors (a node's
//! ancestor at a level is its code rounded down to that level), so every
//! name a ledger needs comes in one statement, whatever its number of rows.
use crate::error::AppResult;
use crate::grid::code::{GridCode, Level};
use entity::grid_node;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::{BTreeSet, HashMap};

/// The grid code of a node known only by its code: no level numbers its
/// nodes from 0 (divisions and groups count from 1), so the level is the
/// last part of the code that is not zero.
pub fn code_at(code: i64) -> GridCode {
    let level = Level::ALL
        .iter()
        .rev()
        .copied()
        .find(|l| (code / 10_i64.pow(15 - l.digits())) % 10_i64.pow(digits_of(*l)) != 0)
        .unwrap_or(Level::Province);
    GridCode::new(code, level)
}

/// The digits a level adds to its parent's code.
fn digits_of(level: Level) -> u32 {
    let parent = Level::ALL
        .iter()
        .rev()
        .find(|l| **l < level)
        .map_or(0, |l| l.digits());
    level.digits() - parent
}

pub struct Places {
    below: GridCode,
    names: HashMap<i64, (Level, String)>,
}

impl Places {
    /// Names of the nodes `codes` (each in `below`'s subtree) and of their
    /// ancestors up to `below` itself.
    pub async fn load(
        db: &impl ConnectionTrait,
        below: GridCode,
        codes: impl IntoIterator<Item = GridCode>,
    ) -> AppResult<Places> {
        let wanted: BTreeSet<i64> = codes
            .into_iter()
            .flat_map(|c| {
                let mut chain = c.ancestors();
                chain.push(c);
                chain
            })
            .filter(|c| c.level >= below.level && below.subtree().contains(c.code))
            .map(|c| c.code)
            .collect();
        let mut names = HashMap::new();
        if !wanted.is_empty() {
            let rows = grid_node::Entity::find()
                .filter(grid_node::Column::Code.is_in(wanted))
                .all(db)
                .await?;
            for n in rows {
                if let Some(level) = Level::from_number(n.level) {
                    names.insert(n.code, (level, n.name));
                }
            }
        }
        Ok(Places { below, names })
    }

    /// The node's name at `level` on the way down to `code` (empty above
    /// the exported node).
    pub fn at(&self, code: GridCode, level: Level) -> String {
        let ancestor = if level == code.level {
            Some(code)
        } else {
            code.ancestors().into_iter().find(|a| a.level == level)
        };
        ancestor
            .and_then(|a| self.names.get(&a.code))
            .map(|(_, name)| name.clone())
            .unwrap_or_default()
    }

    /// "凌云村 / 第一村民组": the way down from the exported node (empty
    /// for a row at the exported node itself).
    pub fn path(&self, code: GridCode) -> String {
        let mut chain = code.ancestors();
        chain.push(code);
        let parts: Vec<&str> = chain
            .iter()
            .filter(|c| c.level > self.below.level)
            .filter_map(|c| self.names.get(&c.code).map(|(_, n)| n.as_str()))
            .collect();
        parts.join(" / ")
    }

    /// A row's place column: the way down to the row's node (`node_code`),
    /// or `own` — the exported node's name — for a row at that node itself.
    pub fn place(&self, node_code: i64, own: &str) -> String {
        let path = self.path(code_at(node_code));
        if path.is_empty() {
            own.to_string()
        } else {
            path
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_alone_tells_its_level() {
        let at = |code: i64| code_at(code).level;
        assert_eq!(at(520_327_002_204_001), Level::Group);
        assert_eq!(at(520_327_002_204_000), Level::Village);
        assert_eq!(at(520_327_002_000_000), Level::Township);
        assert_eq!(at(520_327_000_000_000), Level::County);
        assert_eq!(at(520_300_000_000_000), Level::City);
        assert_eq!(at(520_000_000_000_000), Level::Province);
    }
}
