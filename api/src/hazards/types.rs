//! The GraphQL `Hazard` and `HazardEvent` types: what a hazard page shows,
//! its history with who, when, why and the photos of each step.
use crate::accounts::display;
use crate::context::{scope, state};
use crate::error::{AppError, GqlResult};
use crate::grid::schema::GridNode;
use crate::grid::service as grid;
use crate::hazards::lifecycle::{self, HazardAction, HazardSeverity, HazardState};
use crate::hazards::queries;
use crate::hazards::steps::state_of;
use crate::ids;
use crate::photos::{self as photo_store, schema::Photo};
use async_graphql::{Context, Object, ID};
use chrono::{DateTime, NaiveDate, Utc};
use entity::{grid_node, hazard, hazard_event, sector};
use sea_orm::EntityTrait;
use uuid::Uuid;

pub struct Hazard {
    pub model: hazard::Model,
    /// The handling node's and the reporter's names when the list already
    /// read them for the whole page (a query each instead of one per row).
    handling_name: Option<String>,
    reporter_name: Option<String>,
}

impl From<hazard::Model> for Hazard {
    fn from(model: hazard::Model) -> Self {
        Self {
            model,
            handling_name: None,
            reporter_name: None,
        }
    }
}

impl Hazard {
    /// A page of hazards with their handling nodes' and reporters' names.
    pub async fn page(
        db: &impl sea_orm::ConnectionTrait,
        models: Vec<hazard::Model>,
    ) -> Result<Vec<Hazard>, AppError> {
        use sea_orm::{ColumnTrait, QueryFilter};
        let ids: Vec<Uuid> = models.iter().map(|h| h.handling_node_id).collect();
        let names: std::collections::HashMap<Uuid, String> = grid_node::Entity::find()
            .filter(grid_node::Column::Id.is_in(ids))
            .all(db)
            .await?
            .into_iter()
            .map(|n| (n.id, n.name))
            .collect();
        let reporters = display::names(db, models.iter().map(|h| h.reported_by).collect()).await?;
        Ok(models
            .into_iter()
            .map(|model| Hazard {
                handling_name: names.get(&model.handling_node_id).cloned(),
                reporter_name: reporters.get(&model.reported_by).cloned(),
                model,
            })
            .collect())
    }
}

/// A node by id if the caller may see it; `None` above the caller's scope.
async fn visible_node(ctx: &Context<'_>, id: Uuid) -> GqlResult<Option<GridNode>> {
    match grid::find(&state(ctx)?.db, scope(ctx)?, id).await {
        Ok(n) => Ok(Some(GridNode(n))),
        Err(AppError::NotFound) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The name of a node by code, whoever asks: names of the levels above the
/// caller are shown in breadcrumbs too, ids are not.
async fn node_name(ctx: &Context<'_>, id: Uuid) -> GqlResult<String> {
    Ok(grid_node::Entity::find_by_id(id)
        .one(&state(ctx)?.db)
        .await
        .map_err(AppError::from)?
        .map(|n| n.name)
        .unwrap_or_default())
}

/// A hazard (隐患) found at a node, and where it stands in its rectification.
#[Object]
impl Hazard {
    /// The hazard's id.
    pub async fn id(&self) -> ID {
        ids::to_id(self.model.id)
    }
    /// Where the hazard was found.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(
            grid::find(&state(ctx)?.db, scope(ctx)?, self.model.node_id).await?,
        ))
    }
    /// Where it is handled now. Null when that is above the caller's own
    /// node (a group sees that its hazard went up, not the township's data).
    async fn handling_node(&self, ctx: &Context<'_>) -> GqlResult<Option<GridNode>> {
        visible_node(ctx, self.model.handling_node_id).await
    }
    /// The handling node's name, shown even when it is above the caller.
    async fn handling_node_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        if let Some(name) = &self.handling_name {
            return Ok(name.clone());
        }
        node_name(ctx, self.model.handling_node_id).await
    }
    /// The level handling it now (it moves up when escalated).
    async fn handling_level(&self) -> GqlResult<crate::grid::code::Level> {
        crate::grid::code::Level::from_number(self.model.handling_level).ok_or_else(|| {
            AppError::internal(anyhow::anyhow!("level {}", self.model.handling_level)).into()
        })
    }
    /// A short title.
    async fn title(&self) -> &str {
        &self.model.title
    }
    /// What was found.
    async fn description(&self) -> &str {
        &self.model.description
    }
    /// General or major (重大隐患).
    async fn severity(&self) -> GqlResult<HazardSeverity> {
        HazardSeverity::parse(&self.model.severity).ok_or_else(|| {
            AppError::internal(anyhow::anyhow!("severity {}", self.model.severity)).into()
        })
    }
    /// The sector code (see `sectors`).
    async fn category(&self) -> &str {
        &self.model.category
    }
    /// The sector's display name.
    async fn category_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        Ok(sector::Entity::find_by_id(self.model.category.clone())
            .one(&state(ctx)?.db)
            .await
            .map_err(AppError::from)?
            .map(|s| s.name_zh)
            .unwrap_or_else(|| self.model.category.clone()))
    }
    /// Where it stands.
    async fn state(&self) -> GqlResult<HazardState> {
        Ok(state_of(&self.model)?)
    }
    /// The rectification deadline, once planned.
    async fn deadline(&self) -> Option<NaiveDate> {
        self.model.deadline
    }
    /// Still open with its deadline passed (by the server's clock).
    async fn overdue(&self, ctx: &Context<'_>) -> GqlResult<bool> {
        Ok(queries::is_overdue(&self.model, state(ctx)?.today()))
    }
    /// Who is responsible for the fix, once planned.
    async fn responsible_name(&self) -> Option<&str> {
        self.model.responsible_name.as_deref()
    }
    /// The planned measures.
    async fn measures(&self) -> Option<&str> {
        self.model.measures.as_deref()
    }
    /// Where it was found (WGS 84), if recorded.
    async fn latitude(&self) -> Option<f64> {
        self.model.latitude
    }
    /// Where it was found (WGS 84), if recorded.
    async fn longitude(&self) -> Option<f64> {
        self.model.longitude
    }
    /// The location's accuracy in metres, if recorded.
    async fn accuracy_m(&self) -> Option<f64> {
        self.model.accuracy_m
    }
    /// The inspection it was found during, if any.
    async fn inspection_id(&self) -> Option<ID> {
        self.model.inspection_id.map(ids::to_id)
    }
    /// When it was reported.
    async fn reported_at(&self) -> DateTime<Utc> {
        self.model.reported_at
    }
    /// Who reported it.
    async fn reporter_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        if let Some(name) = &self.reporter_name {
            return Ok(name.clone());
        }
        Ok(display::name(&state(ctx)?.db, self.model.reported_by).await?)
    }
    /// When the fix was reported done.
    async fn rectified_at(&self) -> Option<DateTime<Utc>> {
        self.model.rectified_at
    }
    /// When the check passed and it was closed (复查销号).
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.model.closed_at
    }
    /// Photos taken when it was reported (the steps carry their own).
    async fn photos(&self, ctx: &Context<'_>) -> GqlResult<Vec<Photo>> {
        let rows = photo_store::for_owners(&state(ctx)?.db, vec![self.model.id]).await?;
        Ok(rows.into_iter().map(Photo).collect())
    }
    /// Every step, oldest first, with who took it and its photos (three
    /// queries however long the history).
    async fn history(&self, ctx: &Context<'_>) -> GqlResult<Vec<HazardEvent>> {
        let db = &state(ctx)?.db;
        let events = queries::history(db, self.model.id).await?;
        let actors = display::names(db, events.iter().filter_map(|e| e.actor_id).collect()).await?;
        let pictures = photo_store::for_owners(db, events.iter().map(|e| e.id).collect()).await?;
        Ok(events
            .into_iter()
            .map(|e| {
                let actor_name = e.actor_id.and_then(|a| actors.get(&a).cloned());
                let photos = pictures
                    .iter()
                    .filter(|p| p.owner_id == Some(e.id))
                    .cloned()
                    .collect();
                HazardEvent {
                    event: e,
                    actor_name,
                    photos,
                }
            })
            .collect())
    }
    /// Where the hazard may go next (what the web app offers as buttons).
    async fn allowed_next_states(&self) -> GqlResult<Vec<HazardState>> {
        Ok(lifecycle::allowed_next(state_of(&self.model)?))
    }
    /// Optimistic-lock version: send it back with a change; a stale one answers CONFLICT.
    async fn version(&self) -> i32 {
        self.model.version
    }
}

