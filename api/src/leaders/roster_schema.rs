//! GraphQL for roster submissions: `submitRoster`, `rosterSubmissions`.
use super::rosters::{self, Entry};
use crate::authz::{self, Action, Authorized};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::people::schema::shown_phone;
use crate::programme::{self, Period, RecordFields};
use async_graphql::{Context, MergedObject, Object, SimpleObject, ID};
use chrono::NaiveDate;
use entity::roster_submission;
use sea_orm::EntityTrait;

/// The roster as a township sent it to the county (名单报送).
#[derive(MergedObject)]
pub struct RosterSubmission(RecordFields, RosterSubmissionFields);

impl From<Authorized<roster_submission::Model>> for RosterSubmission {
    fn from(proof: Authorized<roster_submission::Model>) -> Self {
        RosterSubmission(
            RecordFields(authz::facts_of::<roster_submission::Entity>(&proof)),
            RosterSubmissionFields(proof),
        )
    }
}

impl RosterSubmission {
    /// For the `Node` interface, which reads `id` from the type itself.
    pub async fn id(&self, _: &Context<'_>) -> async_graphql::Result<ID> {
        Ok(ids::to_id(self.1 .0.id))
    }
}

pub struct RosterSubmissionFields(Authorized<roster_submission::Model>);

/// One post on a submitted roster, as it was that day.
#[derive(SimpleObject)]
pub struct RosterEntry {
    /// The village or group.
    pub node_id: ID,
    /// Its name then.
    pub node_name: String,
    /// `VILLAGE_OFFICER` or `GROUP_LIAISON`.
    pub role: String,
    /// The appointment held then.
    pub appointment_id: ID,
    /// The person who held it.
    pub person_id: ID,
    /// The holder's name then.
    pub name: String,
    /// The holder's phone then (masked unless you may see phones).
    pub phone: String,
}

/// A post nobody held when the roster was submitted.
#[derive(SimpleObject)]
pub struct MissingPost {
    /// The village or group without its post.
    pub node_id: ID,
    /// Its name then.
    pub node_name: String,
    /// The post that was empty.
    pub role: String,
}

#[Object]
impl RosterSubmissionFields {
    /// The day it was submitted.
    async fn submitted_on(&self) -> NaiveDate {
        self.0.submitted_on
    }
    /// Every post held that day, in grid order.
    #[graphql(complexity = "crate::pagination::list_cost(50, child_complexity)")]
    async fn entries(&self, ctx: &Context<'_>) -> GqlResult<Vec<RosterEntry>> {
        let sc = scope(ctx)?;
        Ok(rosters::entries(&self.0)
            .into_iter()
            .map(|e: Entry| RosterEntry {
                node_id: ids::to_id(e.node_id),
                node_name: e.node_name,
                role: e.role,
                appointment_id: ids::to_id(e.appointment_id),
                person_id: ids::to_id(e.person_id),
                name: e.name,
                phone: shown_phone(sc, &e.phone),
            })
            .collect())
    }
    /// The posts nobody held that day.
    #[graphql(complexity = "crate::pagination::list_cost(50, child_complexity)")]
    async fn missing(&self) -> Vec<MissingPost> {
        rosters::missing(&self.0)
            .into_iter()
            .map(|m| MissingPost {
                node_id: ids::to_id(m.node_id),
                node_name: m.node_name,
                role: m.role,
            })
            .collect()
    }
    /// How many posts were held.
    async fn entry_count(&self) -> i32 {
        self.0.entry_count
    }
    /// How many posts were empty.
    async fn missing_count(&self) -> i32 {
        self.0.missing_count
    }
}

#[derive(Default)]
pub struct RostersQuery;

#[Object]
impl RostersQuery {
    /// Rosters submitted at or below a node (default: yours), newest first.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn roster_submissions(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only submissions of townships at or below this node (default: the caller's node)."
        )]
        under: Option<ID>,
        #[graphql(desc = "Only submissions on or after this day.")] from: Option<NaiveDate>,
        #[graphql(desc = "Only submissions on or before this day.")] to: Option<NaiveDate>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<RosterSubmission>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let (rows, window) = programme::list::<roster_submission::Entity>(
            &st.db,
            sc,
            ids::parse_opt(&under)?,
            Period::new(from, to)?,
            roster_submission::Entity::find(),
            page,
        )
        .await?;
        Ok(connection(
            rows.into_iter().map(RosterSubmission::from).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct RostersMutation;

#[Object]
impl RostersMutation {
    /// Submits the township's roster to the county today: a frozen copy of
    /// every village officer and group liaison post with names and phones,
    /// and the posts nobody holds. Idempotent by key.
    async fn submit_roster(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The township whose roster it is.")] township_id: ID,
        #[graphql(desc = "Made by the client once per submission; a retry returns the one made.")]
        idempotency_key: Option<String>,
    ) -> GqlResult<RosterSubmission> {
        let (st, req, sc) = all(ctx)?;
        let model =
            rosters::submit(st, req, sc, ids::parse(&township_id)?, idempotency_key).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }
}
