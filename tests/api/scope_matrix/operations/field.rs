//! Operations for the field-work fields (hazards, inspections, quotas, the
//! month table): the documents and the records the province administrator
//! sets up at the target node first.
use super::{Fixtures, Prepared, Target};
use crate::helpers::fixtures::ROOT_USERNAME;
use serde_json::{json, Value};

const HAZARDS: &str =
    "query($under: ID) { hazards(under: $under, first: 100) { totalCount nodes { id } } }";
const HAZARD: &str =
    "query($id: ID!) { hazard(id: $id) { id node { id } handlingNode { id } history { action } } }";
const REPORT_HAZARD: &str =
    "mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id version } }";
const PLAN: &str = "mutation($id: ID!, $d: NaiveDate!) { planRectification(id: $id, deadline: $d, measures: \"设置警示牌\") { id } }";
const FIX: &str = "mutation($id: ID!, $p: ID!) { fixHazardOnSpot(id: $id, note: \"当场清除\", photoIds: [$p]) { id } }";
const RECTIFY: &str = "mutation($id: ID!) { rectifyHazard(id: $id, note: \"已整改\") { id } }";
const VERIFY: &str =
    "mutation($id: ID!) { verifyHazard(id: $id, passed: true, note: \"复查合格\") { id } }";
const REOPEN: &str = "mutation($id: ID!) { reopenHazard(id: $id, reason: \"再次出现\") { id } }";
const ESCALATE: &str =
    "mutation($id: ID!) { escalateHazard(id: $id, reason: \"无法处理\") { id } }";
const EDIT_HAZARD: &str = "mutation($id: ID!, $v: Int!) { editHazard(id: $id, version: $v, title: \"更正标题\", reason: \"笔误\") { id } }";
/// Inspections, like appointments, are made at villages and groups only.
pub const INSPECTION_FIELDS: [&str; 4] = [
    "inspections",
    "inspection",
    "recordInspection",
    "correctInspection",
];
const INSPECTIONS: &str =
    "query($under: ID) { inspections(under: $under, first: 100) { totalCount nodes { id } } }";
const INSPECTION: &str =
    "query($id: ID!) { inspection(id: $id) { id node { id } sectors { code } person { name } authorName } }";
const RECORD_INSPECTION: &str =
    "mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id version } }";
const CORRECT_INSPECTION: &str = "mutation($id: ID!, $version: Int!) { correctInspection(id: $id, version: $version, notes: \"矩阵更正\") { id } }";
const MONTH_QUOTA: &str = "query($nodeId: ID!, $month: Month!) { monthQuota(nodeId: $nodeId, month: $month) { completenessRate posts { done } } }";
const MONTH_OVERVIEW: &str = "query($nodeId: ID!, $month: Month!) { monthOverview(nodeId: $nodeId, month: $month) { node { id } inspectionsDone hazardsOpen } }";

fn in_days(days: i64) -> String {
    (api::clock::today() + chrono::Duration::days(days)).to_string()
}

/// A record input for `node` (a village or a group), made a minute ago.
fn inspection_input(node: &Target, key: String) -> Value {
    let kind = if node.level == 6 {
        "GROUP_PATROL"
    } else {
        "VILLAGE_INSPECTION"
    };
    let at = (chrono::Utc::now() - chrono::Duration::minutes(1)).to_rfc3339();
    json!({ "nodeId": node.id, "kind": kind, "occurredAt": at, "sectors": ["FIRE"],
            "notes": "矩阵检查记录", "idempotencyKey": key })
}

