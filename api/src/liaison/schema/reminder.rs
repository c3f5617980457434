//! On-site reminders: `onSiteReminders`, `recordOnSiteReminder`,
//! `correctOnSiteReminder`.
use super::ceremony::CeremonyNotice;
use crate::authz::{self, loaders, Action};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::ids;
use crate::liaison::kinds::{decode_topics, ReminderTopic};
use crate::liaison::reminders::{self, NewReminder};
use crate::pagination::{connection, Conn, Page};
use crate::programme::meetings::schema::parse_ids;
use crate::programme::{self, Period};
use async_graphql::{Context, InputObject, Object, ID};
use chrono::{DateTime, NaiveDate, Utc};
use entity::on_site_reminder;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

crate::liaison_type!(
    /// An on-site reminder (跟场提醒) given at a noticed ceremony.
    OnSiteReminder,
    OnSiteReminderFields,
    on_site_reminder
);

#[Object]
impl OnSiteReminderFields {
    /// The ceremony notice it was given at.
    async fn ceremony_notice(&self, ctx: &Context<'_>) -> GqlResult<Option<CeremonyNotice>> {
        Ok(loaders::notice_of(ctx, &self.0)
            .await?
            .map(CeremonyNotice::from))
    }
    /// When it was given.
    async fn reminded_at(&self) -> DateTime<Utc> {
        self.0.reminded_at
    }
    /// What it covered.
    async fn topics(&self) -> Vec<ReminderTopic> {
        decode_topics(&self.0.topics)
    }
    /// What was seen or said.
    async fn notes(&self) -> &str {
        &self.0.notes
    }
}

/// An on-site reminder to record.
#[derive(InputObject)]
pub struct RecordOnSiteReminderInput {
    /// The ceremony notice it was given at (the reminder sits where it sits).
    pub ceremony_notice_id: ID,
    /// When it was given: not before the notice, not in the future, not in a closed month.
    pub reminded_at: DateTime<Utc>,
    /// What it covered (at least one).
    pub topics: Vec<ReminderTopic>,
    /// What was seen or said.
    pub notes: Option<String>,
    /// Photos uploaded first (`POST /api/photos`).
    pub photo_ids: Option<Vec<ID>>,
    /// Made by the client once per record; a retry returns the record made.
    pub idempotency_key: String,
}

#[derive(Default)]
pub struct ReminderQuery;

#[Object]
impl ReminderQuery {
    /// On-site reminders under a node (default: yours), newest first,
    /// given in `from`..=`to`.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn on_site_reminders(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only reminders at or below this node (default: the caller's node).")]
        under: Option<ID>,
        #[graphql(desc = "Only reminders given at this ceremony notice.")]
        ceremony_notice_id: Option<ID>,
        #[graphql(desc = "Only reminders given on or after this day.")] from: Option<NaiveDate>,
        #[graphql(desc = "Only reminders given on or before this day.")] to: Option<NaiveDate>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<OnSiteReminder>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let mut q = on_site_reminder::Entity::find();
        if let Some(id) = ids::parse_opt(&ceremony_notice_id)? {
            q = q.filter(on_site_reminder::Column::CeremonyNoticeId.eq(id));
        }
        let (rows, window) = programme::list::<on_site_reminder::Entity>(
            &st.db,
            sc,
            ids::parse_opt(&under)?,
            Period::new(from, to)?,
            q,
            page,
        )
        .await?;
        Ok(connection(
            rows.into_iter().map(OnSiteReminder::from).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct ReminderMutation;

#[Object]
impl ReminderMutation {
    /// Records an on-site reminder at a ceremony notice (idempotent by key).
    async fn record_on_site_reminder(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The reminder.")] input: RecordOnSiteReminderInput,
    ) -> GqlResult<OnSiteReminder> {
        let (st, req, sc) = all(ctx)?;
        let new = NewReminder {
            ceremony_notice_id: ids::parse(&input.ceremony_notice_id)?,
            reminded_at: input.reminded_at,
            topics: input.topics,
            notes: input.notes,
            photo_ids: parse_ids("photoIds", &input.photo_ids)?,
            idempotency_key: input.idempotency_key,
        };
        let model = reminders::record(st, req, sc, new).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }

    /// Corrects a reminder's topics or notes: a new version with a reason;
    /// the old one is kept.
    async fn correct_on_site_reminder(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The reminder.")] id: ID,
        #[graphql(desc = "The `version` you read (a stale one is CONFLICT).")] version: i32,
        #[graphql(desc = "Why it is corrected (kept with the old version).")] reason: String,
        #[graphql(desc = "The topics, if they change.")] topics: Option<Vec<ReminderTopic>>,
        #[graphql(desc = "New notes, if they change.")] notes: Option<String>,
    ) -> GqlResult<OnSiteReminder> {
        let (st, req, sc) = all(ctx)?;
        let model = reminders::correct(
            st,
            req,
            sc,
            ids::parse(&id)?,
            version,
            &reason,
            topics,
            notes,
        )
        .await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }
}
