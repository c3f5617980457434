//! Integrity signals (诚信预警): what the county's scan found under a node,
//! page by page, how many of each kind, running the scan and dismissing a
//! signal with a reason.

use serde::Deserialize;
use serde_json::json;

use super::{Action, ApiError, Client, Connection};

pub const INTEGRITY_PAGE_SIZE: i64 = 20;

/// What looks wrong (`IntegritySignalKind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IntegritySignalKind {
    SamePersonTwoPosts,
    SharedPhone,
    PaidWithoutRecords,
    ImpossibleTravel,
    ReusedPhoto,
    RecordBurst,
    FarFromNode,
    /// A kind added on the server after this build.
    #[serde(other)]
    Other,
}

impl IntegritySignalKind {
    pub const ALL: [IntegritySignalKind; 7] = [
        IntegritySignalKind::SamePersonTwoPosts,
        IntegritySignalKind::SharedPhone,
        IntegritySignalKind::PaidWithoutRecords,
        IntegritySignalKind::ImpossibleTravel,
        IntegritySignalKind::ReusedPhoto,
        IntegritySignalKind::RecordBurst,
        IntegritySignalKind::FarFromNode,
    ];

    /// The value the server takes, also the one in the page's URL.
    pub fn slug(self) -> &'static str {
        match self {
            IntegritySignalKind::SamePersonTwoPosts => "SAME_PERSON_TWO_POSTS",
            IntegritySignalKind::SharedPhone => "SHARED_PHONE",
            IntegritySignalKind::PaidWithoutRecords => "PAID_WITHOUT_RECORDS",
            IntegritySignalKind::ImpossibleTravel => "IMPOSSIBLE_TRAVEL",
            IntegritySignalKind::ReusedPhoto => "REUSED_PHOTO",
            IntegritySignalKind::RecordBurst => "RECORD_BURST",
            IntegritySignalKind::FarFromNode => "FAR_FROM_NODE",
            IntegritySignalKind::Other => "",
        }
    }

    pub fn from_slug(slug: &str) -> Option<IntegritySignalKind> {
        Self::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// OPEN, or DISMISSED with a reason (`IntegritySignalStatus`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IntegritySignalStatus {
    Open,
    Dismissed,
    #[serde(other)]
    Other,
}

impl IntegritySignalStatus {
    pub fn slug(self) -> &'static str {
        match self {
            IntegritySignalStatus::Dismissed => "DISMISSED",
            _ => "OPEN",
        }
    }
}

/// Which kind of record a piece of evidence is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IntegrityEvidenceKind {
    Appointment,
    Person,
    Inspection,
    Photo,
    PayrollLine,
    #[serde(other)]
    Other,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct IntegrityPlace {
    pub id: String,
    pub name: String,
}

/// The figures a signal's sentence is made of; each kind fills its own.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IntegritySummary {
    pub person_name: Option<String>,
    pub phone_masked: Option<String>,
    pub count: Option<i32>,
    pub distance_m: Option<i64>,
    pub minutes: Option<i64>,
    pub speed_kmh: Option<i64>,
    pub year: Option<i32>,
}

/// One record behind a signal.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IntegrityEvidence {
    pub kind: IntegrityEvidenceKind,
    pub id: String,
    /// None where the caller may not see the record's node.
    pub node: Option<IntegrityPlace>,
    pub person_name: Option<String>,
    pub on: Option<String>,
    pub until: Option<String>,
    pub at: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IntegritySignal {
    pub id: String,
    pub kind: IntegritySignalKind,
    pub status: IntegritySignalStatus,
    pub node: IntegrityPlace,
    pub summary: IntegritySummary,
    pub evidence: Vec<IntegrityEvidence>,
    pub detected_at: String,
    pub last_detected_at: String,
    /// The real name of who dismissed it.
    pub dismissed_by: Option<String>,
    pub dismissed_at: Option<String>,
    pub dismiss_reason: Option<String>,
    pub version: i64,
    #[serde(default)]
    pub allowed_actions: Vec<Action>,
}

impl IntegritySignal {
    pub fn dismissable(&self) -> bool {
        self.allowed_actions
            .contains(&Action::DismissIntegritySignal)
    }
}

/// One page's question: under a node, perhaps one kind, perhaps one status.
#[derive(Clone, Debug, PartialEq)]
pub struct IntegrityQuery {
    pub under: String,
    pub kind: Option<IntegritySignalKind>,
    pub status: Option<IntegritySignalStatus>,
}

pub async fn integrity_signals_page(
    client: &Client,
    q: &IntegrityQuery,
    after: Option<String>,
) -> Result<Connection<IntegritySignal>, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        integrity_signals: Connection<IntegritySignal>,
    }
    let query = include_str!("queries/integrity_signals.graphql");
    let vars = json!({ "under": q.under, "kind": q.kind.map(|k| k.slug()),
        "status": q.status.map(|s| s.slug()), "first": INTEGRITY_PAGE_SIZE, "after": after });
    let data: Data = client.run(query, vars).await?;
    Ok(data.integrity_signals)
}

/// How many signals of each kind, in [`IntegritySignalKind::ALL`]'s order.
pub async fn integrity_counts(
    client: &Client,
    under: &str,
    status: Option<IntegritySignalStatus>,
) -> Result<Vec<(IntegritySignalKind, i64)>, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Count {
        total_count: i64,
    }
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        same_person_two_posts: Count,
        shared_phone: Count,
        paid_without_records: Count,
        impossible_travel: Count,
        reused_photo: Count,
        record_burst: Count,
        far_from_node: Count,
    }
    let query = include_str!("queries/integrity_counts.graphql");
    let d: Data = client
        .run(
            query,
            json!({ "under": under, "status": status.map(|s| s.slug()) }),
        )
        .await?;
    let counts = [
        d.same_person_two_posts,
        d.shared_phone,
        d.paid_without_records,
        d.impossible_travel,
        d.reused_photo,
        d.record_burst,
        d.far_from_node,
    ];
    Ok(IntegritySignalKind::ALL
        .into_iter()
        .zip(counts.into_iter().map(|c| c.total_count))
        .collect())
}

/// What one scan did: findings, and how many of them are new.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
pub struct IntegrityScan {
    pub found: i32,
    pub new: i32,
}

pub async fn scan_integrity(client: &Client, under: &str) -> Result<IntegrityScan, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        scan_integrity: IntegrityScan,
    }
    let query = include_str!("queries/scan_integrity.graphql");
    let data: Data = client.run(query, json!({ "under": under })).await?;
    Ok(data.scan_integrity)
}

/// Dismisses the signal; answers its id.
pub async fn dismiss_integrity_signal(
    client: &Client,
    id: &str,
    reason: &str,
) -> Result<String, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        dismiss_integrity_signal: super::IdOnly,
    }
    let query = include_str!("queries/dismiss_integrity_signal.graphql");
    let data: Data = client
        .run(query, json!({ "id": id, "reason": reason }))
        .await?;
    Ok(data.dismiss_integrity_signal.id)
}