pub struct HazardEvent {
    event: hazard_event::Model,
    actor_name: Option<String>,
    photos: Vec<entity::photo::Model>,
}

/// One step in a hazard's history.
#[Object]
impl HazardEvent {
    /// The event's id.
    pub async fn id(&self) -> ID {
        ids::to_id(self.event.id)
    }
    /// What was done.
    async fn action(&self) -> GqlResult<HazardAction> {
        HazardAction::parse(&self.event.action).ok_or_else(|| {
            AppError::internal(anyhow::anyhow!("action {}", self.event.action)).into()
        })
    }
    /// The state before; null for the report.
    async fn from_state(&self) -> Option<HazardState> {
        self.event
            .from_state
            .as_deref()
            .and_then(HazardState::parse)
    }
    /// The state after.
    async fn to_state(&self) -> GqlResult<HazardState> {
        HazardState::parse(&self.event.to_state).ok_or_else(|| {
            AppError::internal(anyhow::anyhow!("state {}", self.event.to_state)).into()
        })
    }
    /// Digits of the handling node before and after (escalations).
    async fn from_handling_code(&self) -> Option<String> {
        self.event.from_handling_code.map(|c| format!("{c:015}"))
    }
    /// The grid code of the node handling it after the step.
    async fn to_handling_code(&self) -> String {
        format!("{:015}", self.event.to_handling_code)
    }
    /// Null for the server's own overdue escalation.
    async fn actor_name(&self) -> Option<&str> {
        self.actor_name.as_deref()
    }
    /// What the person doing the step wrote.
    async fn note(&self) -> Option<&str> {
        self.event.note.as_deref()
    }
    /// The deadline set by this step, if any.
    async fn deadline(&self) -> Option<NaiveDate> {
        self.event.deadline
    }
    /// When the step was taken.
    async fn created_at(&self) -> DateTime<Utc> {
        self.event.created_at
    }
    /// Evidence of this step (the fix, the rectification, the check).
    async fn photos(&self) -> Vec<Photo> {
        self.photos.iter().cloned().map(Photo).collect()
    }
}

impl HazardEvent {
    /// One step read on its own (`node(id)`), with its actor's name and
    /// photos; the caller has found its hazard through the scope first.
    pub async fn read(
        db: &impl sea_orm::ConnectionTrait,
        event: hazard_event::Model,
    ) -> crate::error::AppResult<HazardEvent> {
        let actors = display::names(db, event.actor_id.into_iter().collect()).await?;
        let photos = photo_store::for_owners(db, vec![event.id]).await?;
        Ok(HazardEvent {
            actor_name: event.actor_id.and_then(|a| actors.get(&a).cloned()),
            event,
            photos,
        })
    }
}
