//! GraphQL for hazards: the `Hazard` type with its history, the list and
//! overdue queries, and one mutation per step of the state machine.
use crate::accounts::display;
use crate::context::{all, scope, state};
use crate::error::{AppError, GqlResult};
use crate::grid::schema::GridNode;
use crate::grid::service as grid;
use crate::hazards::corrections::{self, HazardEdit};
use crate::hazards::escalation;
use crate::hazards::lifecycle::{self, HazardAction, HazardSeverity, HazardState};
use crate::hazards::queries::{self, HazardFilter, HazardOrder};
use crate::hazards::rectification::{self, Plan};
use crate::hazards::report::{self, NewHazard};
use crate::hazards::steps::state_of;
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::photos::{self as photo_store, schema::Photo};
use async_graphql::{Context, InputObject, Object, ID};
use chrono::{DateTime, NaiveDate, Utc};
use entity::{grid_node, hazard, hazard_event, sector};
use sea_orm::EntityTrait;
use uuid::Uuid;

pub struct Hazard(pub hazard::Model);

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

#[Object]
impl Hazard {
    async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// Where the hazard was found.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(
            grid::find(&state(ctx)?.db, scope(ctx)?, self.0.node_id).await?,
        ))
    }
    /// Where it is handled now. Null when that is above the caller's own
    /// node (a group sees that its hazard went up, not the township's data).
    async fn handling_node(&self, ctx: &Context<'_>) -> GqlResult<Option<GridNode>> {
        visible_node(ctx, self.0.handling_node_id).await
    }
    /// The handling node's name, shown even when it is above the caller.
    async fn handling_node_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        node_name(ctx, self.0.handling_node_id).await
    }
    async fn handling_level(&self) -> GqlResult<crate::grid::code::Level> {
        crate::grid::code::Level::from_number(self.0.handling_level).ok_or_else(|| {
            AppError::internal(anyhow::anyhow!("level {}", self.0.handling_level)).into()
        })
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    async fn severity(&self) -> GqlResult<HazardSeverity> {
        HazardSeverity::parse(&self.0.severity).ok_or_else(|| {
            AppError::internal(anyhow::anyhow!("severity {}", self.0.severity)).into()
        })
    }
    /// The sector code (see `sectors`).
    async fn category(&self) -> &str {
        &self.0.category
    }
    async fn category_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        Ok(sector::Entity::find_by_id(self.0.category.clone())
            .one(&state(ctx)?.db)
            .await
            .map_err(AppError::from)?
            .map(|s| s.name_zh)
            .unwrap_or_else(|| self.0.category.clone()))
    }
    async fn state(&self) -> GqlResult<HazardState> {
        Ok(state_of(&self.0)?)
    }
    async fn deadline(&self) -> Option<NaiveDate> {
        self.0.deadline
    }
    /// Still open with its deadline passed (by the server's clock).
    async fn overdue(&self, ctx: &Context<'_>) -> GqlResult<bool> {
        Ok(queries::is_overdue(&self.0, state(ctx)?.today()))
    }
    async fn responsible_name(&self) -> Option<&str> {
        self.0.responsible_name.as_deref()
    }
    async fn measures(&self) -> Option<&str> {
        self.0.measures.as_deref()
    }
    async fn latitude(&self) -> Option<f64> {
        self.0.latitude
    }
    async fn longitude(&self) -> Option<f64> {
        self.0.longitude
    }
    async fn accuracy_m(&self) -> Option<f64> {
        self.0.accuracy_m
    }
    async fn inspection_id(&self) -> Option<ID> {
        self.0.inspection_id.map(ids::to_id)
    }
    async fn reported_at(&self) -> DateTime<Utc> {
        self.0.reported_at
    }
    async fn reporter_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        Ok(display::name(&state(ctx)?.db, self.0.reported_by).await?)
    }
    async fn rectified_at(&self) -> Option<DateTime<Utc>> {
        self.0.rectified_at
    }
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.closed_at
    }
    /// Photos taken when it was reported (the steps carry their own).
    async fn photos(&self, ctx: &Context<'_>) -> GqlResult<Vec<Photo>> {
        let rows = photo_store::for_owners(&state(ctx)?.db, vec![self.0.id]).await?;
        Ok(rows.into_iter().map(Photo).collect())
    }
    /// Every step, oldest first, with who took it and its photos (three
    /// queries however long the history).
    async fn history(&self, ctx: &Context<'_>) -> GqlResult<Vec<HazardEvent>> {
        let db = &state(ctx)?.db;
        let events = queries::history(db, self.0.id).await?;
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
        Ok(lifecycle::allowed_next(state_of(&self.0)?))
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
}

