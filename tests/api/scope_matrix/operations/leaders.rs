//! Operations for the township leaders' rows: a duty report the province
//! administrator files for a leader appointed today at the target township.
use super::{Fixtures, Prepared, Target};
use serde_json::{json, Value};

const REPORTS: &str =
    "query($under: ID) { dutyReports(under: $under, first: 100) { totalCount nodes { id } } }";
const REPORT: &str = "query($id: ID!) { dutyReport(id: $id) { id month coversGridWork summary appointment { id } person { id } node { id } authorName documents { id } earlierVersions { version } allowedActions } }";
const RECORD_REPORT: &str =
    "mutation($input: RecordDutyReportInput!) { recordDutyReport(input: $input) { id version } }";
const CORRECT_REPORT: &str = "mutation($id: ID!, $version: Int!) { correctDutyReport(id: $id, version: $version, reason: \"矩阵更正\", coversGridWork: true) { id } }";

pub fn duty_report_input(leader: &str) -> Value {
    let month = api::clock::today().format("%Y-%m").to_string();
    json!({ "appointmentId": leader, "month": month, "coversGridWork": false,
            "summary": "走访挂包村，督促隐患整改",
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
    async fn duty_report_at(&self, node: &Target) -> (String, i64) {
        let leader = self.leader_at(node).await;
        let data = self
            .as_root(
                RECORD_REPORT,
                json!({ "input": duty_report_input(&leader) }),
            )
            .await;
        let r = &data["recordDutyReport"];
        (
            r["id"].as_str().unwrap().to_string(),
            r["version"].as_i64().unwrap(),
        )
    }

    pub(super) async fn prepare_leaders(&self, field: &str, node: &Target) -> Option<Prepared> {
        let p = prepared;
        Some(match field {
            "recordDutyReport" => {
                let leader = self.leader_at(node).await;
                p(
                    RECORD_REPORT,
                    json!({ "input": duty_report_input(&leader) }),
                    &["input", "appointmentId"],
                )
            }
            "dutyReports" => {
                let (id, _) = self.duty_report_at(node).await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(REPORTS, json!({ "under": node.id }), &["under"])
                }
            }
            "dutyReport" => {
                let (id, _) = self.duty_report_at(node).await;
                Prepared {
                    record_id: Some(id.clone()),
                    ..p(REPORT, json!({ "id": id }), &["id"])
                }
            }
            "correctDutyReport" => {
                let (id, version) = self.duty_report_at(node).await;
                p(
                    CORRECT_REPORT,
                    json!({ "id": id, "version": version }),
                    &["id"],
                )
            }
            _ => return None,
        })
    }
}
