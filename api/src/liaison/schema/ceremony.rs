//! 红白喜事打招呼 and 跟场提醒 as GraphQL types.
use super::common;
use crate::authz::{loaders, Authorized};
use crate::error::GqlResult;
use crate::grid::schema::GridNode;
use crate::ids;
use crate::liaison::kinds::{decode_topics, CeremonyKind, ReminderTopic};
use async_graphql::{Context, Object, ID};
use chrono::{DateTime, NaiveDate, Utc};
use entity::{ceremony_notice, on_site_reminder};

/// A ceremony notice (红白喜事打招呼): a family's wedding, funeral or other
/// gathering, reported to the group liaison beforehand.
pub struct CeremonyNotice(pub Authorized<ceremony_notice::Model>);

#[Object]
impl CeremonyNotice {
    /// What the caller may do with it now (the server's own decision).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::authz::Action>> {
        common::allowed(ctx, &self.0).await
    }
    async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// The villager group it was reported at.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        common::node(ctx, self.0.node_id).await
    }
    async fn kind(&self) -> CeremonyKind {
        self.0.kind.into()
    }
    /// The family holding it.
    async fn host_name(&self) -> &str {
        &self.0.host_name
    }
    /// The day of the ceremony (usually still ahead when reported).
    async fn date(&self) -> NaiveDate {
        self.0.held_on
    }
    async fn place(&self) -> &str {
        &self.0.place
    }
    async fn expected_guests(&self) -> i32 {
        self.0.expected_guests
    }
    /// What was checked or agreed beforehand.
    async fn notes(&self) -> &str {
        &self.0.notes
    }
    /// The on-site reminders given at it, oldest first.
    #[graphql(complexity = "crate::pagination::list_cost(3, child_complexity)")]
    async fn reminders(&self, ctx: &Context<'_>) -> GqlResult<Vec<OnSiteReminder>> {
        Ok(loaders::reminders_of(ctx, &self.0)
            .await?
            .into_iter()
            .map(OnSiteReminder)
            .collect())
    }
    /// Who typed it in: the account's person, else its username.
    async fn author_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        common::author(ctx, &self.0, self.0.author_id).await
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// An on-site reminder (跟场提醒) given at a reported ceremony.
pub struct OnSiteReminder(pub Authorized<on_site_reminder::Model>);

#[Object]
impl OnSiteReminder {
    /// What the caller may do with it now (the server's own decision).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::authz::Action>> {
        common::allowed(ctx, &self.0).await
    }
    async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// The villager group of the ceremony.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        common::node(ctx, self.0.node_id).await
    }
    /// The ceremony it was given at.
    async fn ceremony_notice(&self, ctx: &Context<'_>) -> GqlResult<Option<CeremonyNotice>> {
        Ok(loaders::ceremony_of(ctx, &self.0)
            .await?
            .map(CeremonyNotice))
    }
    async fn reminded_at(&self) -> DateTime<Utc> {
        self.0.reminded_at
    }
    /// What the reminder covered.
    async fn topics(&self) -> Vec<ReminderTopic> {
        decode_topics(&self.0.topics)
    }
    async fn notes(&self) -> &str {
        &self.0.notes
    }
    /// Photos taken on site.
    #[graphql(complexity = "crate::pagination::list_cost(10, child_complexity)")]
    async fn photos(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::photos::Photo>> {
        common::photos(ctx, &self.0, self.0.id).await
    }
    /// Who typed it in: the account's person, else its username.
    async fn author_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        common::author(ctx, &self.0, self.0.author_id).await
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}