pub struct HazardEvent {
    event: hazard_event::Model,
    actor_name: Option<String>,
    photos: Vec<entity::photo::Model>,
}

#[Object]
impl HazardEvent {
    async fn id(&self) -> ID {
        ids::to_id(self.event.id)
    }
    async fn action(&self) -> GqlResult<HazardAction> {
        HazardAction::parse(&self.event.action).ok_or_else(|| {
            AppError::internal(anyhow::anyhow!("action {}", self.event.action)).into()
        })
    }
    async fn from_state(&self) -> Option<HazardState> {
        self.event
            .from_state
            .as_deref()
            .and_then(HazardState::parse)
    }
    async fn to_state(&self) -> GqlResult<HazardState> {
        HazardState::parse(&self.event.to_state).ok_or_else(|| {
            AppError::internal(anyhow::anyhow!("state {}", self.event.to_state)).into()
        })
    }
    /// Digits of the handling node before and after (escalations).
    async fn from_handling_code(&self) -> Option<String> {
        self.event.from_handling_code.map(|c| format!("{c:015}"))
    }
    async fn to_handling_code(&self) -> String {
        format!("{:015}", self.event.to_handling_code)
    }
    /// Null for the server's own overdue escalation.
    async fn actor_name(&self) -> Option<&str> {
        self.actor_name.as_deref()
    }
    async fn note(&self) -> Option<&str> {
        self.event.note.as_deref()
    }
    async fn deadline(&self) -> Option<NaiveDate> {
        self.event.deadline
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.event.created_at
    }
    /// Evidence of this step (the fix, the rectification, the check).
    async fn photos(&self) -> Vec<Photo> {
        self.photos.iter().cloned().map(Photo).collect()
    }
}

#[derive(InputObject)]
pub struct ReportHazardInput {
    pub node_id: ID,
    pub title: String,
    pub description: String,
    pub severity: HazardSeverity,
    /// A sector code.
    pub category: String,
    pub fixed_on_spot: bool,
    pub fix_note: Option<String>,
    pub deadline: Option<NaiveDate>,
    pub responsible_person_id: Option<ID>,
    pub responsible_name: Option<String>,
    pub measures: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub accuracy_m: Option<f64>,
    #[graphql(validator(max_items = 9))]
    pub photo_ids: Option<Vec<ID>>,
    pub inspection_id: Option<ID>,
    pub idempotency_key: String,
}

fn parse_photo_ids(ids_in: Option<Vec<ID>>) -> Result<Vec<Uuid>, AppError> {
    ids_in
        .unwrap_or_default()
        .iter()
        .map(|id| {
            ids::parse(id)
                .map_err(|_| AppError::bad_input("photoIds", "照片编号无效 (invalid photo id)"))
        })
        .collect()
}

#[derive(Default)]
pub struct HazardsQuery;

#[Object]
impl HazardsQuery {
    async fn hazard(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Hazard> {
        Ok(Hazard(
            queries::find(&state(ctx)?.db, scope(ctx)?, ids::parse(&id)?).await?,
        ))
    }

    /// Hazards found in the subtree (of `under`, default the caller's),
    /// filtered by state, overdue, severity, or the node handling them now.
    #[allow(clippy::too_many_arguments)]
    async fn hazards(
        &self,
        ctx: &Context<'_>,
        under: Option<ID>,
        state: Option<HazardState>,
        overdue: Option<bool>,
        severity: Option<HazardSeverity>,
        handled_at: Option<ID>,
        #[graphql(default)] order_by: HazardOrder,
        first: Option<i32>,
        after: Option<String>,
    ) -> GqlResult<Conn<Hazard>> {
        let page = Page::parse(first, after)?;
        let app = crate::context::state(ctx)?;
        let filter = HazardFilter {
            under: ids::parse_opt(&under)?,
            state,
            overdue,
            severity,
            handled_at: ids::parse_opt(&handled_at)?,
        };
        let (items, total) =
            queries::list(&app.db, scope(ctx)?, filter, order_by, app.today(), page).await?;
        Ok(connection(
            items.into_iter().map(Hazard).collect(),
            page,
            total,
        ))
    }
}

#[derive(Default)]
pub struct HazardsMutation;

#[Object]
impl HazardsMutation {
    /// Reports a hazard; retried with the same idempotencyKey it answers
    /// with the hazard already stored.
    async fn report_hazard(
        &self,
        ctx: &Context<'_>,
        input: ReportHazardInput,
    ) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        let new = NewHazard {
            node_id: ids::parse(&input.node_id)?,
            title: input.title,
            description: input.description,
            severity: input.severity,
            category: input.category,
            fixed_on_spot: input.fixed_on_spot,
            fix_note: input.fix_note,
            deadline: input.deadline,
            responsible_person_id: input
                .responsible_person_id
                .as_ref()
                .map(|id| {
                    ids::parse(id).map_err(|_| {
                        AppError::bad_input("responsiblePersonId", "人员不存在 (no such person)")
                    })
                })
                .transpose()?,
            responsible_name: input.responsible_name,
            measures: input.measures,
            latitude: input.latitude,
            longitude: input.longitude,
            accuracy_m: input.accuracy_m,
            photo_ids: parse_photo_ids(input.photo_ids)?,
            inspection_id: input
                .inspection_id
                .as_ref()
                .map(|id| {
                    ids::parse(id).map_err(|_| {
                        AppError::bad_input("inspectionId", "检查记录不存在 (no such inspection)")
                    })
                })
                .transpose()?,
            idempotency_key: input.idempotency_key,
        };
        Ok(Hazard(report::report(st, req, sc, new).await?))
    }

