//! A payroll's lines, for a whole page of payrolls in one statement. The
//! payroll's proof is the way in; each line is decided on its own too
//! (lines are seen exactly where their payroll is).
use super::{failed, load_failed, loader, scope, LoadError, Rows};
use crate::authz::{check, visible, Action, Authorized};
use crate::error::AppResult;
use async_graphql::dataloader::Loader;
use async_graphql::Context;
use entity::{payroll, payroll_line};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct LinesOf(pub Uuid);

impl Loader<LinesOf> for Rows {
    type Value = Vec<payroll_line::Model>;
    type Error = LoadError;
    async fn load(&self, keys: &[LinesOf]) -> Result<HashMap<LinesOf, Self::Value>, LoadError> {
        let ids: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        let rows = payroll_line::Entity::find()
            .filter(payroll_line::Column::PayrollId.is_in(ids))
            .order_by_asc(payroll_line::Column::PayrollId)
            .order_by_asc(payroll_line::Column::Position)
            .all(&self.db)
            .await
            .map_err(failed)?;
        let mut out: HashMap<LinesOf, Vec<payroll_line::Model>> = HashMap::new();
        for line in rows {
            out.entry(LinesOf(line.payroll_id)).or_default().push(line);
        }
        Ok(out)
    }
}

/// The lines of a payroll the caller holds a proof for, in order.
pub async fn payroll_lines(
    ctx: &Context<'_>,
    payroll: &Authorized<payroll::Model>,
) -> AppResult<Vec<Authorized<payroll_line::Model>>> {
    let sc = scope(ctx)?;
    check(sc, Action::Read, &**payroll)?;
    let rows = loader(ctx)?
        .load_one(LinesOf(payroll.id))
        .await
        .map_err(load_failed)?
        .unwrap_or_default();
    Ok(visible(sc, rows))
}
