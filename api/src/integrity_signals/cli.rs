//! `safegrid scan-integrity --under CODE`: one scan of a node's subtree
//! from the command line (for cron, like `escalate-overdue`), on the
//! configured clock, audited with no actor.
use super::run;
use super::store::Outcome;
use crate::grid::code::{GridCode, Level};
use entity::grid_node;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

pub async fn scan(
    db: &DatabaseConnection,
    clock: &crate::clock::Clock,
    division_code: &str,
) -> anyhow::Result<Outcome> {
    let digits = division_code.trim();
    let code: i64 = digits
        .parse()
        .map_err(|_| anyhow::anyhow!("node code must be digits"))?;
    if digits.is_empty() || digits.len() > 15 {
        anyhow::bail!("node code must have 2 to 15 digits");
    }
    let grid_code = code * 10_i64.pow(15 - digits.len() as u32);
    let node = grid_node::Entity::find()
        .filter(grid_node::Column::Code.eq(grid_code))
        .one(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no node with code {digits}"))?;
    let level = Level::from_number(node.level)
        .ok_or_else(|| anyhow::anyhow!("bad level {}", node.level))?;
    let range = GridCode::new(node.code, level).subtree();
    run::by_server(db, range, clock.now(), clock.today())
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))
}
