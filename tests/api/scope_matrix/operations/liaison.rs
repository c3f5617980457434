//! Operations for the liaison rows: each record made by the province
//! administrator at the target group, then listed, recorded or corrected.
use super::{Fixtures, Prepared, Target};
use serde_json::{json, Value};

fn key() -> String {
    format!("matrix-{}", uuid::Uuid::new_v4().simple())
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339()
}

fn input(field: &str, node_id: &str) -> Value {
    match field {
        "notice" => {
            json!({ "nodeId": node_id, "kind": "FUNERAL", "hostName": "矩阵户", "date": api::clock::today().to_string(),
                             "place": "组里", "expectedGuests": 50, "idempotencyKey": key() })
        }
        "vehicle" => {
            json!({ "nodeId": node_id, "plate": format!("贵C{:05}", rand_serial()), "kind": "CAR",
                              "ownerName": "矩阵车主", "ownerPhone": "13800138000", "licensed": true, "idempotencyKey": key() })
        }
        "talk" => {
            json!({ "nodeId": node_id, "driverName": "矩阵司机", "talkedAt": now(), "reason": "NO_HELMET", "idempotencyKey": key() })
        }
        _ => {
            json!({ "nodeId": node_id, "topic": "ROAD_TRAFFIC", "givenAt": now(), "households": 5, "idempotencyKey": key() })
        }
    }
}

fn rand_serial() -> u32 {
    (uuid::Uuid::new_v4().as_u128() % 100_000) as u32
}

const RECORD_NOTICE: &str =
    "mutation($input: RecordCeremonyNoticeInput!) { recordCeremonyNotice(input: $input) { id } }";
const RECORD_REMINDER: &str =
    "mutation($input: RecordOnSiteReminderInput!) { recordOnSiteReminder(input: $input) { id } }";
const REGISTER: &str =
    "mutation($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id } }";
const RECORD_TALK: &str =
    "mutation($input: RecordPersuasionInput!) { recordPersuasion(input: $input) { id } }";
const RECORD_WARNING: &str =
    "mutation($input: RecordSeasonalWarningInput!) { recordSeasonalWarning(input: $input) { id } }";

fn prepared(document: &'static str, vars: Value, target_path: &'static [&'static str]) -> Prepared {
    Prepared {
        document,
        vars,
        target_path,
        record_id: None,
        unfiltered: None,
    }
}

fn list(document: &'static str, id: String, node: &Target) -> Prepared {
    Prepared {
        record_id: Some(id),
        unfiltered: Some(json!({})),
        ..prepared(document, json!({ "under": node.id }), &["under"])
    }
}

impl Fixtures<'_> {
    async fn made_liaison(&self, doc: &str, field: &str, vars: Value) -> String {
        let data = self.as_root(doc, json!({ "input": vars })).await;
        data[field]["id"].as_str().unwrap().to_string()
    }

    async fn notice_at(&self, node: &Target) -> String {
        self.made_liaison(
            RECORD_NOTICE,
            "recordCeremonyNotice",
            input("notice", &node.id),
        )
        .await
    }

    async fn reminder_at(&self, node: &Target) -> String {
        let notice = self.notice_at(node).await;
        let vars = json!({ "ceremonyNoticeId": notice, "remindedAt": now(), "topics": ["GAS"], "idempotencyKey": key() });
        self.made_liaison(RECORD_REMINDER, "recordOnSiteReminder", vars)
            .await
    }

    pub(super) async fn prepare_liaison(&self, field: &str, node: &Target) -> Option<Prepared> {
        let p = prepared;
        Some(match field {
            "ceremonyNotices" => list("query($under: ID) { ceremonyNotices(under: $under, first: 100) { totalCount nodes { id reminders { id } allowedActions } } }", self.notice_at(node).await, node),
            "onSiteReminders" => list("query($under: ID) { onSiteReminders(under: $under, first: 100) { totalCount nodes { id ceremonyNotice { id } } } }", self.reminder_at(node).await, node),
            "vehicles" => list("query($under: ID) { vehicles(under: $under, first: 100) { totalCount nodes { id ownerPhone } } }", self.made_liaison(REGISTER, "registerVehicle", input("vehicle", &node.id)).await, node),
            "persuasions" => list("query($under: ID) { persuasions(under: $under, first: 100) { totalCount nodes { id vehicle { id } } } }", self.made_liaison(RECORD_TALK, "recordPersuasion", input("talk", &node.id)).await, node),
            "seasonalWarnings" => list("query($under: ID) { seasonalWarnings(under: $under, first: 100) { totalCount nodes { id topic } } }", self.made_liaison(RECORD_WARNING, "recordSeasonalWarning", input("warning", &node.id)).await, node),
            "recordCeremonyNotice" => p(RECORD_NOTICE, json!({ "input": input("notice", &node.id) }), &["input", "nodeId"]),
            "registerVehicle" => p(REGISTER, json!({ "input": input("vehicle", &node.id) }), &["input", "nodeId"]),
            "recordPersuasion" => p(RECORD_TALK, json!({ "input": input("talk", &node.id) }), &["input", "nodeId"]),
            "recordSeasonalWarning" => p(RECORD_WARNING, json!({ "input": input("warning", &node.id) }), &["input", "nodeId"]),
            "recordOnSiteReminder" => {
                let notice = self.notice_at(node).await;
                let vars = json!({ "ceremonyNoticeId": notice, "remindedAt": now(), "topics": ["FIREWORKS"], "idempotencyKey": key() });
                p(RECORD_REMINDER, json!({ "input": vars }), &["input", "ceremonyNoticeId"])
            }
            "correctCeremonyNotice" => p("mutation($id: ID!) { correctCeremonyNotice(id: $id, version: 1, reason: \"矩阵更正\", notes: \"改\") { id } }", json!({ "id": self.notice_at(node).await }), &["id"]),
            "correctOnSiteReminder" => p("mutation($id: ID!) { correctOnSiteReminder(id: $id, version: 1, reason: \"矩阵更正\", notes: \"改\") { id } }", json!({ "id": self.reminder_at(node).await }), &["id"]),
            "updateVehicle" => p("mutation($id: ID!) { updateVehicle(id: $id, version: 1, reason: \"矩阵更正\", licensed: false) { id } }", json!({ "id": self.made_liaison(REGISTER, "registerVehicle", input("vehicle", &node.id)).await }), &["id"]),
            "retireVehicle" => p("mutation($id: ID!) { retireVehicle(id: $id, reason: \"矩阵注销\") { id } }", json!({ "id": self.made_liaison(REGISTER, "registerVehicle", input("vehicle", &node.id)).await }), &["id"]),
            "correctPersuasion" => p("mutation($id: ID!) { correctPersuasion(id: $id, version: 1, why: \"矩阵更正\", notes: \"改\") { id } }", json!({ "id": self.made_liaison(RECORD_TALK, "recordPersuasion", input("talk", &node.id)).await }), &["id"]),
            "correctSeasonalWarning" => p("mutation($id: ID!) { correctSeasonalWarning(id: $id, version: 1, reason: \"矩阵更正\", households: 6) { id } }", json!({ "id": self.made_liaison(RECORD_WARNING, "recordSeasonalWarning", input("warning", &node.id)).await }), &["id"]),
            _ => return None,
        })
    }
}
