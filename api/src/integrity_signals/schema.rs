//! GraphQL for integrity signals: `integritySignals`, `scanIntegrity`,
//! `dismissIntegritySignal`. A signal's sentence is phrased by the web app
//! from `summary` (its figures) and `kind`, in the reader's language.
use super::scan::{Evidence, EvidenceKind, Facts};
use super::{dismiss, queries, run};
use crate::authz::{self, loaders, Action, Authorized};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::grid::schema::GridNode;
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use async_graphql::{Context, Object, SimpleObject, ID};
use chrono::{DateTime, NaiveDate, Utc};
use entity::integrity_signal::{self, IntegritySignalKind, IntegritySignalStatus};

/// A finding of the integrity scan (诚信预警) the caller may see.
pub struct IntegritySignal(pub Authorized<integrity_signal::Model>);

/// The figures a signal's sentence is made of; each kind fills its own.
#[derive(SimpleObject)]
pub struct IntegritySignalSummary {
    /// The person concerned (their name when the scan ran).
    pub person_name: Option<String>,
    /// The shared phone, masked (SHARED_PHONE).
    pub phone_masked: Option<String>,
    /// How many records, posts or persons.
    pub count: Option<i32>,
    /// Metres between two places (IMPOSSIBLE_TRAVEL, FAR_FROM_NODE).
    pub distance_m: Option<i64>,
    /// Minutes between the records (IMPOSSIBLE_TRAVEL, RECORD_BURST).
    pub minutes: Option<i64>,
    /// The speed the travel would have needed, in km/h.
    pub speed_kmh: Option<i64>,
    /// The year that was paid (PAID_WITHOUT_RECORDS).
    pub year: Option<i32>,
}

impl From<Facts> for IntegritySignalSummary {
    fn from(f: Facts) -> Self {
        IntegritySignalSummary {
            person_name: f.person_name,
            phone_masked: f.phone_masked,
            count: f.count,
            distance_m: f.distance_m,
            minutes: f.minutes,
            speed_kmh: f.speed_kmh,
            year: f.year,
        }
    }
}

/// One record behind a signal.
pub struct IntegrityEvidence(Evidence);

/// One record behind a signal: its kind and id, where, when, whose.
#[Object]
impl IntegrityEvidence {
    /// What kind of record it is.
    async fn kind(&self) -> EvidenceKind {
        self.0.kind
    }
    /// The record's id (an appointment, person, inspection, photo or
    /// payroll line).
    async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// Where the record sits, when the caller may see it.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<Option<GridNode>> {
        match self.0.node_id {
            Some(id) => Ok(loaders::node_if_visible(ctx, id).await?.map(GridNode)),
            None => Ok(None),
        }
    }
    /// Whose record it is (the name when the scan ran).
    async fn person_name(&self) -> Option<&str> {
        self.0.person_name.as_deref()
    }
    /// Its day: a post's start, an inspection's day, a payroll's year end.
    async fn on(&self) -> Option<NaiveDate> {
        self.0.on
    }
    /// A post's end (its first day out of post).
    async fn until(&self) -> Option<NaiveDate> {
        self.0.until
    }
    /// When it happened (inspections).
    async fn at(&self) -> Option<DateTime<Utc>> {
        self.0.at
    }
    /// Where it was recorded (WGS 84).
    async fn latitude(&self) -> Option<f64> {
        self.0.latitude
    }
    /// Where it was recorded (WGS 84).
    async fn longitude(&self) -> Option<f64> {
        self.0.longitude
    }
}

