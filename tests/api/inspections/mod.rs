//! Inspections and the month's numbers (issue 3): scope, idempotency,
//! validation, quotas, month locking and the month overview.
mod idempotency;
mod leaders;
mod locking;
mod overview;
mod quotas;
mod roles;
mod scope;
mod validation;

use crate::helpers::{spawn_demo_app_with, Answer, Session, TestApp};
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

pub const LINGYUN: &str = "520327002204";
pub const LINGYUN_1: &str = "520327002204001";
pub const LINGYUN_2: &str = "520327002204002";
pub const HEBA: &str = "520327002";

/// 2026-11-20 12:00 in China: the middle of a running month.
pub const MID_NOVEMBER: &str = "2026-11-20T04:00:00Z";

pub const RECORD: &str = "mutation($input: RecordInspectionInput!) {
  recordInspection(input: $input) {
    id kind occurredAt notes version locked authorName
    sectors { code nameZh } node { id } person { name }
  }
}";

pub const LIST: &str = "query($under: ID, $month: Month, $kind: InspectionKind, $personId: ID, $first: Int, $after: String) {
  inspections(under: $under, month: $month, kind: $kind, personId: $personId, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id kind occurredAt node { id } }
  }
}";

pub const GET: &str = "query($id: ID!) { inspection(id: $id) { id notes version locked } }";

pub fn instant(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("an RFC 3339 instant")
        .with_timezone(&Utc)
}

/// The demo server with its clock stopped at `now`.
pub async fn app_at(now: &str) -> TestApp {
    let at = instant(now);
    spawn_demo_app_with(move |s| s.clock = api::clock::Clock::Fixed(at)).await
}

pub fn key() -> String {
    format!("test-{}", uuid::Uuid::new_v4().simple())
}

/// A valid record input; tests change what they are about.
pub fn input(node_id: &str, kind: &str, occurred_at: &str) -> Value {
    json!({
        "nodeId": node_id,
        "kind": kind,
        "occurredAt": occurred_at,
        "sectors": ["ROAD_TRAFFIC", "FIRE"],
        "notes": "检查了村道和柴草堆放 (checked the village road and firewood piles)",
        "latitude": 27.95,
        "longitude": 107.72,
        "accuracyM": 15.0,
        "idempotencyKey": key(),
    })
}

impl TestApp {
    pub async fn record(&self, s: &Session, input: Value) -> Answer {
        self.query(&s.access_token, RECORD, json!({ "input": input }))
            .await
    }

    /// Records and returns the new record's id, failing the test otherwise.
    pub async fn record_ok(&self, s: &Session, input: Value) -> String {
        let answer = self.record(s, input).await;
        answer.data()["recordInspection"]["id"]
            .as_str()
            .expect("an id")
            .to_string()
    }

    pub async fn listed(&self, s: &Session, vars: Value) -> Answer {
        self.query(&s.access_token, LIST, vars).await
    }
}

/// The ids of a list answer.
pub fn ids(answer: &Answer) -> Vec<String> {
    answer.data()["inspections"]["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| n["id"].as_str().expect("id").to_string())
        .collect()
}
