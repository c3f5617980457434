//! Persuasion talks: `persuasions`, `recordPersuasion`, `correctPersuasion`.
use super::vehicle::Vehicle;
use crate::authz::{self, loaders, Action};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::ids;
use crate::liaison::kinds::PersuasionReason;
use crate::liaison::talks::{self, NewTalk};
use crate::pagination::{connection, Conn, Page};
use crate::programme::meetings::schema::parse_ids;
use crate::programme::{self, Period};
use async_graphql::{Context, InputObject, Object, ID};
use chrono::{DateTime, NaiveDate, Utc};
use entity::persuasion;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

crate::liaison_type!(
    /// A persuasion talk (劝导) with a driver.
    Persuasion,
    PersuasionFields,
    persuasion
);

#[Object]
impl PersuasionFields {
    /// The registered vehicle it was about, if one was named.
    async fn vehicle(&self, ctx: &Context<'_>) -> GqlResult<Option<Vehicle>> {
        Ok(loaders::vehicle_of(ctx, &self.0).await?.map(Vehicle::from))
    }
    /// The driver talked to.
    async fn driver_name(&self) -> &str {
        &self.0.driver_name
    }
    /// When the talk was held.
    async fn talked_at(&self) -> DateTime<Utc> {
        self.0.talked_at
    }
    /// What it was about.
    async fn reason(&self) -> PersuasionReason {
        self.0.reason.into()
    }
    /// What was said and agreed.
    async fn notes(&self) -> &str {
        &self.0.notes
    }
}

/// A persuasion talk to record.
#[derive(InputObject)]
pub struct RecordPersuasionInput {
    /// The villager group it was held in.
    pub node_id: ID,
    /// A vehicle of that group's register, if the talk was about one.
    pub vehicle_id: Option<ID>,
    /// The driver talked to.
    pub driver_name: String,
    /// When: not in the future, not in a closed month.
    pub talked_at: DateTime<Utc>,
    /// What it was about.
    pub reason: PersuasionReason,
    /// What was said and agreed.
    pub notes: Option<String>,
    /// Photos uploaded first (`POST /api/photos`).
    pub photo_ids: Option<Vec<ID>>,
    /// Made by the client once per record; a retry returns the record made.
    pub idempotency_key: String,
}

#[derive(Default)]
pub struct TalkQuery;

#[Object]
impl TalkQuery {
    /// Persuasion talks under a node (default: yours), newest first, held
    /// in `from`..=`to`.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn persuasions(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only talks at or below this node (default: the caller's node).")]
        under: Option<ID>,
        #[graphql(desc = "Only talks about this.")] reason: Option<PersuasionReason>,
        #[graphql(desc = "Only talks held on or after this day.")] from: Option<NaiveDate>,
        #[graphql(desc = "Only talks held on or before this day.")] to: Option<NaiveDate>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<Persuasion>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let mut q = persuasion::Entity::find();
        if let Some(r) = reason {
            q = q.filter(persuasion::Column::Reason.eq(persuasion::PersuasionReason::from(r)));
        }
        let (rows, window) = programme::list::<persuasion::Entity>(
            &st.db,
            sc,
            ids::parse_opt(&under)?,
            Period::new(from, to)?,
            q,
            page,
        )
        .await?;
        Ok(connection(
            rows.into_iter().map(Persuasion::from).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct TalkMutation;

#[Object]
impl TalkMutation {
    /// Records a persuasion talk (idempotent by key).
    async fn record_persuasion(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The talk.")] input: RecordPersuasionInput,
    ) -> GqlResult<Persuasion> {
        let (st, req, sc) = all(ctx)?;
        let new = NewTalk {
            node_id: ids::parse(&input.node_id)?,
            vehicle_id: ids::parse_opt(&input.vehicle_id)?,
            driver_name: input.driver_name,
            talked_at: input.talked_at,
            reason: input.reason.into(),
            notes: input.notes,
            photo_ids: parse_ids("photoIds", &input.photo_ids)?,
            idempotency_key: input.idempotency_key,
        };
        let model = talks::record(st, req, sc, new).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }

    /// Corrects a talk: a new version with a reason; the old one is kept.
    #[allow(clippy::too_many_arguments)]
    async fn correct_persuasion(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The talk.")] id: ID,
        #[graphql(desc = "The `version` you read (a stale one is CONFLICT).")] version: i32,
        #[graphql(desc = "Why it is corrected (kept with the old version).")] why: String,
        #[graphql(desc = "What it was about, if that changes.")] reason: Option<PersuasionReason>,
        #[graphql(desc = "The driver, if that changes.")] driver_name: Option<String>,
        #[graphql(desc = "New notes, if they change.")] notes: Option<String>,
    ) -> GqlResult<Persuasion> {
        let (st, req, sc) = all(ctx)?;
        let model = talks::correct(
            st,
            req,
            sc,
            ids::parse(&id)?,
            version,
            &why,
            reason.map(Into::into),
            driver_name,
            notes,
        )
        .await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }
}
