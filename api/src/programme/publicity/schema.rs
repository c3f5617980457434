//! GraphQL for publicity sessions: `recordPublicity`, `correctPublicity`,
//! `publicitySession`, `publicitySessions`.
use super::service::{self, NewPublicity};
use crate::authz::{self, Action, Authorized};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::programme::meetings::schema::parse_ids;
use crate::programme::{self, Period, RecordFields};
use async_graphql::{Context, InputObject, MergedObject, Object, ID};
use chrono::NaiveDate;
use entity::publicity;
use sea_orm::EntityTrait;

/// A publicity and education session: the shared record fields and its own.
#[derive(MergedObject)]
pub struct PublicitySession(RecordFields, PublicityFields);

impl From<Authorized<publicity::Model>> for PublicitySession {
    fn from(proof: Authorized<publicity::Model>) -> Self {
        PublicitySession(
            RecordFields(authz::facts_of::<publicity::Entity>(&proof)),
            PublicityFields(proof),
        )
    }
}

impl PublicitySession {
    /// For the `Node` interface, which reads `id` from the type itself.
    pub async fn id(&self, _: &Context<'_>) -> async_graphql::Result<ID> {
        Ok(ids::to_id(self.1 .0.id))
    }
}

pub struct PublicityFields(Authorized<publicity::Model>);

#[Object]
impl PublicityFields {
    /// The day it was held.
    async fn held_on(&self) -> NaiveDate {
        self.0.held_on
    }
    /// What it was about (road safety, drowning, wild mushrooms, …).
    async fn topic(&self) -> &str {
        &self.0.topic
    }
    /// How many listened.
    async fn audience_count(&self) -> i32 {
        self.0.audience_count
    }
    /// Anything else worth keeping (empty when not given).
    async fn notes(&self) -> &str {
        &self.0.notes
    }
}

/// A publicity session to record.
#[derive(InputObject)]
pub struct RecordPublicityInput {
    /// The village or villager group where it was held.
    pub node_id: ID,
    /// Not in the future, not in a closed month.
    pub held_on: NaiveDate,
    /// What it was about.
    pub topic: String,
    /// How many listened (1 to 10,000).
    pub audience_count: i32,
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
pub struct PublicityQuery;

#[Object]
impl PublicityQuery {
    /// A publicity session by id (NOT_FOUND outside your area, like a missing id).
    async fn publicity_session(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The session's id.")] id: ID,
    ) -> GqlResult<PublicitySession> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        Ok(
            programme::find::<publicity::Entity>(&st.db, sc, ids::parse(&id)?)
                .await?
                .into(),
        )
    }

    /// Publicity sessions held at or below a node (default: yours), newest first, held
    /// in `from`..=`to`.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn publicity_sessions(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only sessions held at or below this node (default: the caller's node).")]
        under: Option<ID>,
        #[graphql(desc = "Only sessions held on or after this day.")] from: Option<NaiveDate>,
        #[graphql(desc = "Only sessions held on or before this day.")] to: Option<NaiveDate>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<PublicitySession>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let (rows, window) = programme::list::<publicity::Entity>(
            &st.db,
            sc,
            ids::parse_opt(&under)?,
            Period::new(from, to)?,
            publicity::Entity::find(),
            page,
        )
        .await?;
        Ok(connection(
            rows.into_iter().map(PublicitySession::from).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct PublicityMutation;

#[Object]
impl PublicityMutation {
    /// Records a publicity session at a village or group (idempotent by key).
    async fn record_publicity(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The session.")] input: RecordPublicityInput,
    ) -> GqlResult<PublicitySession> {
        let (st, req, sc) = all(ctx)?;
        let new = NewPublicity {
            node_id: ids::parse(&input.node_id)?,
            held_on: input.held_on,
            topic: input.topic,
            audience_count: input.audience_count,
            notes: input.notes,
            photo_ids: parse_ids("photoIds", &input.photo_ids)?,
            document_ids: parse_ids("documentIds", &input.document_ids)?,
            idempotency_key: input.idempotency_key,
        };
        let model = service::record(st, req, sc, new).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }

    /// Corrects a publicity session: a new version with a reason; the old one is kept
    /// (`earlierVersions`).
    #[allow(clippy::too_many_arguments)]
    async fn correct_publicity(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The session.")] id: ID,
        #[graphql(desc = "The `version` you read (a stale one is CONFLICT).")] version: i32,
        #[graphql(desc = "Why it is corrected (kept with the old version).")] reason: String,
        #[graphql(desc = "A new topic, if it changes.")] topic: Option<String>,
        #[graphql(desc = "A new head count, if it changes.")] audience_count: Option<i32>,
        #[graphql(desc = "New notes, if they change.")] notes: Option<String>,
    ) -> GqlResult<PublicitySession> {
        let (st, req, sc) = all(ctx)?;
        let id = ids::parse(&id)?;
        let model = service::correct(
            st,
            req,
            sc,
            id,
            version,
            &reason,
            topic,
            audience_count,
            notes,
        )
        .await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }
}
