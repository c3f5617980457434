//! Nested fields of the liaison's records, in batches: a notice's
//! reminders, a reminder's notice, a talk's vehicle. Each row read is
//! decided again before it leaves (`visible`), though it sits where the
//! record holding it sits.
use super::{failed, load_failed, loader, scope, LoadError, Rows};
use crate::authz::proof::Authorized;
use crate::authz::read::visible;
use crate::error::AppResult;
use async_graphql::dataloader::Loader;
use async_graphql::Context;
use entity::{ceremony_notice, on_site_reminder, persuasion, vehicle};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct RemindersOf(pub Uuid);
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct NoticeById(pub Uuid);
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

impl Loader<NoticeById> for Rows {
    type Value = ceremony_notice::Model;
    type Error = LoadError;
    async fn load(
        &self,
        keys: &[NoticeById],
    ) -> Result<HashMap<NoticeById, Self::Value>, LoadError> {
        let ids: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        Ok(ceremony_notice::Entity::find()
            .filter(ceremony_notice::Column::Id.is_in(ids))
            .all(&self.db)
            .await
            .map_err(failed)?
            .into_iter()
            .map(|n| (NoticeById(n.id), n))
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

/// The reminders given at a notice the caller holds, oldest first.
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

/// The notice a reminder was given at.
pub async fn notice_of(
    ctx: &Context<'_>,
    reminder: &Authorized<on_site_reminder::Model>,
) -> AppResult<Option<Authorized<ceremony_notice::Model>>> {
    let row = loader(ctx)?
        .load_one(NoticeById(reminder.ceremony_notice_id))
        .await
        .map_err(load_failed)?;
    Ok(visible(scope(ctx)?, row.into_iter().collect()).pop())
}

/// The registered vehicle a talk was about, if it named one.
pub async fn vehicle_of(
    ctx: &Context<'_>,
    talk: &Authorized<persuasion::Model>,
) -> AppResult<Option<Authorized<vehicle::Model>>> {
    let Some(id) = talk.vehicle_id else {
        return Ok(None);
    };
    let row = loader(ctx)?
        .load_one(VehicleById(id))
        .await
        .map_err(load_failed)?;
    Ok(visible(scope(ctx)?, row.into_iter().collect()).pop())
}
