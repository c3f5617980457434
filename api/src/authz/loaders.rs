//! Nested fields, read in batches (async-graphql's DataLoader, one per
//! request) and decided row by row. A list page of 5 or of 50 sends the same
//! statements: each nested field's rows for the whole page come in one.
//!
//! The loaders read raw rows; what leaves this file has been through the
//! decision (`authorize` / `visible`), or is a name the caller may see on a
//! record it already holds a proof for.
use super::action::Action;
use super::decide::{authorize, check};
use super::guarded::Guarded;
use super::proof::Authorized;
use crate::error::{AppError, AppResult};
use crate::grid::code::{CodeRange, Level};
use crate::grid::coverage;
use crate::scope::Scope;
use async_graphql::dataloader::{DataLoader, Loader};
use async_graphql::Context;
use chrono::NaiveDate;
use entity::{grid_node, hazard, hazard_event, person, photo, sector};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use std::sync::Arc;
use uuid::Uuid;

mod records;
pub use records::{documents_cited_by, documents_of, versions_of};
mod posts;
pub use posts::appointments_on;
mod liaison;
pub use liaison::{notice_of, reminders_of, vehicle_of};
mod leaders;
pub use leaders::assignments_of;
mod codes;
pub use codes::{names_by_code, node_by_code};
mod payrolls;
pub use payrolls::payroll_lines;
mod scorecards;
pub use scorecards::documents_by_id;

/// The request's batch reader; put into each GraphQL request's data.
pub struct Rows {
    db: DatabaseConnection,
    today: NaiveDate,
}

pub type RowLoader = DataLoader<Rows>;

/// A loader for one request (its cache dies with the request, so a row
/// read for one caller is never served to another). A batch waits
/// `window` (`Settings::batch_window`) for the rest of a page's rows to ask.
pub fn per_request(
    db: DatabaseConnection,
    today: NaiveDate,
    window: std::time::Duration,
) -> RowLoader {
    DataLoader::new(Rows { db, today }, crate::db::spawn_counted).delay(window)
}

type LoadError = Arc<anyhow::Error>;

fn failed(e: impl Into<anyhow::Error>) -> LoadError {
    Arc::new(e.into())
}

fn loader<'a>(ctx: &Context<'a>) -> AppResult<&'a RowLoader> {
    ctx.data::<RowLoader>()
        .map_err(|_| AppError::internal(anyhow::anyhow!("no row loader in the request")))
}

fn scope<'a>(ctx: &Context<'a>) -> AppResult<&'a Scope> {
    ctx.data::<Scope>().map_err(|_| AppError::Unauthenticated)
}

fn load_failed(e: LoadError) -> AppError {
    AppError::internal(anyhow::anyhow!("{e:#}"))
}

#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct NodeById(pub Uuid);
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct PersonById(pub Uuid);
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct AccountName(pub Uuid);
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct PhotosOf(pub Uuid);
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct HistoryOf(pub Uuid);
#[derive(Clone, Debug, Hash, PartialEq, Eq)]
pub struct SectorByCode(pub String);
/// Nodes of `level` in the subtree `lo..=hi`: total and covered.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub struct CoverageOf {
    pub lo: i64,
    pub hi: i64,
    pub level: i16,
}

impl Loader<NodeById> for Rows {
    type Value = grid_node::Model;
    type Error = LoadError;
    async fn load(&self, keys: &[NodeById]) -> Result<HashMap<NodeById, Self::Value>, LoadError> {
        let ids: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        Ok(grid_node::Entity::find()
            .filter(grid_node::Column::Id.is_in(ids))
            .all(&self.db)
            .await
            .map_err(failed)?
            .into_iter()
            .map(|n| (NodeById(n.id), n))
            .collect())
    }
}

