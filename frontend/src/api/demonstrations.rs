//! Demonstration villages and groups (示范村/示范组): designating one
//! (`setDemonstration`, which ends the township's current one at that
//! level the same day) and the desk's list of them, current and ended.

use serde::Deserialize;
use serde_json::{json, Value};

use super::{ApiError, Client, Level, NodeRef};

/// A document a designation cites (the township's decision).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct TitledDocument {
    pub id: String,
    pub title: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DemonstrationItem {
    pub id: String,
    pub level: Option<Level>,
    pub since: String,
    /// Null while it is the township's current site.
    pub until: Option<String>,
    pub current: bool,
    pub township: Option<NodeRef>,
    pub node: NodeRef,
    pub documents: Vec<TitledDocument>,
}

/// One designation as the form sends it.
#[derive(Clone, Debug, PartialEq)]
pub struct NewDemonstration {
    pub node_id: String,
    pub since: String,
    pub document_ids: Vec<String>,
    /// Made when the form opens: a retry after a lost answer designates once.
    pub idempotency_key: String,
}

impl NewDemonstration {
    pub fn variables(&self) -> Value {
        json!({
            "nodeId": self.node_id,
            "since": self.since,
            "documentIds": self.document_ids,
            "idempotencyKey": self.idempotency_key,
        })
    }
}

pub async fn set_demonstration(client: &Client, new: &NewDemonstration) -> Result<(), ApiError> {
    let query = include_str!("queries/set_demonstration.graphql");
    let _: Value = client.run(query, new.variables()).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_designation_sends_its_node_day_documents_and_key() {
        let v = NewDemonstration {
            node_id: "n1".into(),
            since: "2026-12-03".into(),
            document_ids: vec!["d1".into()],
            idempotency_key: "k-demo-0001".into(),
        }
        .variables();
        assert_eq!(v["nodeId"], "n1");
        assert_eq!(v["since"], "2026-12-03");
        assert_eq!(v["documentIds"], json!(["d1"]));
        assert_eq!(v["idempotencyKey"], "k-demo-0001");
    }

    #[test]
    fn an_ended_site_reads_its_until_day() {
        let item: DemonstrationItem = serde_json::from_value(json!({
            "id": "x", "level": "VILLAGE", "since": "2018-05-01", "until": "2026-12-03",
            "current": false, "township": { "id": "t", "name": "何坝街道" },
            "node": { "id": "n", "name": "凌云村" }, "documents": []
        }))
        .expect("item");
        assert_eq!(item.until.as_deref(), Some("2026-12-03"));
        assert_eq!(item.level, Some(Level::Village));
    }
}
