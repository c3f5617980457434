//! One scan of a subtree: read its records, find, store — in one write
//! transaction, so two scans at once do not both insert a finding.
use super::store::{self, Outcome, Scanner};
use super::{load, scan};
use crate::authz::{self, Action};
use crate::error::AppResult;
use crate::grid::code::CodeRange;
use crate::grid::service as grid;
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{DatabaseConnection, DatabaseTransaction};
use uuid::Uuid;

/// The scan `scanIntegrity(under)` runs, for the county office.
pub async fn on_request(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    under: Uuid,
) -> AppResult<Outcome> {
    let (_writer, txn) = state.begin_write().await?;
    let node = grid::find(&txn, scope, under).await?;
    authz::check(scope, Action::ScanIntegrity, &*node)?;
    let range = grid::grid_code(&node)?.subtree();
    let by = Scanner {
        request_id: &req.request_id,
        actor: Some(scope.account_id()),
        now: state.now(),
    };
    let outcome = in_txn(&txn, &by, range, state.today()).await?;
    txn.commit().await?;
    Ok(outcome)
}

/// A scan with no caller (the command line, the demo loader).
pub async fn by_server(
    db: &DatabaseConnection,
    range: CodeRange,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> AppResult<Outcome> {
    let txn = crate::audit::begin_write(db).await?;
    let request_id = format!("scan-integrity-{}", Uuid::new_v4().simple());
    let by = Scanner {
        request_id: &request_id,
        actor: None,
        now,
    };
    let outcome = in_txn(&txn, &by, range, today).await?;
    txn.commit().await?;
    Ok(outcome)
}

async fn in_txn(
    txn: &DatabaseTransaction,
    by: &Scanner<'_>,
    range: CodeRange,
    today: NaiveDate,
) -> AppResult<Outcome> {
    let records = load::records(txn, range, today).await?;
    store::store(txn, by, scan::scan(&records)).await
}
