//! GraphQL for meetings: `recordMeeting`, `correctMeeting`, `meeting`,
//! `meetings`.
use super::service::{self, MeetingCorrection, NewMeeting};
use super::MeetingKind;
use crate::authz::{self, loaders, Action, Authorized};
use crate::context::{all, scope, state};
use crate::error::{AppError, AppResult, GqlResult, Key};
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::people::schema::Person;
use crate::programme::{self, Period, RecordFields};
use async_graphql::{Context, InputObject, MergedObject, Object, ID};
use chrono::NaiveDate;
use entity::meeting;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// A safety meeting: the shared record fields and its own.
#[derive(MergedObject)]
pub struct Meeting(RecordFields, MeetingFields);

impl From<Authorized<meeting::Model>> for Meeting {
    fn from(proof: Authorized<meeting::Model>) -> Self {
        Meeting(
            RecordFields(authz::facts_of::<meeting::Entity>(&proof)),
            MeetingFields(proof),
        )
    }
}

impl Meeting {
    /// For the `Node` interface, which reads `id` from the type itself.
    pub async fn id(&self, _: &Context<'_>) -> async_graphql::Result<ID> {
        Ok(ids::to_id(self.1 .0.id))
    }
}

pub struct MeetingFields(Authorized<meeting::Model>);

#[Object]
impl MeetingFields {
    /// Which meeting it was.
    async fn kind(&self) -> GqlResult<MeetingKind> {
        Ok(self.0.kind)
    }
    /// The day it was held.
    async fn held_on(&self) -> NaiveDate {
        self.0.held_on
    }
    /// What was discussed.
    async fn topics(&self) -> &str {
        &self.0.topics
    }
    /// The grid work (网格化管理) was on the agenda.
    async fn covers_grid_work(&self) -> bool {
        self.0.covers_grid_work
    }
    /// Everyone present, named or not.
    async fn attendee_count(&self) -> i32 {
        self.0.attendee_count
    }
    /// The named attendees.
    #[graphql(complexity = "crate::pagination::list_cost(20, child_complexity)")]
    async fn attendees(&self, ctx: &Context<'_>) -> GqlResult<Vec<Person>> {
        let mut out = Vec::new();
        for id in service::decode_ids(&self.0.attendee_ids) {
            if let Some(p) = loaders::person_on(ctx, &self.0, id).await? {
                out.push(Person(p));
            }
        }
        Ok(out)
    }
    /// The minutes (会议记录).
    async fn minutes(&self) -> &str {
        &self.0.minutes
    }
}

pub fn parse_ids(field: &'static str, ids: &Option<Vec<ID>>) -> AppResult<Vec<uuid::Uuid>> {
    ids.iter()
        .flatten()
        .map(|id| ids::parse(id).map_err(|_| AppError::input(field, Key::InputIdInvalid)))
        .collect()
}

/// A meeting to record.
#[derive(InputObject)]
pub struct RecordMeetingInput {
    /// The township (monthly, leading group) or village (safety meeting).
    pub node_id: ID,
    /// Which meeting (the node's level decides which it may be).
    pub kind: MeetingKind,
    /// Not in the future, not in a closed month.
    pub held_on: NaiveDate,
    /// What was discussed.
    pub topics: String,
    /// Whether the grid work was on the agenda.
    pub covers_grid_work: bool,
    /// Named attendees (persons you can see).
    pub attendee_ids: Option<Vec<ID>>,
    /// Everyone present; defaults to the named attendees.
    pub attendee_count: Option<i32>,
    /// The minutes (会议记录).
    pub minutes: String,
    /// Photos uploaded first (`POST /api/photos`).
    pub photo_ids: Option<Vec<ID>>,
    /// Documents uploaded first (`POST /api/documents`).
    pub document_ids: Option<Vec<ID>>,
    /// Made by the client once per record; a retry returns the record made.
    pub idempotency_key: String,
}

#[derive(Default)]
pub struct MeetingsQuery;

#[Object]
impl MeetingsQuery {
    /// A meeting by id (NOT_FOUND outside your area, like a missing id).
    async fn meeting(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The meeting's id.")] id: ID,
    ) -> GqlResult<Meeting> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        Ok(
            programme::find::<meeting::Entity>(&st.db, sc, ids::parse(&id)?)
                .await?
                .into(),
        )
    }

    /// Meetings under a node (default: yours), newest first, held in
    /// `from`..=`to`.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn meetings(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only meetings held at or below this node (default: the caller's node).")]
        under: Option<ID>,
        #[graphql(desc = "Only meetings of this kind.")] kind: Option<MeetingKind>,
        #[graphql(desc = "Only meetings held on or after this day.")] from: Option<NaiveDate>,
        #[graphql(desc = "Only meetings held on or before this day.")] to: Option<NaiveDate>,
        #[graphql(
            desc = "Only meetings that had (true) or lacked (false) the grid work on the agenda."
        )]
        covers_grid_work: Option<bool>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<Meeting>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let mut q = meeting::Entity::find();
        if let Some(k) = kind {
            q = q.filter(meeting::Column::Kind.eq(k));
        }
        if let Some(g) = covers_grid_work {
            q = q.filter(meeting::Column::CoversGridWork.eq(g));
        }
        let (rows, window) = programme::list::<meeting::Entity>(
            &st.db,
            sc,
            ids::parse_opt(&under)?,
            Period::new(from, to)?,
            q,
            page,
        )
        .await?;
        Ok(connection(
            rows.into_iter().map(Meeting::from).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct MeetingsMutation;

#[Object]
impl MeetingsMutation {
    /// Records a meeting (idempotent by key).
    async fn record_meeting(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The meeting.")] input: RecordMeetingInput,
    ) -> GqlResult<Meeting> {
        let (st, req, sc) = all(ctx)?;
        let new = NewMeeting {
            node_id: ids::parse(&input.node_id)?,
            kind: input.kind,
            held_on: input.held_on,
            topics: input.topics,
            covers_grid_work: input.covers_grid_work,
            attendee_ids: parse_ids("attendeeIds", &input.attendee_ids)?,
            attendee_count: input.attendee_count,
            minutes: input.minutes,
            photo_ids: parse_ids("photoIds", &input.photo_ids)?,
            document_ids: parse_ids("documentIds", &input.document_ids)?,
            idempotency_key: input.idempotency_key,
        };
        let model = service::record(st, req, sc, new).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }

    /// Corrects a meeting: a new version with a reason; the old one is kept
    /// (`earlierVersions`). `version` is the one you read.
    #[allow(clippy::too_many_arguments)]
    async fn correct_meeting(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The meeting.")] id: ID,
        #[graphql(desc = "The `version` you read (a stale one is CONFLICT).")] version: i32,
        #[graphql(desc = "Why it is corrected (kept with the old version).")] reason: String,
        #[graphql(desc = "New topics, if they change.")] topics: Option<String>,
        #[graphql(desc = "Whether the grid work was on the agenda, if that changes.")]
        covers_grid_work: Option<bool>,
        #[graphql(desc = "Everyone present, if that changes.")] attendee_count: Option<i32>,
        #[graphql(desc = "New minutes, if they change.")] minutes: Option<String>,
    ) -> GqlResult<Meeting> {
        let (st, req, sc) = all(ctx)?;
        let c = MeetingCorrection {
            topics,
            covers_grid_work,
            attendee_count,
            minutes,
        };
        let model = service::correct(st, req, sc, ids::parse(&id)?, version, &reason, c).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }
}
