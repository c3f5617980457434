//! Who may move a hazard: anyone doing field work whose subtree holds the
//! hazard's *handling* node. Once a group passes a hazard up to the village,
//! the group still sees it but the village acts on it.
use crate::error::{AppError, AppResult};
use crate::hazards::queries;
use crate::hazards::steps::Actor;
use crate::scope::{Permission, Scope};
use crate::state::{AppState, RequestContext};
use entity::hazard;
use sea_orm::DatabaseTransaction;
use uuid::Uuid;

/// Field order matters: the transaction ends before the writer lock is
/// released (fields drop in declaration order).
pub struct Handling<'s> {
    pub txn: DatabaseTransaction,
    pub hazard: hazard::Model,
    pub _writer: tokio::sync::MutexGuard<'s, ()>,
}

/// Opens the write transaction and reads the hazard for a step by `scope`.
pub async fn begin<'s>(state: &'s AppState, scope: &Scope, id: Uuid) -> AppResult<Handling<'s>> {
    let (writer, txn) = state.begin_write().await?;
    let hazard = queries::find(&txn, scope, id).await?;
    scope.require(Permission::FieldWork)?;
    if !scope.range().contains(hazard.handling_code) {
        return Err(AppError::Forbidden);
    }
    Ok(Handling {
        txn,
        hazard,
        _writer: writer,
    })
}

pub fn actor<'r>(state: &AppState, req: &'r RequestContext, scope: &Scope) -> Actor<'r> {
    Actor {
        account_id: Some(scope.account_id()),
        request_id: &req.request_id,
        now: state.now(),
    }
}
