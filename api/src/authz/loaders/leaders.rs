//! Nested fields of township leaders: an appointment's village
//! assignments, for a whole page of appointments in one statement.
use super::{failed, load_failed, loader, scope, LoadError, Rows};
use crate::authz::action::Action;
use crate::authz::decide::check;
use crate::authz::proof::Authorized;
use crate::error::AppResult;
use async_graphql::dataloader::Loader;
use async_graphql::Context;
use entity::{appointment, village_assignment};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct AssignmentsOf(pub Uuid);

impl Loader<AssignmentsOf> for Rows {
    type Value = Vec<village_assignment::Model>;
    type Error = LoadError;
    async fn load(
        &self,
        keys: &[AssignmentsOf],
    ) -> Result<HashMap<AssignmentsOf, Self::Value>, LoadError> {
        let ids: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        let rows = village_assignment::Entity::find()
            .filter(village_assignment::Column::AppointmentId.is_in(ids))
            .order_by_desc(village_assignment::Column::Since)
            .order_by_asc(village_assignment::Column::VillageCode)
            .all(&self.db)
            .await
            .map_err(failed)?;
        let mut out: HashMap<AssignmentsOf, Vec<village_assignment::Model>> = HashMap::new();
        for r in rows {
            out.entry(AssignmentsOf(r.appointment_id))
                .or_default()
                .push(r);
        }
        Ok(out)
    }
}

/// A leader appointment's village assignments (newest first), each decided
/// on its own; the appointment must be visible to the caller.
pub async fn assignments_of(
    ctx: &Context<'_>,
    on: &appointment::Model,
) -> AppResult<Vec<Authorized<village_assignment::Model>>> {
    let sc = scope(ctx)?;
    check(sc, Action::Read, on)?;
    let rows = loader(ctx)?
        .load_one(AssignmentsOf(on.id))
        .await
        .map_err(load_failed)?
        .unwrap_or_default();
    Ok(crate::authz::read::visible(sc, rows))
}
