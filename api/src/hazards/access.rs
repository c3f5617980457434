//! Who may move a hazard is the authorization decision's to say
//! (`authz::rules`: field work, the handling node in the caller's subtree,
//! the state table); this opens the write transaction around it.
use crate::authz::{self, Action, Authorized};
use crate::error::AppResult;
use crate::hazards::steps::Actor;
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use entity::hazard;
use sea_orm::DatabaseTransaction;
use uuid::Uuid;

/// Field order matters: the transaction ends before the writer lock is
/// released (fields drop in declaration order).
pub struct Handling<'s> {
    pub txn: DatabaseTransaction,
    pub hazard: Authorized<hazard::Model>,
    pub _writer: tokio::sync::MutexGuard<'s, ()>,
}

/// Opens the write transaction and reads the hazard for `action` by `scope`.
pub async fn begin<'s>(
    state: &'s AppState,
    scope: &Scope,
    id: Uuid,
    action: Action,
) -> AppResult<Handling<'s>> {
    let (writer, txn) = state.begin_write().await?;
    let read = authz::find::<hazard::Entity>(&txn, scope, id, hazard::Column::NodeCode).await?;
    let hazard = authz::authorize(scope, action, read.into_inner())?;
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
