//! The GraphQL `Hazard` and `HazardEvent` types: what a hazard page shows,
//! its history with who, when, why and the photos of each step. Built from
//! read proofs; nested fields go through `authz::loaders`, so a page of 50
//! hazards sends the same statements as a page of 5.
use crate::authz::{loaders, Authorized};
use crate::context::{scope, state};
use crate::error::{AppError, GqlResult};
use crate::grid::schema::GridNode;
use crate::hazards::lifecycle::{self, HazardAction, HazardSeverity, HazardState};
use crate::hazards::queries;
use crate::ids;
use crate::photos::schema::Photo;
use async_graphql::{Context, Object, ID};
use chrono::{DateTime, NaiveDate, Utc};
use entity::{hazard, hazard_event};

pub struct Hazard {
    pub model: Authorized<hazard::Model>,
}

impl From<Authorized<hazard::Model>> for Hazard {
    fn from(model: Authorized<hazard::Model>) -> Self {
        Self { model }
    }
}

/// A hazard (隐患) found at a node, and where it stands in its rectification.
#[Object]
impl Hazard {
    /// What the caller may do with this record now, by the same decision
    /// the server applies when it is tried (the web app offers only these).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::authz::Action>> {
        Ok(crate::authz::allowed_actions(scope(ctx)?, &*self.model))
    }
    /// The hazard's id.
    pub async fn id(&self) -> ID {
        ids::to_id(self.model.id)
    }
    /// Where the hazard was found.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(loaders::node(ctx, self.model.node_id).await?))
    }
    /// Where it is handled now. Null when that is above the caller's own
    /// node (a group sees that its hazard went up, not the township's data).
    async fn handling_node(&self, ctx: &Context<'_>) -> GqlResult<Option<GridNode>> {
        Ok(loaders::node_if_visible(ctx, self.model.handling_node_id)
            .await?
            .map(GridNode))
    }
    /// The handling node's name, shown even when it is above the caller.
    async fn handling_node_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        Ok(loaders::node_name(ctx, self.model.handling_node_id).await?)
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
    async fn severity(&self) -> HazardSeverity {
        self.model.severity
    }
    /// The sector code (see `sectors`).
    async fn category(&self) -> &str {
        &self.model.category
    }
    /// The sector's display name.
    async fn category_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        let code = self.model.category.clone();
        Ok(loaders::sectors(ctx, std::slice::from_ref(&code))
            .await?
            .remove(&code)
            .map(|s| s.name_zh)
            .unwrap_or(code))
    }
    /// Where it stands.
    async fn state(&self) -> GqlResult<HazardState> {
        Ok(self.model.state)
    }
    /// The rectification deadline, once planned.
    async fn deadline(&self) -> Option<NaiveDate> {
        self.model.deadline
    }
    /// Still open with its deadline passed (by the server's clock).
    async fn overdue(&self, ctx: &Context<'_>) -> GqlResult<bool> {
        Ok(queries::is_overdue(&self.model, state(ctx)?.today()))
    }
    /// Whole days past the deadline while still open (1 the day after
    /// it); null when not overdue.
    async fn days_overdue(&self, ctx: &Context<'_>) -> GqlResult<Option<i32>> {
        let today = state(ctx)?.today();
        Ok(self
            .model
            .deadline
            .filter(|_| queries::is_overdue(&self.model, today))
            .map(|d| (today - d).num_days() as i32))
    }
    /// Where it was found, as names top-down from just below the caller's
    /// own node (a county reads 龙泉街道 / 凌云村 / 第一村民组); only the
    /// node's own name when it was found at the caller's node.
    async fn place_path(&self, ctx: &Context<'_>) -> GqlResult<Vec<String>> {
        let node = loaders::node(ctx, self.model.node_id).await?;
        let code = crate::grid::service::grid_code(&node)?;
        let top = scope(ctx)?.root().level;
        let above: Vec<i64> = code
            .ancestors()
            .into_iter()
            .filter(|a| a.level > top)
            .map(|a| a.code)
            .collect();
        let mut path = loaders::names_by_code(ctx, &above).await?;
        path.push(node.name.clone());
        Ok(path)
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
        Ok(
            loaders::account_name(ctx, &self.model, self.model.reported_by)
                .await?
                .unwrap_or_default(),
        )
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
    #[graphql(complexity = "crate::pagination::list_cost(10, child_complexity)")]
    async fn photos(&self, ctx: &Context<'_>) -> GqlResult<Vec<Photo>> {
        Ok(loaders::photos_of(ctx, &self.model, self.model.id)
            .await?
            .into_iter()
            .map(Photo)
            .collect())
    }
    /// Every step, oldest first, with who took it and its photos.
    #[graphql(complexity = "crate::pagination::list_cost(20, child_complexity)")]
    async fn history(&self, ctx: &Context<'_>) -> GqlResult<Vec<HazardEvent>> {
        Ok(loaders::history(ctx, &self.model)
            .await?
            .into_iter()
            .map(|event| HazardEvent {
                event,
                hazard: self.model.clone(),
            })
            .collect())
    }
    /// Where the hazard may go next (what the web app offers as buttons).
    async fn allowed_next_states(&self) -> GqlResult<Vec<HazardState>> {
        Ok(lifecycle::allowed_next(self.model.state))
    }
    /// Optimistic-lock version: send it back with a change; a stale one answers CONFLICT.
    async fn version(&self) -> i32 {
        self.model.version
    }
}

/// One step of a hazard the caller holds a read proof for.
pub struct HazardEvent {
    event: hazard_event::Model,
    hazard: Authorized<hazard::Model>,
}

/// One step in a hazard's history.
#[Object]
impl HazardEvent {
    /// The event's id.
    pub async fn id(&self) -> ID {
        ids::to_id(self.event.id)
    }
    /// What was done.
    async fn action(&self) -> HazardAction {
        self.event.action
    }
    /// The state before; null for the report.
    async fn from_state(&self) -> Option<HazardState> {
        self.event.from_state
    }
    /// The state after.
    async fn to_state(&self) -> HazardState {
        self.event.to_state
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
    async fn actor_name(&self, ctx: &Context<'_>) -> GqlResult<Option<String>> {
        match self.event.actor_id {
            Some(a) => Ok(loaders::account_name(ctx, &self.hazard, a).await?),
            None => Ok(None),
        }
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
    #[graphql(complexity = "crate::pagination::list_cost(10, child_complexity)")]
    async fn photos(&self, ctx: &Context<'_>) -> GqlResult<Vec<Photo>> {
        Ok(loaders::photos_of(ctx, &self.hazard, self.event.id)
            .await?
            .into_iter()
            .map(Photo)
            .collect())
    }
}

impl HazardEvent {
    /// One step read on its own (`node(id)`), under its hazard's proof.
    pub fn of(event: hazard_event::Model, hazard: Authorized<hazard::Model>) -> HazardEvent {
        HazardEvent { event, hazard }
    }
}
