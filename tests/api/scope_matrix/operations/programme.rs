//! Operations for the programme rows: a village safety meeting the
//! province administrator records at the target village, and a document
//! stored at the target node.
use super::{Fixtures, Prepared, Target};
use serde_json::{json, Value};

const MEETINGS: &str =
    "query($under: ID) { meetings(under: $under, first: 100) { totalCount nodes { id } } }";
const MEETING: &str = "query($id: ID!) { meeting(id: $id) { id kind heldOn node { id } authorName attendees { id } documents { id } earlierVersions { version } allowedActions } }";
const RECORD_MEETING: &str =
    "mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id version } }";
const CORRECT_MEETING: &str = "mutation($id: ID!, $version: Int!) { correctMeeting(id: $id, version: $version, reason: \"矩阵更正\", topics: \"更正议题\") { id } }";
const APPOINT_LEADER: &str = "mutation($input: AppointInput!) { appoint(input: $input) { id } }";
const ASSIGN_VILLAGES: &str = "mutation($id: ID!, $since: NaiveDate!) { assignVillages(appointmentId: $id, villageIds: [], since: $since) { id } }";
const SUBMIT_ROSTER: &str = "mutation($t: ID!) { submitRoster(townshipId: $t) { id entryCount } }";
const ROSTERS: &str = "query($under: ID) { rosterSubmissions(under: $under, first: 100) { totalCount nodes { id } } }";
const DOCUMENTS: &str =
    "query($under: ID) { documents(under: $under, first: 100) { totalCount nodes { id } } }";
const YEAR_OVERVIEW: &str = "query($nodeId: ID!, $year: Int!) { yearOverview(nodeId: $nodeId, year: $year) { node { id } meetingsHeld meetingsExpected } }";
const DOCUMENT: &str =
    "query($id: ID!) { document(id: $id) { id kind title node { id } allowedActions } }";

pub fn meeting_input(node_id: &str) -> Value {
    json!({ "nodeId": node_id, "kind": "VILLAGE_SAFETY", "heldOn": api::clock::today().to_string(),
            "topics": "防溺水、用电安全", "coversGridWork": true, "minutes": "矩阵会议记录",
            "attendeeCount": 12,
            "idempotencyKey": format!("matrix-{}", uuid::Uuid::new_v4().simple()) })
}

fn prepared(document: &'static str, vars: Value, target_path: &'static [&'static str]) -> Prepared {
    Prepared {
        document,
        vars,
        target_path,
        record_id: None,
        unfiltered: None,
    }
}

impl Fixtures<'_> {
    async fn meeting_at(&self, node: &Target) -> (String, i64) {
        let data = self
            .as_root(RECORD_MEETING, json!({ "input": meeting_input(&node.id) }))
            .await;
        let m = &data["recordMeeting"];
        (
            m["id"].as_str().unwrap().to_string(),
            m["version"].as_i64().unwrap(),
        )
    }

    /// A township leader at `node` (a township), appointed today.
    pub(super) async fn leader_at(&self, node: &Target) -> String {
        let n = uuid::Uuid::new_v4().simple().to_string();
        let input = json!({ "nodeId": node.id, "role": "TOWNSHIP_LEADER", "startDate": api::clock::today().to_string(),
                            "newPerson": { "name": format!("矩阵领导{}", &n[..4]), "phone": "13900001234" } });
        let data = self
            .as_root(APPOINT_LEADER, json!({ "input": input }))
            .await;
        data["appoint"]["id"].as_str().unwrap().to_string()
    }

    async fn document_at(&self, node: &Target) -> String {
        crate::programme::fixtures::stored_document(self.app, &node.id, "IMPLEMENTATION_PLAN").await
    }

    pub(super) async fn prepare_programme(&self, field: &str, node: &Target) -> Option<Prepared> {
        let p = prepared;
        Some(match field {
            "yearOverview" => p(
                YEAR_OVERVIEW,
                json!({ "nodeId": node.id, "year": chrono::Datelike::year(&api::clock::today()) }),
                &["nodeId"],
            ),
            "submitRoster" => p(SUBMIT_ROSTER, json!({ "t": node.id }), &["t"]),
            "rosterSubmissions" => {
                let data = self.as_root(SUBMIT_ROSTER, json!({ "t": node.id })).await;
                let id = data["submitRoster"]["id"].as_str().unwrap().to_string();
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(ROSTERS, json!({ "under": node.id }), &["under"])
                }
            }
            "meetings" => {
                let (id, _) = self.meeting_at(node).await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(MEETINGS, json!({ "under": node.id }), &["under"])
                }
            }
            "meeting" => {
                let (id, _) = self.meeting_at(node).await;
                Prepared {
                    record_id: Some(id.clone()),
                    ..p(MEETING, json!({ "id": id }), &["id"])
                }
            }
            "recordMeeting" => p(
                RECORD_MEETING,
                json!({ "input": meeting_input(&node.id) }),
                &["input", "nodeId"],
            ),
            "correctMeeting" => {
                let (id, version) = self.meeting_at(node).await;
                p(
                    CORRECT_MEETING,
                    json!({ "id": id, "version": version }),
                    &["id"],
                )
            }
            "documents" => {
                let id = self.document_at(node).await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(DOCUMENTS, json!({ "under": node.id }), &["under"])
                }
            }
            "document" => {
                let id = self.document_at(node).await;
                Prepared {
                    record_id: Some(id.clone()),
                    ..p(DOCUMENT, json!({ "id": id }), &["id"])
                }
            }
            "assignVillages" => {
                let id = self.leader_at(node).await;
                p(
                    ASSIGN_VILLAGES,
                    json!({ "id": id, "since": api::clock::today().to_string() }),
                    &["id"],
                )
            }
            other => return self.prepare_kinds(other, node).await,
        })
    }
}