impl Loader<PersonById> for Rows {
    type Value = person::Model;
    type Error = LoadError;
    async fn load(
        &self,
        keys: &[PersonById],
    ) -> Result<HashMap<PersonById, Self::Value>, LoadError> {
        let ids: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        Ok(person::Entity::find()
            .filter(person::Column::Id.is_in(ids))
            .all(&self.db)
            .await
            .map_err(failed)?
            .into_iter()
            .map(|p| (PersonById(p.id), p))
            .collect())
    }
}

impl Loader<AccountName> for Rows {
    type Value = String;
    type Error = LoadError;
    async fn load(
        &self,
        keys: &[AccountName],
    ) -> Result<HashMap<AccountName, Self::Value>, LoadError> {
        let ids: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        let names = crate::accounts::display::names(&self.db, ids)
            .await
            .map_err(|e| failed(anyhow::anyhow!("{e:?}")))?;
        Ok(names
            .into_iter()
            .map(|(id, n)| (AccountName(id), n))
            .collect())
    }
}

impl Loader<PhotosOf> for Rows {
    type Value = Vec<photo::Model>;
    type Error = LoadError;
    async fn load(&self, keys: &[PhotosOf]) -> Result<HashMap<PhotosOf, Self::Value>, LoadError> {
        let ids: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        let rows = photo::Entity::find()
            .filter(photo::Column::OwnerId.is_in(ids))
            .order_by_asc(photo::Column::CreatedAt)
            .order_by_asc(photo::Column::Id)
            .all(&self.db)
            .await
            .map_err(failed)?;
        let mut out: HashMap<PhotosOf, Vec<photo::Model>> = HashMap::new();
        for p in rows {
            if let Some(owner) = p.owner_id {
                out.entry(PhotosOf(owner)).or_default().push(p);
            }
        }
        Ok(out)
    }
}

impl Loader<HistoryOf> for Rows {
    type Value = Vec<hazard_event::Model>;
    type Error = LoadError;
    async fn load(&self, keys: &[HistoryOf]) -> Result<HashMap<HistoryOf, Self::Value>, LoadError> {
        let ids: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        let rows = hazard_event::Entity::find()
            .filter(hazard_event::Column::HazardId.is_in(ids))
            .order_by_asc(hazard_event::Column::CreatedAt)
            .order_by_asc(hazard_event::Column::Id)
            .all(&self.db)
            .await
            .map_err(failed)?;
        let mut out: HashMap<HistoryOf, Vec<hazard_event::Model>> = HashMap::new();
        for e in rows {
            out.entry(HistoryOf(e.hazard_id)).or_default().push(e);
        }
        Ok(out)
    }
}

impl Loader<SectorByCode> for Rows {
    type Value = sector::Model;
    type Error = LoadError;
    async fn load(
        &self,
        keys: &[SectorByCode],
    ) -> Result<HashMap<SectorByCode, Self::Value>, LoadError> {
        let codes: Vec<String> = keys.iter().map(|k| k.0.clone()).collect();
        Ok(sector::Entity::find()
            .filter(sector::Column::Code.is_in(codes))
            .all(&self.db)
            .await
            .map_err(failed)?
            .into_iter()
            .map(|s| (SectorByCode(s.code.clone()), s))
            .collect())
    }
}

impl Loader<CoverageOf> for Rows {
    type Value = coverage::Counts;
    type Error = LoadError;
    async fn load(
        &self,
        keys: &[CoverageOf],
    ) -> Result<HashMap<CoverageOf, Self::Value>, LoadError> {
        coverage::counts_for_subtrees(&self.db, keys, self.today)
            .await
            .map_err(|e| failed(anyhow::anyhow!("{e:?}")))
    }
}

/// A node the caller may see, by id; NOT_FOUND otherwise.
pub async fn node(ctx: &Context<'_>, id: Uuid) -> AppResult<Authorized<grid_node::Model>> {
    let row = loader(ctx)?
        .load_one(NodeById(id))
        .await
        .map_err(load_failed)?
        .ok_or(AppError::NotFound)?;
    authorize(scope(ctx)?, Action::Read, row)
}

