//! GraphQL for trainings: `recordTraining`, `correctTraining`, `training`,
//! `trainings`.
use super::service::{self, NewTraining, TrainingCorrection};
use crate::authz::{self, loaders, Action, Authorized};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::people::schema::Appointment;
use crate::programme::meetings::schema::parse_ids;
use crate::programme::meetings::service::decode_ids;
use crate::programme::{self, Period, RecordFields};
use async_graphql::{Context, InputObject, MergedObject, Object, ID};
use chrono::NaiveDate;
use entity::training;
use sea_orm::EntityTrait;

/// A training session: the shared record fields and its own.
#[derive(MergedObject)]
pub struct Training(RecordFields, TrainingFields);

impl From<Authorized<training::Model>> for Training {
    fn from(proof: Authorized<training::Model>) -> Self {
        Training(
            RecordFields(authz::facts_of::<training::Entity>(&proof)),
            TrainingFields(proof),
        )
    }
}

impl Training {
    /// For the `Node` interface, which reads `id` from the type itself.
    pub async fn id(&self, _: &Context<'_>) -> async_graphql::Result<ID> {
        Ok(ids::to_id(self.1 .0.id))
    }
}

pub struct TrainingFields(Authorized<training::Model>);

#[Object]
impl TrainingFields {
    /// The day it was held.
    async fn held_on(&self) -> NaiveDate {
        self.0.held_on
    }
    /// What the session was called.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// What was taught (empty when not given).
    async fn topics(&self) -> &str {
        &self.0.topics
    }
    /// How long it lasted, in hours, if known.
    async fn hours(&self) -> Option<f64> {
        self.0.duration_minutes.map(|m| f64::from(m) / 60.0)
    }
    /// Anything else worth keeping (empty when not given).
    async fn notes(&self) -> &str {
        &self.0.notes
    }
    /// How many posts attended.
    async fn attendee_count(&self) -> i32 {
        self.0.attendee_count
    }
    /// The posts (officers and liaisons) that attended, those you can see.
    #[graphql(complexity = "crate::pagination::list_cost(50, child_complexity)")]
    async fn attendees(&self, ctx: &Context<'_>) -> GqlResult<Vec<Appointment>> {
        let ids = decode_ids(&self.0.attendee_appointment_ids);
        Ok(loaders::appointments_on(ctx, &self.0, &ids)
            .await?
            .into_iter()
            .map(Appointment)
            .collect())
    }
}

/// A training session to record.
#[derive(InputObject)]
pub struct RecordTrainingInput {
    /// The township (or county) that held it.
    pub node_id: ID,
    /// Not in the future, not in a closed month.
    pub held_on: NaiveDate,
    /// What the session was called.
    pub title: String,
    /// The posts (appointments of officers and liaisons at or below the
    /// node, held that day) that attended; each one's `trainingDate` is
    /// set to `heldOn` unless it was trained earlier.
    pub attendee_appointment_ids: Vec<ID>,
    /// What was taught.
    pub topics: Option<String>,
    /// How long it lasted, in hours (above 0, at most 24).
    pub hours: Option<f64>,
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
pub struct TrainingsQuery;

#[Object]
impl TrainingsQuery {
    /// A training by id (NOT_FOUND outside your area, like a missing id).
    async fn training(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The training's id.")] id: ID,
    ) -> GqlResult<Training> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        Ok(
            programme::find::<training::Entity>(&st.db, sc, ids::parse(&id)?)
                .await?
                .into(),
        )
    }

    /// Trainings held at or below a node (default: yours), newest first,
    /// held in `from`..=`to`.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn trainings(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only trainings held at or below this node (default: the caller's node)."
        )]
        under: Option<ID>,
        #[graphql(desc = "Only trainings held on or after this day.")] from: Option<NaiveDate>,
        #[graphql(desc = "Only trainings held on or before this day.")] to: Option<NaiveDate>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<Training>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let (rows, window) = programme::list::<training::Entity>(
            &st.db,
            sc,
            ids::parse_opt(&under)?,
            Period::new(from, to)?,
            training::Entity::find(),
            page,
        )
        .await?;
        Ok(connection(
            rows.into_iter().map(Training::from).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct TrainingsMutation;

#[Object]
impl TrainingsMutation {
    /// Records a training session and marks its attendees' posts trained
    /// (idempotent by key).
    async fn record_training(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The training.")] input: RecordTrainingInput,
    ) -> GqlResult<Training> {
        let (st, req, sc) = all(ctx)?;
        let new = NewTraining {
            node_id: ids::parse(&input.node_id)?,
            held_on: input.held_on,
            title: input.title,
            attendee_appointment_ids: parse_ids(
                "attendeeAppointmentIds",
                &Some(input.attendee_appointment_ids),
            )?,
            topics: input.topics,
            hours: input.hours,
            notes: input.notes,
            photo_ids: parse_ids("photoIds", &input.photo_ids)?,
            document_ids: parse_ids("documentIds", &input.document_ids)?,
            idempotency_key: input.idempotency_key,
        };
        let model = service::record(st, req, sc, new).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }

    /// Corrects a training: a new version with a reason; the old one is
    /// kept (`earlierVersions`). Who attended stands as recorded.
    #[allow(clippy::too_many_arguments)]
    async fn correct_training(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The training.")] id: ID,
        #[graphql(desc = "The `version` you read (a stale one is CONFLICT).")] version: i32,
        #[graphql(desc = "Why it is corrected (kept with the old version).")] reason: String,
        #[graphql(desc = "A new title, if it changes.")] title: Option<String>,
        #[graphql(desc = "New topics, if they change.")] topics: Option<String>,
        #[graphql(desc = "A new length in hours, if it changes.")] hours: Option<f64>,
        #[graphql(desc = "New notes, if they change.")] notes: Option<String>,
    ) -> GqlResult<Training> {
        let (st, req, sc) = all(ctx)?;
        let c = TrainingCorrection {
            title,
            topics,
            hours,
            notes,
        };
        let model = service::correct(st, req, sc, ids::parse(&id)?, version, &reason, c).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }
}
