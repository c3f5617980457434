//! The GraphQL fields every programme record has, served from its shared
//! facts. A kind's type is `#[derive(MergedObject)] struct Meeting(RecordFields, MeetingFields)`:
//! its own fields beside these, one type in the schema.
use super::facts::RecordFacts;
use crate::authz::{self, loaders, Action, Authorized};
use crate::context::{scope, state};
use crate::documents::Document;
use crate::error::GqlResult;
use crate::grid::schema::GridNode;
use crate::ids;
use crate::inspections::Month;
use async_graphql::{Context, Object, SimpleObject, ID};
use chrono::{DateTime, NaiveDate, Utc};

pub struct RecordFields(pub Authorized<RecordFacts>);

#[Object]
impl RecordFields {
    /// What the caller may do with this record now, by the same decision
    /// the server applies when it is tried.
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<Action>> {
        Ok(authz::allowed_actions(scope(ctx)?, &*self.0))
    }
    /// The record's id: a random UUID.
    async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// Where it was recorded.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(loaders::node(ctx, self.0.node_id).await?))
    }
    /// The day it happened (held, checked, adopted).
    async fn on(&self) -> NaiveDate {
        self.0.on
    }
    /// Who recorded it: the account's person, else its username.
    async fn author_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        Ok(loaders::account_name(ctx, &self.0, self.0.author_id)
            .await?
            .unwrap_or_default())
    }
    /// Photos kept as evidence.
    #[graphql(complexity = "crate::pagination::list_cost(10, child_complexity)")]
    async fn photos(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::photos::Photo>> {
        Ok(loaders::photos_of(ctx, &self.0, self.0.id)
            .await?
            .into_iter()
            .map(crate::photos::Photo::from)
            .collect())
    }
    /// Documents cited as evidence (those the caller may see).
    #[graphql(complexity = "crate::pagination::list_cost(5, child_complexity)")]
    async fn documents(&self, ctx: &Context<'_>) -> GqlResult<Vec<Document>> {
        Ok(loaders::documents_of(ctx, &self.0)
            .await?
            .into_iter()
            .map(Document)
            .collect())
    }
    /// The record as it was before each correction, oldest first.
    #[graphql(complexity = "crate::pagination::list_cost(3, child_complexity)")]
    async fn earlier_versions(&self, ctx: &Context<'_>) -> GqlResult<Vec<RecordVersion>> {
        Ok(loaders::versions_of(ctx, &self.0)
            .await?
            .into_iter()
            .map(|v| RecordVersion {
                version: v.version,
                reason: v.reason,
                corrected_at: v.corrected_at,
                snapshot: v.snapshot,
            })
            .collect())
    }
    /// Its month is closed (the month table and scorecard read it as settled).
    async fn locked(&self, ctx: &Context<'_>) -> GqlResult<bool> {
        let st = state(ctx)?;
        Ok(Month::of(self.0.on).locked(st.today(), st.settings.field.month_close_day))
    }
    /// Counts corrections: name it when correcting (a stale one is CONFLICT).
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// When it was first recorded.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// When it was last corrected (or recorded).
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// A record as it was before a correction.
#[derive(SimpleObject)]
pub struct RecordVersion {
    /// The version it had.
    pub version: i32,
    /// Why it was corrected.
    pub reason: String,
    /// When it was corrected.
    pub corrected_at: DateTime<Utc>,
    /// The whole stored row as it was, as JSON.
    pub snapshot: String,
}
