//! What each child of a node is due, has had approved and has paid for a
//! year (the county's view of its townships), and which are late: not
//! paid in full by the pay-by day (by default the year's last day), as the
//! configured clock tells the day. Six statements whatever the number of
//! children or posts: the children, the ledger's four, the payrolls.
use crate::authz::{self, Authorized};
use crate::error::AppResult;
use crate::grid::service as grid;
use crate::scope::Scope;
use crate::subsidies::{ledger, standards};
use chrono::NaiveDate;
use entity::grid_node;
use entity::payroll::{self, PayrollStatus};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// One child's money for the year.
pub struct ChildSummary {
    pub node: Authorized<grid_node::Model>,
    /// The ledger's net for the child's subtree.
    pub due_fen: i64,
    /// Approved: what approved payrolls total, and what paid ones paid.
    pub approved_fen: i64,
    pub paid_fen: i64,
    pub late: bool,
}

pub struct Summary {
    pub pay_by: NaiveDate,
    pub today: NaiveDate,
    pub children: Vec<ChildSummary>,
}

pub async fn summary(
    db: &impl ConnectionTrait,
    scope: &Scope,
    under: uuid::Uuid,
    year: i32,
    pay_by: Option<NaiveDate>,
    today: NaiveDate,
) -> AppResult<Summary> {
    let year = standards::check_year(year)?;
    let pay_by = pay_by
        .or_else(|| NaiveDate::from_ymd_opt(year, 12, 31))
        .unwrap_or(today);
    let node = grid::find(db, scope, under).await?;
    let code = grid::grid_code(&node)?;
    let range = scope.narrow(Some(code))?;
    let children = grid_node::Entity::find()
        .filter(authz::subtree(scope, grid_node::Column::Code))
        .filter(grid_node::Column::ParentId.eq(node.id))
        .order_by_asc(grid_node::Column::Code)
        .all(db)
        .await?;
    let rows = ledger::rows(db, scope, code, year, &standards::ROLES).await?;
    let payrolls = authz::scoped::<payroll::Entity>(range, payroll::Column::PayerCode)
        .filter(payroll::Column::Year.eq(year))
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(children.len());
    for child in authz::visible(scope, children) {
        let sub = grid::grid_code(&child)?.subtree();
        let due_fen = rows
            .iter()
            .filter(|r| sub.contains(r.node_code))
            .map(|r| r.net_fen)
            .sum();
        let mine = || payrolls.iter().filter(|p| sub.contains(p.payer_code));
        let paid_fen: i64 = mine().filter_map(|p| p.paid_fen).sum();
        let approved_fen = mine()
            .map(|p| match p.status {
                PayrollStatus::Approved => p.total_fen,
                PayrollStatus::Paid => p.paid_fen.unwrap_or(p.total_fen),
                PayrollStatus::Draft => 0,
            })
            .sum();
        out.push(ChildSummary {
            node: child,
            due_fen,
            approved_fen,
            paid_fen,
            late: today > pay_by && paid_fen < due_fen,
        });
    }
    Ok(Summary {
        pay_by,
        today,
        children: out,
    })
}
