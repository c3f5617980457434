//! Posts (appointments) a programme record names, in batches: a training's
//! attendees, a notebook check's holder. Each is decided on its own, so a
//! post outside the caller's subtree is left out.
use super::{failed, load_failed, loader, scope, LoadError, Rows};
use crate::authz::{authorize, Action, Authorized, Guarded};
use crate::error::{AppError, AppResult};
use async_graphql::dataloader::Loader;
use async_graphql::Context;
use entity::appointment;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct AppointmentById(pub Uuid);

impl Loader<AppointmentById> for Rows {
    type Value = appointment::Model;
    type Error = LoadError;
    async fn load(
        &self,
        keys: &[AppointmentById],
    ) -> Result<HashMap<AppointmentById, Self::Value>, LoadError> {
        let ids: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        Ok(appointment::Entity::find()
            .filter(appointment::Column::Id.is_in(ids))
            .all(&self.db)
            .await
            .map_err(failed)?
            .into_iter()
            .map(|a| (AppointmentById(a.id), a))
            .collect())
    }
}

/// The posts `ids` named on a record the caller holds a proof for, in
/// that order, each one the caller may see.
pub async fn appointments_on<T: Guarded>(
    ctx: &Context<'_>,
    _on: &Authorized<T>,
    ids: &[Uuid],
) -> AppResult<Vec<appointment::Model>> {
    let keys: Vec<AppointmentById> = ids.iter().copied().map(AppointmentById).collect();
    let mut rows = loader(ctx)?.load_many(keys).await.map_err(load_failed)?;
    let sc = scope(ctx)?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let Some(row) = rows.remove(&AppointmentById(*id)) else {
            continue;
        };
        match authorize(sc, Action::Read, row) {
            Ok(a) => out.push(a.into_inner()),
            Err(AppError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}
