//! The liaison records' nested fields, in batches like the rest of
//! `loaders`: a ceremony notice's reminders, a reminder's notice, a
//! persuasion talk's vehicle. Each row leaves here only through the
//! decision.
use super::{failed, load_failed, loader, scope, LoadError, Rows};
use crate::authz::{visible, Authorized};
use crate::error::AppResult;
use async_graphql::dataloader::Loader;
use async_graphql::Context;
use entity::{ceremony_notice, on_site_reminder, vehicle};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct RemindersOf(pub Uuid);
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct CeremonyById(pub Uuid);
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct VehicleById(pub Uuid);

impl Loader<RemindersOf> for Rows {
    type Value = Vec<on_site_reminder::Model>;
    type Error = LoadError;
    async fn load(
        &self,
        keys: &[RemindersOf],
    ) -> Result<HashMap<RemindersOf, Self::Value>, LoadError> {
        let ids: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        let rows = on_site_reminder::Entity::find()
            .filter(on_site_reminder::Column::CeremonyNoticeId.is_in(ids))
            .order_by_asc(on_site_reminder::Column::RemindedAt)
            .order_by_asc(on_site_reminder::Column::Id)
            .all(&self.db)
            .await
            .map_err(failed)?;
        let mut out: HashMap<RemindersOf, Self::Value> = HashMap::new();
        for r in rows {
            out.entry(RemindersOf(r.ceremony_notice_id))
                .or_default()
                .push(r);
        }
        Ok(out)
    }
}

impl Loader<CeremonyById> for Rows {
    type Value = ceremony_notice::Model;
    type Error = LoadError;
    async fn load(
        &self,
        keys: &[CeremonyById],
    ) -> Result<HashMap<CeremonyById, Self::Value>, LoadError> {
        let ids: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        Ok(ceremony_notice::Entity::find()
            .filter(ceremony_notice::Column::Id.is_in(ids))
            .all(&self.db)
            .await
            .map_err(failed)?
            .into_iter()
            .map(|c| (CeremonyById(c.id), c))
            .collect())
    }
}

impl Loader<VehicleById> for Rows {
    type Value = vehicle::Model;
    type Error = LoadError;
    async fn load(
        &self,
        keys: &[VehicleById],
    ) -> Result<HashMap<VehicleById, Self::Value>, LoadError> {
        let ids: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        Ok(vehicle::Entity::find()
            .filter(vehicle::Column::Id.is_in(ids))
            .all(&self.db)
            .await
            .map_err(failed)?
            .into_iter()
            .map(|v| (VehicleById(v.id), v))
            .collect())
    }
}

/// The reminders given at a ceremony the caller holds a proof for.
pub async fn reminders_of(
    ctx: &Context<'_>,
    notice: &Authorized<ceremony_notice::Model>,
) -> AppResult<Vec<Authorized<on_site_reminder::Model>>> {
    let rows = loader(ctx)?
        .load_one(RemindersOf(notice.id))
        .await
        .map_err(load_failed)?
        .unwrap_or_default();
    Ok(visible(scope(ctx)?, rows))
}

/// The ceremony a reminder was given at (the same group, so the same scope).
pub async fn ceremony_of(
    ctx: &Context<'_>,
    reminder: &Authorized<on_site_reminder::Model>,
) -> AppResult<Option<Authorized<ceremony_notice::Model>>> {
    let row = loader(ctx)?
        .load_one(CeremonyById(reminder.ceremony_notice_id))
        .await
        .map_err(load_failed)?;
    Ok(row.and_then(|c| visible(scope(ctx).ok()?, vec![c]).pop()))
}

/// A vehicle of the register, if the caller may see it.
pub async fn vehicle(ctx: &Context<'_>, id: Uuid) -> AppResult<Option<Authorized<vehicle::Model>>> {
    let row = loader(ctx)?
        .load_one(VehicleById(id))
        .await
        .map_err(load_failed)?;
    Ok(match row {
        Some(v) => visible(scope(ctx)?, vec![v]).pop(),
        None => None,
    })
}
