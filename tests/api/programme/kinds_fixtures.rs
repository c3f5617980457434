//! Shortcuts for the programme kinds' tests (trainings, notebooks, …).
use crate::helpers::{Answer, Session, TestApp};
use serde_json::{json, Value};

pub const RECORD_TRAINING: &str = "mutation($input: RecordTrainingInput!) {
  recordTraining(input: $input) {
    id heldOn title topics hours notes attendeeCount version on node { id } allowedActions
    attendees { id trainingDate }
  }
}";

pub const TRAININGS: &str = "query($under: ID, $from: NaiveDate, $to: NaiveDate) {
  trainings(under: $under, from: $from, to: $to, first: 100) { totalCount nodes { id heldOn } }
}";

const POSTS: &str = "query($under: ID) {
  appointments(under: $under, first: 100) { nodes { id role trainingDate notebookIssuedDate } }
}";

const POST: &str = "query($id: ID!) { node(id: $id) { ... on Appointment {
  id trainingDate notebookIssuedDate version } } }";

const APPOINT: &str = "mutation($input: AppointInput!) { appoint(input: $input) { id } }";

/// A training input at `node_id` for `posts`.
pub fn training(node_id: &str, held_on: &str, posts: &[String]) -> Value {
    json!({
        "nodeId": node_id, "heldOn": held_on,
        "title": "网格安全员业务培训 (grid officers' training)",
        "attendeeAppointmentIds": posts, "topics": "隐患排查、台账填写", "hours": 2.5,
        "idempotencyKey": super::fixtures::key(),
    })
}

impl TestApp {
    pub async fn record_training(&self, s: &Session, input: Value) -> Answer {
        self.query(&s.access_token, RECORD_TRAINING, json!({ "input": input }))
            .await
    }

    /// The current posts' ids at or below the node with division `code`.
    pub async fn posts_under(&self, s: &Session, code: &str) -> Vec<String> {
        let under = self.node_id(code).await;
        let a = self
            .query(&s.access_token, POSTS, json!({ "under": under }))
            .await;
        a.data()["appointments"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap().to_string())
            .collect()
    }

    /// One post, as `node(id:)` shows it.
    pub async fn post(&self, s: &Session, id: &str) -> Value {
        let a = self.query(&s.access_token, POST, json!({ "id": id })).await;
        a.data()["node"].clone()
    }

    /// A new liaison at the group `code` since `start`, not yet trained
    /// nor given a notebook.
    pub async fn new_post(&self, s: &Session, code: &str, start: &str, phone: &str) -> String {
        let node = self.node_id(code).await;
        let input = json!({ "nodeId": node, "role": "GROUP_LIAISON", "startDate": start,
            "newPerson": { "name": "新任联络员", "phone": phone } });
        let a = self
            .query(&s.access_token, APPOINT, json!({ "input": input }))
            .await;
        a.data()["appoint"]["id"].as_str().unwrap().to_string()
    }
}