    /// 限期整改: deadline, who is responsible, what will be done.
    async fn plan_rectification(
        &self,
        ctx: &Context<'_>,
        id: ID,
        deadline: NaiveDate,
        responsible_person_id: Option<ID>,
        responsible_name: Option<String>,
        measures: String,
    ) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        let plan = Plan {
            deadline,
            responsible_person_id: ids::parse_opt(&responsible_person_id)?,
            responsible_name,
            measures,
        };
        Ok(Hazard(
            rectification::plan(st, req, sc, ids::parse(&id)?, plan).await?,
        ))
    }

    async fn fix_hazard_on_spot(
        &self,
        ctx: &Context<'_>,
        id: ID,
        note: String,
        #[graphql(validator(max_items = 9))] photo_ids: Vec<ID>,
    ) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        let photos = photo_ids_required(photo_ids)?;
        Ok(Hazard(
            rectification::fix_on_spot(st, req, sc, ids::parse(&id)?, &note, &photos).await?,
        ))
    }

    /// The responsible side says the fix is done, with evidence.
    async fn rectify_hazard(
        &self,
        ctx: &Context<'_>,
        id: ID,
        note: String,
        #[graphql(validator(max_items = 9))] photo_ids: Option<Vec<ID>>,
    ) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        let photos = parse_photo_ids(photo_ids)?;
        Ok(Hazard(
            rectification::rectify(st, req, sc, ids::parse(&id)?, &note, &photos).await?,
        ))
    }

    /// 复查销号 by someone other than who rectified it.
    async fn verify_hazard(
        &self,
        ctx: &Context<'_>,
        id: ID,
        passed: bool,
        note: String,
        #[graphql(validator(max_items = 9))] photo_ids: Option<Vec<ID>>,
    ) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        let photos = parse_photo_ids(photo_ids)?;
        Ok(Hazard(
            rectification::verify(st, req, sc, ids::parse(&id)?, passed, &note, &photos).await?,
        ))
    }

    async fn reopen_hazard(&self, ctx: &Context<'_>, id: ID, reason: String) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        Ok(Hazard(
            corrections::reopen(st, req, sc, ids::parse(&id)?, &reason).await?,
        ))
    }

    /// Passes the hazard one level up (group → village → township → county).
    async fn escalate_hazard(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
    ) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        Ok(Hazard(
            escalation::escalate(st, req, sc, ids::parse(&id)?, &reason).await?,
        ))
    }

    /// Corrects an open hazard's text, severity or category, with a reason.
    /// Closed hazards are never edited: reopen them first.
    #[allow(clippy::too_many_arguments)]
    async fn edit_hazard(
        &self,
        ctx: &Context<'_>,
        id: ID,
        version: i32,
        title: Option<String>,
        description: Option<String>,
        severity: Option<HazardSeverity>,
        category: Option<String>,
        reason: String,
    ) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        let edit = HazardEdit {
            version,
            title,
            description,
            severity,
            category,
            reason,
        };
        Ok(Hazard(
            corrections::edit(st, req, sc, ids::parse(&id)?, edit).await?,
        ))
    }
}

fn photo_ids_required(list: Vec<ID>) -> Result<Vec<Uuid>, AppError> {
    parse_photo_ids(Some(list))
}
