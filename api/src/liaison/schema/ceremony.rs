//! Ceremony notices: `ceremonyNotices`, `recordCeremonyNotice`,
//! `correctCeremonyNotice`.
use super::reminder::OnSiteReminder;
use crate::authz::{self, loaders, Action};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::ids;
use crate::liaison::ceremonies::{self, NewNotice, NoticeCorrection};
use crate::liaison::kinds::CeremonyKind;
use crate::pagination::{connection, Conn, Page};
use crate::programme::meetings::schema::parse_ids;
use crate::programme::{self, Period};
use async_graphql::{Context, InputObject, Object, ID};
use chrono::NaiveDate;
use entity::ceremony_notice;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

crate::liaison_type!(
    /// A ceremony notice (红白喜事打招呼): the shared record fields and its own.
    CeremonyNotice,
    CeremonyNoticeFields,
    ceremony_notice
);

#[Object]
impl CeremonyNoticeFields {
    /// Wedding, funeral or other.
    async fn kind(&self) -> CeremonyKind {
        self.0.kind.into()
    }
    /// The family holding it (户主).
    async fn host_name(&self) -> &str {
        &self.0.host_name
    }
    /// The day the family told the liaison (the record's day, `on`).
    async fn noticed_on(&self) -> NaiveDate {
        self.0.noticed_on
    }
    /// The day of the ceremony itself.
    async fn date(&self) -> NaiveDate {
        self.0.held_on
    }
    /// Where it is held.
    async fn place(&self) -> &str {
        &self.0.place
    }
    /// How many guests are expected.
    async fn expected_guests(&self) -> i32 {
        self.0.expected_guests
    }
    /// What was checked or agreed beforehand.
    async fn notes(&self) -> &str {
        &self.0.notes
    }
    /// The on-site reminders (跟场提醒) given at it, oldest first.
    #[graphql(complexity = "crate::pagination::list_cost(3, child_complexity)")]
    async fn reminders(&self, ctx: &Context<'_>) -> GqlResult<Vec<OnSiteReminder>> {
        Ok(loaders::reminders_of(ctx, &self.0)
            .await?
            .into_iter()
            .map(OnSiteReminder::from)
            .collect())
    }
}

/// A ceremony notice to record.
#[derive(InputObject)]
pub struct RecordCeremonyNoticeInput {
    /// The villager group (or village) the family lives in.
    pub node_id: ID,
    /// Wedding, funeral or other.
    pub kind: CeremonyKind,
    /// The family holding it (户主).
    pub host_name: String,
    /// The day of the ceremony: from 30 days before to 180 days after the notice.
    pub date: NaiveDate,
    /// The day the family told the liaison (default today): not in the future, not in a closed month.
    pub noticed_on: Option<NaiveDate>,
    /// Where it is held.
    pub place: String,
    /// How many guests are expected (1 to 5000).
    pub expected_guests: i32,
    /// What was checked or agreed beforehand.
    pub notes: Option<String>,
    /// Photos uploaded first (`POST /api/photos`).
    pub photo_ids: Option<Vec<ID>>,
    /// Documents uploaded first (`POST /api/documents`).
    pub document_ids: Option<Vec<ID>>,
    /// Made by the client once per record; a retry returns the record made.
    pub idempotency_key: String,
}

#[derive(Default)]
pub struct CeremonyQuery;

#[Object]
impl CeremonyQuery {
    /// Ceremony notices under a node (default: yours), newest notice first,
    /// noticed in `from`..=`to`.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn ceremony_notices(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only notices at or below this node (default: the caller's node).")]
        under: Option<ID>,
        #[graphql(desc = "Only notices of this kind.")] kind: Option<CeremonyKind>,
        #[graphql(desc = "Only notices given on or after this day.")] from: Option<NaiveDate>,
        #[graphql(desc = "Only notices given on or before this day.")] to: Option<NaiveDate>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<CeremonyNotice>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let mut q = ceremony_notice::Entity::find();
        if let Some(k) = kind {
            q = q.filter(ceremony_notice::Column::Kind.eq(ceremony_notice::CeremonyKind::from(k)));
        }
        let (rows, window) = programme::list::<ceremony_notice::Entity>(
            &st.db,
            sc,
            ids::parse_opt(&under)?,
            Period::new(from, to)?,
            q,
            page,
        )
        .await?;
        Ok(connection(
            rows.into_iter().map(CeremonyNotice::from).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct CeremonyMutation;

#[Object]
impl CeremonyMutation {
    /// Records a ceremony notice (idempotent by key).
    async fn record_ceremony_notice(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The notice.")] input: RecordCeremonyNoticeInput,
    ) -> GqlResult<CeremonyNotice> {
        let (st, req, sc) = all(ctx)?;
        let new = NewNotice {
            node_id: ids::parse(&input.node_id)?,
            kind: input.kind.into(),
            host_name: input.host_name,
            noticed_on: input.noticed_on,
            held_on: input.date,
            place: input.place,
            expected_guests: input.expected_guests,
            notes: input.notes,
            photo_ids: parse_ids("photoIds", &input.photo_ids)?,
            document_ids: parse_ids("documentIds", &input.document_ids)?,
            idempotency_key: input.idempotency_key,
        };
        let model = ceremonies::record(st, req, sc, new).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }

    /// Corrects a ceremony notice: a new version with a reason; the old one
    /// is kept (`earlierVersions`). `version` is the one you read.
    #[allow(clippy::too_many_arguments)]
    async fn correct_ceremony_notice(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The notice.")] id: ID,
        #[graphql(desc = "The `version` you read (a stale one is CONFLICT).")] version: i32,
        #[graphql(desc = "Why it is corrected (kept with the old version).")] reason: String,
        #[graphql(desc = "The kind, if it changes.")] kind: Option<CeremonyKind>,
        #[graphql(desc = "The host family, if it changes.")] host_name: Option<String>,
        #[graphql(desc = "The ceremony's day, if it changes.")] date: Option<NaiveDate>,
        #[graphql(desc = "The place, if it changes.")] place: Option<String>,
        #[graphql(desc = "Expected guests, if that changes.")] expected_guests: Option<i32>,
        #[graphql(desc = "New notes, if they change.")] notes: Option<String>,
    ) -> GqlResult<CeremonyNotice> {
        let (st, req, sc) = all(ctx)?;
        let c = NoticeCorrection {
            kind: kind.map(Into::into),
            host_name,
            held_on: date,
            place,
            expected_guests,
            notes,
        };
        let model = ceremonies::correct(st, req, sc, ids::parse(&id)?, version, &reason, c).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }
}