/// A finding of the integrity scan (诚信预警): what looks like an invented
/// officer or a diverted subsidy, with the records behind it. Open until
/// the county office dismisses it with a reason; never deleted.
#[Object]
impl IntegritySignal {
    /// The signal's id: a random UUID.
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// What looks wrong.
    async fn kind(&self) -> IntegritySignalKind {
        self.0.kind
    }
    /// OPEN, or DISMISSED with a reason.
    async fn status(&self) -> IntegritySignalStatus {
        self.0.status
    }
    /// Where it is the business of: the lowest node holding every record
    /// behind it.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(loaders::node(ctx, self.0.node_id).await?))
    }
    /// The figures the web app phrases the signal with.
    async fn summary(&self) -> IntegritySignalSummary {
        serde_json::from_str::<Facts>(&self.0.facts)
            .unwrap_or_default()
            .into()
    }
    /// The records behind it.
    // Two posts, a burst of a handful of records, a photo on a few.
    #[graphql(complexity = "crate::pagination::list_cost(6, child_complexity)")]
    async fn evidence(&self) -> Vec<IntegrityEvidence> {
        serde_json::from_str::<Vec<Evidence>>(&self.0.evidence)
            .unwrap_or_default()
            .into_iter()
            .map(IntegrityEvidence)
            .collect()
    }
    /// When a scan first found it.
    async fn detected_at(&self) -> DateTime<Utc> {
        self.0.detected_at
    }
    /// When a scan last found it with new evidence.
    async fn last_detected_at(&self) -> DateTime<Utc> {
        self.0.last_detected_at
    }
    /// Who dismissed it (their real name), once dismissed.
    async fn dismissed_by(&self, ctx: &Context<'_>) -> GqlResult<Option<String>> {
        match self.0.dismissed_by {
            Some(id) => Ok(loaders::account_name(ctx, &self.0, id).await?),
            None => Ok(None),
        }
    }
    /// When it was dismissed.
    async fn dismissed_at(&self) -> Option<DateTime<Utc>> {
        self.0.dismissed_at
    }
    /// Why it was dismissed.
    async fn dismiss_reason(&self) -> Option<&str> {
        self.0.dismiss_reason.as_deref()
    }
    /// Bumped by each change.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// What the caller may do with it now, by the server's own decision.
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<Action>> {
        Ok(authz::allowed_actions(scope(ctx)?, &*self.0))
    }
}

/// What one scan did.
#[derive(SimpleObject)]
pub struct IntegrityScan {
    /// Findings the scan made (each one signal, new or found before).
    pub found: i32,
    /// Of those, signals made by this scan.
    pub new: i32,
}

#[derive(Default)]
pub struct IntegritySignalsQuery;

#[Object]
impl IntegritySignalsQuery {
    /// The integrity signals at or below a node, newest first.
    #[graphql(complexity = "crate::pagination::cost(first, None, child_complexity)")]
    async fn integrity_signals(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Signals at or below this node (a county, a township).")] under: ID,
        #[graphql(desc = "Only this kind.")] kind: Option<IntegritySignalKind>,
        #[graphql(desc = "Only this status.")] status: Option<IntegritySignalStatus>,
        #[graphql(desc = "Page size (at most 100; default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
    ) -> GqlResult<Conn<IntegritySignal>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, None, None)?;
        let filter = queries::Filter {
            under: ids::parse(&under)?,
            kind,
            status,
        };
        let (rows, window) = queries::list(&st.db, sc, filter, page).await?;
        Ok(connection(
            rows.into_iter().map(IntegritySignal).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct IntegritySignalsMutation;

#[Object]
impl IntegritySignalsMutation {
    /// Scans a node's subtree now (the county office): every finding not
    /// seen before becomes an OPEN signal; one seen before keeps its status.
    async fn scan_integrity(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The node whose subtree is scanned (a county).")] under: ID,
    ) -> GqlResult<IntegrityScan> {
        let (st, req, sc) = all(ctx)?;
        let outcome = run::on_request(st, req, sc, ids::parse(&under)?).await?;
        Ok(IntegrityScan {
            found: i32::try_from(outcome.found).unwrap_or(i32::MAX),
            new: i32::try_from(outcome.new).unwrap_or(i32::MAX),
        })
    }

    /// Dismisses a signal with the reason (the county office only); it
    /// stays, DISMISSED, and a later scan leaves it so.
    async fn dismiss_integrity_signal(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The signal.")] id: ID,
        #[graphql(desc = "Why it is dismissed (required, at most 500 characters).")] reason: String,
    ) -> GqlResult<IntegritySignal> {
        let (st, req, sc) = all(ctx)?;
        let after = dismiss::dismiss(st, req, sc, ids::parse(&id)?, &reason).await?;
        Ok(IntegritySignal(authz::authorize(sc, Action::Read, after)?))
    }
}