/// A node by id if the caller may see it; `None` above the caller's scope.
pub async fn node_if_visible(
    ctx: &Context<'_>,
    id: Uuid,
) -> AppResult<Option<Authorized<grid_node::Model>>> {
    match node(ctx, id).await {
        Ok(n) => Ok(Some(n)),
        Err(AppError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

/// A node's name whoever asks: breadcrumbs and "handled at" show the names
/// of levels above the caller too (never their ids or data).
pub async fn node_name(ctx: &Context<'_>, id: Uuid) -> AppResult<String> {
    Ok(loader(ctx)?
        .load_one(NodeById(id))
        .await
        .map_err(load_failed)?
        .map(|n| n.name)
        .unwrap_or_default())
}

/// A person the caller may see; `None` when missing or outside the scope.
pub async fn person(ctx: &Context<'_>, id: Uuid) -> AppResult<Option<Authorized<person::Model>>> {
    let Some(row) = loader(ctx)?
        .load_one(PersonById(id))
        .await
        .map_err(load_failed)?
    else {
        return Ok(None);
    };
    match authorize(scope(ctx)?, Action::Read, row) {
        Ok(p) => Ok(Some(p)),
        Err(AppError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

/// How an account is named on a record the caller holds a proof for.
pub async fn account_name<T: Guarded>(
    ctx: &Context<'_>,
    _on: &Authorized<T>,
    account_id: Uuid,
) -> AppResult<Option<String>> {
    loader(ctx)?
        .load_one(AccountName(account_id))
        .await
        .map_err(load_failed)
}

/// The photos attached to `owner_id`, each decided on its own.
pub async fn photos_of<T: Guarded>(
    ctx: &Context<'_>,
    _on: &Authorized<T>,
    owner_id: Uuid,
) -> AppResult<Vec<Authorized<photo::Model>>> {
    let rows = loader(ctx)?
        .load_one(PhotosOf(owner_id))
        .await
        .map_err(load_failed)?
        .unwrap_or_default();
    Ok(super::read::visible(scope(ctx)?, rows))
}

/// A hazard's steps, oldest first; the hazard's proof is the way in.
pub async fn history(
    ctx: &Context<'_>,
    hazard: &Authorized<hazard::Model>,
) -> AppResult<Vec<hazard_event::Model>> {
    check(scope(ctx)?, Action::Read, &**hazard)?;
    Ok(loader(ctx)?
        .load_one(HistoryOf(hazard.id))
        .await
        .map_err(load_failed)?
        .unwrap_or_default())
}

/// Sectors by code (the list is public to every signed-in caller).
pub async fn sectors(
    ctx: &Context<'_>,
    codes: &[String],
) -> AppResult<HashMap<String, sector::Model>> {
    Ok(loader(ctx)?
        .load_many(codes.iter().cloned().map(SectorByCode))
        .await
        .map_err(load_failed)?
        .into_iter()
        .map(|(k, v)| (k.0, v))
        .collect())
}

/// The person a record names (whose work it is, who is responsible):
/// visible through the record, wherever the person is registered.
pub async fn person_on<T: Guarded>(
    ctx: &Context<'_>,
    on: &T,
    person_id: Uuid,
) -> AppResult<Option<Authorized<person::Model>>> {
    check(scope(ctx)?, Action::Read, on)?;
    Ok(loader(ctx)?
        .load_one(PersonById(person_id))
        .await
        .map_err(load_failed)?
        .map(|p| Authorized::new(p, Action::Read)))
}

/// Nodes of `level` below a node the caller may see: total and covered.
pub async fn coverage(
    ctx: &Context<'_>,
    range: CodeRange,
    level: Level,
) -> AppResult<coverage::Counts> {
    Ok(loader(ctx)?
        .load_one(CoverageOf {
            lo: range.lo,
            hi: range.hi,
            level: level.number(),
        })
        .await
        .map_err(load_failed)?
        .unwrap_or(coverage::Counts {
            total: 0,
            covered: 0,
        }))
}
