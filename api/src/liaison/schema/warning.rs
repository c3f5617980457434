//! Seasonal warnings: `seasonalWarnings`, `recordSeasonalWarning`,
//! `correctSeasonalWarning`.
use crate::authz::{self, Action};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::ids;
use crate::liaison::kinds::WarningTopic;
use crate::liaison::warnings::{self, NewWarning};
use crate::pagination::{connection, Conn, Page};
use crate::programme::meetings::schema::parse_ids;
use crate::programme::{self, Period};
use async_graphql::{Context, InputObject, Object, ID};
use chrono::{DateTime, NaiveDate, Utc};
use entity::seasonal_warning;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

crate::liaison_type!(
    /// A seasonal warning (季节性提醒) given to the households.
    SeasonalWarning,
    SeasonalWarningFields,
    seasonal_warning
);

#[Object]
impl SeasonalWarningFields {
    /// What it warned of.
    async fn topic(&self) -> WarningTopic {
        self.0.topic.into()
    }
    /// When it was given.
    async fn given_at(&self) -> DateTime<Utc> {
        self.0.given_at
    }
    /// Households reached.
    async fn households(&self) -> i32 {
        self.0.households
    }
    /// How it was given (door to door, loudspeaker, WeChat group, …).
    async fn notes(&self) -> &str {
        &self.0.notes
    }
}

/// A seasonal warning to record.
#[derive(InputObject)]
pub struct RecordSeasonalWarningInput {
    /// The villager group or village it was given in.
    pub node_id: ID,
    /// What it warned of.
    pub topic: WarningTopic,
    /// When: not in the future, not in a closed month.
    pub given_at: DateTime<Utc>,
    /// Households reached (0 to 2000).
    pub households: i32,
    /// How it was given.
    pub notes: Option<String>,
    /// Photos uploaded first (`POST /api/photos`).
    pub photo_ids: Option<Vec<ID>>,
    /// Made by the client once per record; a retry returns the record made.
    pub idempotency_key: String,
}

#[derive(Default)]
pub struct WarningQuery;

#[Object]
impl WarningQuery {
    /// Seasonal warnings under a node (default: yours), newest first, given
    /// in `from`..=`to`.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn seasonal_warnings(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only warnings at or below this node (default: the caller's node).")]
        under: Option<ID>,
        #[graphql(desc = "Only warnings of this topic.")] topic: Option<WarningTopic>,
        #[graphql(desc = "Only warnings given on or after this day.")] from: Option<NaiveDate>,
        #[graphql(desc = "Only warnings given on or before this day.")] to: Option<NaiveDate>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<SeasonalWarning>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let mut q = seasonal_warning::Entity::find();
        if let Some(t) = topic {
            q = q.filter(
                seasonal_warning::Column::Topic.eq(seasonal_warning::WarningTopic::from(t)),
            );
        }
        let (rows, window) = programme::list::<seasonal_warning::Entity>(
            &st.db,
            sc,
            ids::parse_opt(&under)?,
            Period::new(from, to)?,
            q,
            page,
        )
        .await?;
        Ok(connection(
            rows.into_iter().map(SeasonalWarning::from).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct WarningMutation;

#[Object]
impl WarningMutation {
    /// Records a seasonal warning (idempotent by key).
    async fn record_seasonal_warning(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The warning.")] input: RecordSeasonalWarningInput,
    ) -> GqlResult<SeasonalWarning> {
        let (st, req, sc) = all(ctx)?;
        let new = NewWarning {
            node_id: ids::parse(&input.node_id)?,
            topic: input.topic.into(),
            given_at: input.given_at,
            households: input.households,
            notes: input.notes,
            photo_ids: parse_ids("photoIds", &input.photo_ids)?,
            idempotency_key: input.idempotency_key,
        };
        let model = warnings::record(st, req, sc, new).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }

    /// Corrects a warning: a new version with a reason; the old one is kept.
    #[allow(clippy::too_many_arguments)]
    async fn correct_seasonal_warning(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The warning.")] id: ID,
        #[graphql(desc = "The `version` you read (a stale one is CONFLICT).")] version: i32,
        #[graphql(desc = "Why it is corrected (kept with the old version).")] reason: String,
        #[graphql(desc = "The topic, if it changes.")] topic: Option<WarningTopic>,
        #[graphql(desc = "Households reached, if that changes.")] households: Option<i32>,
        #[graphql(desc = "New notes, if they change.")] notes: Option<String>,
    ) -> GqlResult<SeasonalWarning> {
        let (st, req, sc) = all(ctx)?;
        let model = warnings::correct(
            st,
            req,
            sc,
            ids::parse(&id)?,
            version,
            &reason,
            topic.map(Into::into),
            households,
            notes,
        )
        .await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }
}
