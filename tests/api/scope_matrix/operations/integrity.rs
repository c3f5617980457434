//! Operations for the integrity signal rows: a signal stored at the
//! target node straight in the database (as a scan stores one), then
//! listed, dismissed, or the node scanned.
use super::{Fixtures, Prepared, Target};
use chrono::Utc;
use entity::grid_node;
use entity::integrity_signal::{self, IntegritySignalKind, IntegritySignalStatus};
use sea_orm::{ActiveModelTrait, EntityTrait};
use serde_json::json;

const LIST: &str =
    "query($n: ID!) { integritySignals(under: $n, first: 100) { totalCount nodes { id } } }";
const SCAN: &str = "mutation($n: ID!) { scanIntegrity(under: $n) { found new } }";
const DISMISS: &str =
    "mutation($id: ID!) { dismissIntegritySignal(id: $id, reason: \"矩阵核实\") { id status } }";

fn prepared(
    document: &'static str,
    vars: serde_json::Value,
    target_path: &'static [&'static str],
) -> Prepared {
    Prepared {
        document,
        vars,
        target_path,
        record_id: None,
        unfiltered: None,
    }
}

impl Fixtures<'_> {
    /// An open signal at `node`.
    pub(super) async fn signal_at(&self, node: &Target) -> String {
        let id = uuid::Uuid::parse_str(&node.id).unwrap();
        let n = grid_node::Entity::find_by_id(id)
            .one(&self.app.state.db)
            .await
            .unwrap()
            .unwrap();
        let now = Utc::now();
        let signal = uuid::Uuid::new_v4();
        integrity_signal::ActiveModel::from(integrity_signal::Model {
            id: signal,
            fingerprint: format!("MATRIX:{signal}"),
            kind: IntegritySignalKind::SharedPhone,
            status: IntegritySignalStatus::Open,
            node_id: n.id,
            node_code: n.code,
            facts: json!({ "count": 2 }).to_string(),
            evidence: "[]".to_string(),
            detected_at: now,
            last_detected_at: now,
            dismissed_by: None,
            dismissed_at: None,
            dismiss_reason: None,
            version: 1,
            created_at: now,
            updated_at: now,
        })
        .insert(&self.app.state.db)
        .await
        .unwrap();
        signal.to_string()
    }

    pub(super) async fn prepare_integrity(&self, field: &str, node: &Target) -> Option<Prepared> {
        Some(match field {
            "integritySignals" => {
                let id = self.signal_at(node).await;
                Prepared {
                    record_id: Some(id),
                    ..prepared(LIST, json!({ "n": node.id }), &["n"])
                }
            }
            "scanIntegrity" => prepared(SCAN, json!({ "n": node.id }), &["n"]),
            "dismissIntegritySignal" => {
                let id = self.signal_at(node).await;
                prepared(DISMISS, json!({ "id": id }), &["id"])
            }
            _ => return None,
        })
    }
}
