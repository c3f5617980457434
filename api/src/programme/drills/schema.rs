//! GraphQL for drills: `recordDrill`, `correctDrill`, `drill`, `drills`.
use super::service::{self, NewDrill};
use crate::authz::{self, Action, Authorized};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::programme::meetings::schema::parse_ids;
use crate::programme::{self, Period, RecordFields};
use async_graphql::{Context, InputObject, MergedObject, Object, ID};
use chrono::NaiveDate;
use entity::drill;
use sea_orm::EntityTrait;

/// An emergency drill: the shared record fields and its own.
#[derive(MergedObject)]
pub struct Drill(RecordFields, DrillFields);

impl From<Authorized<drill::Model>> for Drill {
    fn from(proof: Authorized<drill::Model>) -> Self {
        Drill(
            RecordFields(authz::facts_of::<drill::Entity>(&proof)),
            DrillFields(proof),
        )
    }
}

impl Drill {
    /// For the `Node` interface, which reads `id` from the type itself.
    pub async fn id(&self, _: &Context<'_>) -> async_graphql::Result<ID> {
        Ok(ids::to_id(self.1 .0.id))
    }
}

pub struct DrillFields(Authorized<drill::Model>);

#[Object]
impl DrillFields {
    /// The day it was held.
    async fn held_on(&self) -> NaiveDate {
        self.0.held_on
    }
    /// What was rehearsed (a flood, a fire, a landslide, …).
    async fn scenario(&self) -> &str {
        &self.0.scenario
    }
    /// How many took part.
    async fn participant_count(&self) -> i32 {
        self.0.participant_count
    }
    /// Anything else worth keeping (empty when not given).
    async fn notes(&self) -> &str {
        &self.0.notes
    }
}

/// A drill to record.
#[derive(InputObject)]
pub struct RecordDrillInput {
    /// The village that held it.
    pub node_id: ID,
    /// Not in the future, not in a closed month.
    pub held_on: NaiveDate,
    /// What was rehearsed.
    pub scenario: String,
    /// How many took part (1 to 10,000).
    pub participant_count: i32,
    /// Anything else worth keeping.
    pub notes: Option<String>,
    /// Photos uploaded first (`POST /api/photos`).
    pub photo_ids: Option<Vec<ID>>,
    /// Documents uploaded first (`POST /api/documents`).
    pub document_ids: Option<Vec<ID>>,
    /// Made by the client once per record; a retry returns the record made.
    pub idempotency_key: String,
}

#[derive(Default)]
pub struct DrillsQuery;

#[Object]
impl DrillsQuery {
    /// A drill by id (NOT_FOUND outside your area, like a missing id).
    async fn drill(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The drill's id.")] id: ID,
    ) -> GqlResult<Drill> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        Ok(
            programme::find::<drill::Entity>(&st.db, sc, ids::parse(&id)?)
                .await?
                .into(),
        )
    }

    /// Drills held at or below a node (default: yours), newest first, held
    /// in `from`..=`to`.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn drills(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only drills held at or below this node (default: the caller's node).")]
        under: Option<ID>,
        #[graphql(desc = "Only drills held on or after this day.")] from: Option<NaiveDate>,
        #[graphql(desc = "Only drills held on or before this day.")] to: Option<NaiveDate>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<Drill>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let (rows, window) = programme::list::<drill::Entity>(
            &st.db,
            sc,
            ids::parse_opt(&under)?,
            Period::new(from, to)?,
            drill::Entity::find(),
            page,
        )
        .await?;
        Ok(connection(
            rows.into_iter().map(Drill::from).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct DrillsMutation;

#[Object]
impl DrillsMutation {
    /// Records an emergency drill at a village (idempotent by key).
    async fn record_drill(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The drill.")] input: RecordDrillInput,
    ) -> GqlResult<Drill> {
        let (st, req, sc) = all(ctx)?;
        let new = NewDrill {
            node_id: ids::parse(&input.node_id)?,
            held_on: input.held_on,
            scenario: input.scenario,
            participant_count: input.participant_count,
            notes: input.notes,
            photo_ids: parse_ids("photoIds", &input.photo_ids)?,
            document_ids: parse_ids("documentIds", &input.document_ids)?,
            idempotency_key: input.idempotency_key,
        };
        let model = service::record(st, req, sc, new).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }

    /// Corrects a drill: a new version with a reason; the old one is kept
    /// (`earlierVersions`).
    #[allow(clippy::too_many_arguments)]
    async fn correct_drill(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The drill.")] id: ID,
        #[graphql(desc = "The `version` you read (a stale one is CONFLICT).")] version: i32,
        #[graphql(desc = "Why it is corrected (kept with the old version).")] reason: String,
        #[graphql(desc = "A new scenario, if it changes.")] scenario: Option<String>,
        #[graphql(desc = "A new head count, if it changes.")] participant_count: Option<i32>,
        #[graphql(desc = "New notes, if they change.")] notes: Option<String>,
    ) -> GqlResult<Drill> {
        let (st, req, sc) = all(ctx)?;
        let id = ids::parse(&id)?;
        let model = service::correct(
            st,
            req,
            sc,
            id,
            version,
            &reason,
            scenario,
            participant_count,
            notes,
        )
        .await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }
}
