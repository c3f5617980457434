//! Meetings (会议): the township's monthly safety meeting, the leading
//! group's, a village's safety meeting. The paged list under a node, one
//! meeting with its evidence and earlier versions, recording one (from the
//! outbox) and correcting one.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::{ApiError, Client, Connection, DocumentItem, NodeRef, PersonName, PhotoRef};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MeetingKind {
    TownshipMonthly,
    VillageSafety,
    LeadingGroup,
}

impl MeetingKind {
    pub const ALL: [MeetingKind; 3] = [
        MeetingKind::VillageSafety,
        MeetingKind::TownshipMonthly,
        MeetingKind::LeadingGroup,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            MeetingKind::TownshipMonthly => "TOWNSHIP_MONTHLY",
            MeetingKind::VillageSafety => "VILLAGE_SAFETY",
            MeetingKind::LeadingGroup => "LEADING_GROUP",
        }
    }
}

/// A meeting as the list shows it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MeetingItem {
    pub id: String,
    pub node: NodeRef,
    pub kind: MeetingKind,
    pub held_on: String,
    pub topics: String,
    pub covers_grid_work: bool,
    pub attendee_count: i64,
    pub author_name: String,
    pub locked: bool,
    pub version: i64,
    pub photos: Vec<Id>,
}

/// A correction's old state, as the server kept it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordVersion {
    pub version: i64,
    pub reason: String,
    pub corrected_at: String,
    /// The whole stored row as JSON.
    pub snapshot: String,
}

/// One meeting with everything the detail page shows.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MeetingDetail {
    pub id: String,
    pub node: NodeRef,
    pub kind: MeetingKind,
    pub held_on: String,
    pub topics: String,
    pub covers_grid_work: bool,
    pub attendee_count: i64,
    pub minutes: String,
    pub author_name: String,
    pub locked: bool,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
    pub allowed_actions: Vec<super::Action>,
    pub attendees: Vec<PersonName>,
    pub photos: Vec<PhotoRef>,
    pub documents: Vec<DocumentItem>,
    pub earlier_versions: Vec<RecordVersion>,
}

/// What a list of programme records is narrowed to: the node it is under,
/// a kind (the GraphQL enum value, or a code for documents) and a period
/// of days (`YYYY-MM-DD`, both ends included).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RecordFilter {
    pub under: String,
    pub kind: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

impl RecordFilter {
    /// The filter's variables plus the page wanted.
    pub fn variables(&self, first: i64, after: Option<String>) -> Value {
        json!({ "under": self.under, "kind": self.kind, "from": self.from, "to": self.to,
            "first": first, "after": after })
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Id {
    pub id: String,
}

pub async fn meetings_page(
    client: &Client,
    filter: &RecordFilter,
    first: i64,
    after: Option<String>,
) -> Result<Connection<MeetingItem>, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        meetings: Connection<MeetingItem>,
    }
    let query = include_str!("queries/meetings_page.graphql");
    let data: Data = client.run(query, filter.variables(first, after)).await?;
    Ok(data.meetings)
}

pub async fn meeting(client: &Client, id: &str) -> Result<MeetingDetail, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        meeting: MeetingDetail,
    }
    let query = include_str!("queries/meeting_detail.graphql");
    let data: Data = client.run(query, json!({ "id": id })).await?;
    Ok(data.meeting)
}

/// Sends one outbox record; `input` is a complete `RecordMeetingInput`.
/// Answers the new (or, for a repeated idempotency key, the existing) id.
pub async fn record_meeting(
    client: &Client,
    input: Value,
    timeout_ms: u32,
) -> Result<String, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        record_meeting: Id,
    }
    let query =
        "mutation Record($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }";
    let data: Data = client
        .run_within(query, json!({ "input": input }), timeout_ms)
        .await?;
    Ok(data.record_meeting.id)
}

/// What a correction changes; `None` leaves a field as it was.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MeetingCorrection {
    pub reason: String,
    pub topics: Option<String>,
    pub covers_grid_work: Option<bool>,
    pub attendee_count: Option<i64>,
    pub minutes: Option<String>,
}

pub async fn correct_meeting(
    client: &Client,
    id: &str,
    version: i64,
    change: &MeetingCorrection,
) -> Result<(), ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        #[allow(dead_code)]
        correct_meeting: Id,
    }
    let query = "mutation Correct($id: ID!, $version: Int!, $reason: String!, $topics: String, \
        $coversGridWork: Boolean, $attendeeCount: Int, $minutes: String) { correctMeeting(id: $id, \
        version: $version, reason: $reason, topics: $topics, coversGridWork: $coversGridWork, \
        attendeeCount: $attendeeCount, minutes: $minutes) { id } }";
    let vars = json!({ "id": id, "version": version, "reason": change.reason,
        "topics": change.topics, "coversGridWork": change.covers_grid_work,
        "attendeeCount": change.attendee_count, "minutes": change.minutes });
    let _: Data = client.run(query, vars).await?;
    Ok(())
}
