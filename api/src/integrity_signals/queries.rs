//! Reading signals: one by id, and a page of a subtree's, newest first.
//! Each row is proved on its own; the list is refused (FORBIDDEN) to a
//! role that may not read signals, and outside the caller's subtree
//! `under` is NOT_FOUND like a missing id.
use crate::authz::{self, Action, Authorized};
use crate::error::AppResult;
use crate::grid::service as grid;
use crate::pagination::{self, Key, Page};
use crate::scope::Scope;
use entity::integrity_signal::{self, IntegritySignalKind, IntegritySignalStatus};
use sea_orm::{ColumnTrait, ConnectionTrait, QueryFilter};
use uuid::Uuid;

pub async fn find(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<Authorized<integrity_signal::Model>> {
    authz::find::<integrity_signal::Entity>(db, scope, id, integrity_signal::Column::NodeCode).await
}

pub struct Filter {
    pub under: Uuid,
    pub kind: Option<IntegritySignalKind>,
    pub status: Option<IntegritySignalStatus>,
}

pub async fn list(
    db: &impl ConnectionTrait,
    scope: &Scope,
    filter: Filter,
    page: Page,
) -> AppResult<(Vec<Authorized<integrity_signal::Model>>, pagination::Window)> {
    let node = grid::find(db, scope, filter.under).await?;
    authz::check(scope, Action::ListIntegritySignals, &*node)?;
    let range = scope.narrow(Some(grid::grid_code(&node)?))?;
    let mut q =
        authz::scoped::<integrity_signal::Entity>(range, integrity_signal::Column::NodeCode);
    if let Some(k) = filter.kind {
        q = q.filter(integrity_signal::Column::Kind.eq(k));
    }
    if let Some(s) = filter.status {
        q = q.filter(integrity_signal::Column::Status.eq(s));
    }
    let order = [
        Key::desc(integrity_signal::Column::DetectedAt),
        Key::asc(integrity_signal::Column::Id),
    ];
    let (rows, window) = pagination::fetch(db, q, &order, page).await?;
    Ok((authz::visible(scope, rows), window))
}
