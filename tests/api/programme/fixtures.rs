//! Shortcuts for programme tests.
use crate::helpers::{Answer, Session, TestApp};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde_json::{json, Value};
use uuid::Uuid;

pub const RECORD_MEETING: &str = "mutation($input: RecordMeetingInput!) {
  recordMeeting(input: $input) {
    id kind heldOn topics coversGridWork attendeeCount minutes version on
    node { id } authorName allowedActions documents { id title } photos { id }
    attendees { id name }
  }
}";

pub const MEETINGS: &str =
    "query($under: ID, $kind: MeetingKind, $from: NaiveDate, $to: NaiveDate) {
  meetings(under: $under, kind: $kind, from: $from, to: $to, first: 100) {
    totalCount nodes { id kind heldOn }
  }
}";

pub fn key() -> String {
    format!("test-{}", Uuid::new_v4().simple())
}

/// A meeting input at `node_id`; tests change what they are about.
pub fn meeting(node_id: &str, kind: &str, held_on: &str) -> Value {
    json!({
        "nodeId": node_id, "kind": kind, "heldOn": held_on,
        "topics": "防溺水、柴草堆放 (drowning, firewood piles)",
        "coversGridWork": true, "attendeeCount": 15,
        "minutes": "传达县安委办通知，布置网格化管理工作",
        "idempotencyKey": key(),
    })
}

impl TestApp {
    pub async fn record_meeting(&self, s: &Session, input: Value) -> Answer {
        self.query(&s.access_token, RECORD_MEETING, json!({ "input": input }))
            .await
    }
}

/// A document row stored straight in the database at `node_id` (the file
/// itself is not needed for listing and reading the row).
pub async fn stored_document(app: &TestApp, node_id: &str, kind: &str) -> String {
    let node_id = Uuid::parse_str(node_id).unwrap();
    let node = entity::grid_node::Entity::find_by_id(node_id)
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let root = entity::account::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let id = Uuid::new_v4();
    entity::document::ActiveModel {
        id: Set(id),
        node_id: Set(node.id),
        node_code: Set(node.code),
        kind: Set(kind.into()),
        title: Set("实施方案".into()),
        sha256: Set(format!("{:064x}", id.as_u128())),
        mime: Set("application/pdf".into()),
        byte_size: Set(1000),
        supersedes_id: Set(None),
        version: Set(1),
        uploaded_by: Set(root.id),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(&app.state.db)
    .await
    .unwrap();
    id.to_string()
}