fn this_month() -> String {
    api::clock::today().format("%Y-%m").to_string()
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
    /// A photo uploaded by `username` and not yet used.
    async fn photo_of(&self, username: &str) -> String {
        crate::hazards::fixtures::uploaded_photo(self.app, username).await
    }

    /// A hazard the root reports at `node` (`extra` merged into the input),
    /// then moved along by `steps` (root's mutations).
    async fn hazard_at(&self, node: &Target, extra: Value, steps: &[&str]) -> (String, i64) {
        let input = crate::hazards::fixtures::hazard_input(&node.id, extra);
        let data = self.as_root(REPORT_HAZARD, json!({ "input": input })).await;
        let id = data["reportHazard"]["id"].as_str().unwrap().to_string();
        let mut version = data["reportHazard"]["version"].as_i64().unwrap();
        for step in steps {
            let document = match *step {
                "plan" => PLAN,
                _ => RECTIFY,
            };
            let d = self
                .as_root(document, json!({ "id": id, "d": in_days(5) }))
                .await;
            assert!(!d.is_null());
            version += 1;
        }
        (id, version)
    }

    async fn inspection_at(&self, node: &Target) -> (String, i64) {
        let input = inspection_input(node, format!("matrix-{}", uuid::Uuid::new_v4().simple()));
        let data = self
            .as_root(RECORD_INSPECTION, json!({ "input": input }))
            .await;
        let r = &data["recordInspection"];
        (
            r["id"].as_str().unwrap().to_string(),
            r["version"].as_i64().unwrap(),
        )
    }

    /// What a field-work row needs at `node`; `None` for other fields.
    pub(super) async fn prepare_field(&self, field: &str, node: &Target) -> Option<Prepared> {
        let p = prepared;
        Some(match field {
            "hazards" => {
                let (id, _) = self.hazard_at(node, json!({}), &[]).await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(HAZARDS, json!({ "under": node.id }), &["under"])
                }
            }
            "hazard" => {
                let (id, _) = self.hazard_at(node, json!({}), &[]).await;
                Prepared {
                    record_id: Some(id.clone()),
                    ..p(HAZARD, json!({ "id": id }), &["id"])
                }
            }
            "reportHazard" => {
                let input = crate::hazards::fixtures::hazard_input(&node.id, json!({}));
                p(
                    REPORT_HAZARD,
                    json!({ "input": input }),
                    &["input", "nodeId"],
                )
            }
            "planRectification" => {
                let (id, _) = self.hazard_at(node, json!({}), &[]).await;
                p(PLAN, json!({ "id": id, "d": in_days(7) }), &["id"])
            }
            "fixHazardOnSpot" => {
                let (id, _) = self.hazard_at(node, json!({}), &[]).await;
                let photo = self.photo_of(self.caller.unwrap_or(ROOT_USERNAME)).await;
                p(FIX, json!({ "id": id, "p": photo }), &["id"])
            }
            "rectifyHazard" => {
                let (id, _) = self.hazard_at(node, json!({}), &["plan"]).await;
                p(RECTIFY, json!({ "id": id }), &["id"])
            }
            "verifyHazard" => {
                // Rectified by the root, so any caller is "someone else".
                let (id, _) = self.hazard_at(node, json!({}), &["plan", "rectify"]).await;
                p(VERIFY, json!({ "id": id }), &["id"])
            }
            "reopenHazard" => {
                let photo = self.photo_of(ROOT_USERNAME).await;
                let extra =
                    json!({ "fixedOnSpot": true, "fixNote": "当场清除", "photoIds": [photo] });
                let (id, _) = self.hazard_at(node, extra, &[]).await;
                p(REOPEN, json!({ "id": id }), &["id"])
            }
            "escalateHazard" => {
                let (id, _) = self.hazard_at(node, json!({}), &[]).await;
                p(ESCALATE, json!({ "id": id }), &["id"])
            }
            "editHazard" => {
                let (id, version) = self.hazard_at(node, json!({}), &[]).await;
                p(EDIT_HAZARD, json!({ "id": id, "v": version }), &["id"])
            }
            "inspections" => {
                let (id, _) = self.inspection_at(node).await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(INSPECTIONS, json!({ "under": node.id }), &["under"])
                }
            }
            "inspection" => {
                let (id, _) = self.inspection_at(node).await;
                Prepared {
                    record_id: Some(id.clone()),
                    ..p(INSPECTION, json!({ "id": id }), &["id"])
                }
            }
            "recordInspection" => {
                let key = format!("matrix-{}", uuid::Uuid::new_v4().simple());
                p(
                    RECORD_INSPECTION,
                    json!({ "input": inspection_input(node, key) }),
                    &["input", "nodeId"],
                )
            }
            "correctInspection" => {
                let (id, version) = self.inspection_at(node).await;
                p(
                    CORRECT_INSPECTION,
                    json!({ "id": id, "version": version }),
                    &["id"],
                )
            }
            "monthQuota" => p(
                MONTH_QUOTA,
                json!({ "nodeId": node.id, "month": this_month() }),
                &["nodeId"],
            ),
            "monthOverview" => p(
                MONTH_OVERVIEW,
                json!({ "nodeId": node.id, "month": this_month() }),
                &["nodeId"],
            ),
            _ => return None,
        })
    }
}
