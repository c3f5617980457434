//! Reading assessments: one by id, and a page of a subtree's for a period.
use crate::authz::{self, Authorized};
use crate::error::AppResult;
use crate::pagination::{self, Key, Page};
use crate::scope::Scope;
use entity::assessment::{self, AssessmentStatus};
use sea_orm::{ColumnTrait, ConnectionTrait, QueryFilter};
use uuid::Uuid;

/// An assessment the caller may see (its post in the caller's subtree);
/// NOT_FOUND otherwise, exactly like a missing id.
pub async fn find(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<Authorized<assessment::Model>> {
    authz::find::<assessment::Entity>(db, scope, id, assessment::Column::NodeCode).await
}

pub struct Filter {
    pub under: Uuid,
    pub period: Option<String>,
    pub status: Option<AssessmentStatus>,
    /// Also the versions later ones replaced.
    pub include_superseded: bool,
}

/// Assessments of posts at or below `under`, by post in grid-code order,
/// newest period first.
pub async fn list(
    db: &impl ConnectionTrait,
    scope: &Scope,
    f: Filter,
    page: Page,
) -> AppResult<(Vec<Authorized<assessment::Model>>, pagination::Window)> {
    let range = crate::grid::service::range_under(db, scope, Some(f.under)).await?;
    let mut q = authz::scoped::<assessment::Entity>(range, assessment::Column::NodeCode);
    if let Some(p) = f.period {
        let p = super::period::Period::parse(&p)?;
        q = q.filter(assessment::Column::Period.eq(p.text()));
    }
    if let Some(s) = f.status {
        q = q.filter(assessment::Column::Status.eq(s));
    }
    if !f.include_superseded {
        q = q.filter(assessment::Column::Superseded.eq(false));
    }
    let order = [
        Key::asc(assessment::Column::NodeCode),
        Key::desc(assessment::Column::Period),
        Key::desc(assessment::Column::Version),
        Key::asc(assessment::Column::Id),
    ];
    let (rows, window) = pagination::fetch(db, q, &order, page).await?;
    Ok((authz::visible(scope, rows), window))
}
