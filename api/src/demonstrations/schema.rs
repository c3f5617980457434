//! GraphQL for demonstration sites: `setDemonstration`, `demonstrations`.
use super::service::{self, NewDemonstration};
use crate::authz::{self, loaders, Action, Authorized};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::grid::code::Level;
use crate::grid::schema::GridNode;
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::programme::meetings::schema::parse_ids;
use crate::programme::{self, Period, RecordFields};
use async_graphql::{Context, MergedObject, Object, ID};
use chrono::NaiveDate;
use entity::demonstration;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// A township's demonstration village or group (示范村/示范组), from
/// `since` until a newer one replaced it.
#[derive(MergedObject)]
pub struct Demonstration(RecordFields, DemonstrationFields);

impl From<Authorized<demonstration::Model>> for Demonstration {
    fn from(proof: Authorized<demonstration::Model>) -> Self {
        Demonstration(
            RecordFields(authz::facts_of::<demonstration::Entity>(&proof)),
            DemonstrationFields(proof),
        )
    }
}

impl Demonstration {
    /// For the `Node` interface, which reads `id` from the type itself.
    pub async fn id(&self, _: &Context<'_>) -> async_graphql::Result<ID> {
        Ok(ids::to_id(self.1 .0.id))
    }
}

pub struct DemonstrationFields(Authorized<demonstration::Model>);

#[Object]
impl DemonstrationFields {
    /// `VILLAGE` (示范村) or `GROUP` (示范组).
    async fn level(&self) -> Option<Level> {
        Level::from_number(self.0.level)
    }
    /// The first day it is the demonstration site.
    async fn since(&self) -> NaiveDate {
        self.0.since
    }
    /// The day a newer designation replaced it; null while current.
    async fn until(&self) -> Option<NaiveDate> {
        self.0.until
    }
    /// Still the township's demonstration site.
    async fn current(&self) -> bool {
        self.0.until.is_none()
    }
    /// The township it is the demonstration site of (null when it is outside
    /// the caller's subtree: a village officer or liaison reading its own).
    async fn township(&self, ctx: &Context<'_>) -> GqlResult<Option<GridNode>> {
        Ok(loaders::node_by_code(ctx, self.0.township_code)
            .await?
            .map(GridNode))
    }
}

#[derive(Default)]
pub struct DemonstrationsQuery;

#[Object]
impl DemonstrationsQuery {
    /// Demonstration villages and groups at or below a node (default:
    /// yours), newest first.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn demonstrations(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only sites at or below this node (default: the caller's node).")]
        under: Option<ID>,
        #[graphql(desc = "Only current sites (true) or only ended ones (false).")] current: Option<
            bool,
        >,
        #[graphql(desc = "Only `VILLAGE` or only `GROUP` sites.")] level: Option<Level>,
        #[graphql(desc = "Only sites designated on or after this day.")] from: Option<NaiveDate>,
        #[graphql(desc = "Only sites designated on or before this day.")] to: Option<NaiveDate>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<Demonstration>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let mut q = demonstration::Entity::find();
        match current {
            Some(true) => q = q.filter(demonstration::Column::Until.is_null()),
            Some(false) => q = q.filter(demonstration::Column::Until.is_not_null()),
            None => {}
        }
        if let Some(l) = level {
            q = q.filter(demonstration::Column::Level.eq(l.number()));
        }
        let (rows, window) = programme::list::<demonstration::Entity>(
            &st.db,
            sc,
            ids::parse_opt(&under)?,
            Period::new(from, to)?,
            q,
            page,
        )
        .await?;
        Ok(connection(
            rows.into_iter().map(Demonstration::from).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct DemonstrationsMutation;

#[Object]
impl DemonstrationsMutation {
    /// Designates a village or group as its township's demonstration site
    /// from `since`; the township's current one at that level ends that day
    /// (kept, with `until`). Idempotent by key.
    async fn set_demonstration(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The village or villager group.")] node_id: ID,
        #[graphql(desc = "The first day it is the demonstration site (not in the future).")]
        since: NaiveDate,
        #[graphql(desc = "The township's decision, uploaded first (`POST /api/documents`).")]
        document_ids: Option<Vec<ID>>,
        #[graphql(
            desc = "Made by the client once per designation; a retry returns the one made (default: a new one)."
        )]
        idempotency_key: Option<String>,
    ) -> GqlResult<Demonstration> {
        let (st, req, sc) = all(ctx)?;
        let new = NewDemonstration {
            node_id: ids::parse(&node_id)?,
            since,
            document_ids: parse_ids("documentIds", &document_ids)?,
            idempotency_key: idempotency_key
                .unwrap_or_else(|| uuid::Uuid::new_v4().simple().to_string()),
        };
        let model = service::set(st, req, sc, new).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }
}
