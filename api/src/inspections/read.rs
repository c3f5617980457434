//! Reading inspections: one by id, or a page of a subtree's, newest first.
//! Filters are typed arguments only.
use crate::error::AppResult;
use crate::grid::service as grid;
use crate::inspections::kind::InspectionKind;
use crate::inspections::month::Month;
use crate::pagination::{self, Key, Page};
use crate::scope::Scope;
use entity::inspection;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

pub async fn find(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<crate::authz::Authorized<inspection::Model>> {
    crate::authz::find::<inspection::Entity>(db, scope, id, inspection::Column::NodeCode).await
}

#[derive(Default)]
pub struct Filter {
    pub under: Option<Uuid>,
    pub month: Option<Month>,
    pub kind: Option<InspectionKind>,
    pub person_id: Option<Uuid>,
}

pub async fn list(
    db: &impl ConnectionTrait,
    scope: &Scope,
    f: Filter,
    page: Page,
) -> AppResult<(Vec<inspection::Model>, pagination::Window)> {
    let range = grid::range_under(db, scope, f.under).await?;
    let mut q =
        inspection::Entity::find().filter(inspection::Column::NodeCode.between(range.lo, range.hi));
    if let Some(m) = f.month {
        q = q.filter(inspection::Column::OccurredOn.between(m.first_day(), m.last_day()));
    }
    if let Some(k) = f.kind {
        q = q.filter(inspection::Column::Kind.eq(k));
    }
    if let Some(p) = f.person_id {
        q = q.filter(inspection::Column::PersonId.eq(p));
    }
    let order = [
        Key::desc(inspection::Column::OccurredAt),
        Key::desc(inspection::Column::Id),
    ];
    pagination::fetch(db, q, &order, page).await
}
