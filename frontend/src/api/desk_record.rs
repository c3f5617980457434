//! One desk record of any kind by its id (`node(id:)`): the fields every
//! programme record has, typed, and the kind's own fields kept as JSON for
//! the kind's page spec to read (one detail page serves nine kinds). Its
//! correction is one mutation built from the fields that changed.

use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::meetings::Id;
use super::{Action, ApiError, Client, DocumentItem, NodeRef, PhotoRef, RecordVersion};

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeskRecord {
    /// The GraphQL type: `Training`, `Vehicle`, …
    #[serde(rename = "__typename")]
    pub typename: String,
    pub id: String,
    pub node: NodeRef,
    pub author_name: String,
    pub locked: bool,
    pub version: i64,
    pub created_at: String,
    pub allowed_actions: Vec<Action>,
    pub photos: Vec<PhotoRef>,
    pub documents: Vec<DocumentItem>,
    pub earlier_versions: Vec<RecordVersion>,
    /// The kind's own fields, by their GraphQL names.
    #[serde(flatten)]
    pub fields: Map<String, Value>,
}

impl DeskRecord {
    /// A field as text: strings as they are, numbers written out, null
    /// and missing as "".
    pub fn text(&self, name: &str) -> String {
        value_text(self.fields.get(name))
    }

    pub fn flag(&self, name: &str) -> bool {
        self.fields.get(name).and_then(Value::as_bool) == Some(true)
    }

    /// A nested object's field (`person.name`), "" when either is null.
    pub fn nested(&self, name: &str, inner: &str) -> String {
        value_text(self.fields.get(name).and_then(|v| v.get(inner)))
    }

    /// A list field's items (empty when missing).
    pub fn list(&self, name: &str) -> Vec<Value> {
        self.fields
            .get(name)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    }
}

pub fn value_text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

pub async fn desk_record(client: &Client, id: &str) -> Result<DeskRecord, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        node: Option<DeskRecord>,
    }
    let query = include_str!("queries/record_detail.graphql");
    let data: Data = client.run(query, json!({ "id": id })).await?;
    // Another type (a grid node's id, say) is no desk record: not found.
    data.node.ok_or(ApiError::NotFound)
}

/// A correction: the mutation, the name of its reason argument and the
/// changed fields with their GraphQL types (`String`, `Int`, `Float`,
/// `Boolean`) and new values.
#[derive(Clone, Debug, PartialEq)]
pub struct DeskCorrection {
    pub mutation: &'static str,
    pub reason_arg: &'static str,
    pub reason: String,
    pub changes: Vec<(&'static str, &'static str, Value)>,
}

impl DeskCorrection {
    /// The mutation text and its variables; only changed fields appear.
    pub fn operation(&self, id: &str, version: i64) -> (String, Value) {
        let mut decl = format!("$id: ID!, $version: Int!, ${}: String!", self.reason_arg);
        let mut args = format!("id: $id, version: $version, {0}: ${0}", self.reason_arg);
        let mut vars = Map::new();
        vars.insert("id".into(), json!(id));
        vars.insert("version".into(), json!(version));
        vars.insert(self.reason_arg.into(), json!(self.reason));
        for (name, ty, value) in &self.changes {
            decl.push_str(&format!(", ${name}: {ty}"));
            args.push_str(&format!(", {name}: ${name}"));
            vars.insert((*name).into(), value.clone());
        }
        let query = format!(
            "mutation Correct({decl}) {{ {}({args}) {{ id }} }}",
            self.mutation
        );
        (query, Value::Object(vars))
    }
}

pub async fn correct_desk_record(
    client: &Client,
    id: &str,
    version: i64,
    change: &DeskCorrection,
) -> Result<(), ApiError> {
    let (query, vars) = change.operation(id, version);
    let data: Value = client.run(&query, vars).await?;
    let _: Id =
        serde_json::from_value(data[change.mutation].clone()).map_err(|_| ApiError::Internal)?;
    Ok(())
}

/// Takes a vehicle off the register from today (`retireVehicle`).
pub async fn retire_vehicle(client: &Client, id: &str, reason: &str) -> Result<(), ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        #[allow(dead_code)]
        retire_vehicle: Id,
    }
    let query = "mutation Retire($id: ID!, $reason: String!) { retireVehicle(id: $id, reason: $reason) { id } }";
    let _: Data = client
        .run(query, json!({ "id": id, "reason": reason }))
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_correction_declares_and_sends_only_what_changed() {
        let c = DeskCorrection {
            mutation: "correctPersuasion",
            reason_arg: "why",
            reason: "写错了".into(),
            changes: vec![("driverName", "String", json!("李四"))],
        };
        let (query, vars) = c.operation("p1", 2);
        assert_eq!(
            query,
            "mutation Correct($id: ID!, $version: Int!, $why: String!, $driverName: String) \
             { correctPersuasion(id: $id, version: $version, why: $why, driverName: $driverName) { id } }"
        );
        assert_eq!(
            vars,
            json!({ "id": "p1", "version": 2, "why": "写错了", "driverName": "李四" })
        );
    }

    #[test]
    fn the_kind_s_own_fields_read_as_text() {
        let r: DeskRecord = serde_json::from_value(json!({
            "__typename": "Vehicle", "id": "v1", "node": { "id": "g", "name": "一组" },
            "authorName": "王五", "locked": false, "version": 1, "createdAt": "2026-01-01T00:00:00Z",
            "allowedActions": ["CORRECT_RECORD"], "photos": [], "documents": [], "earlierVersions": [],
            "plate": "贵C12345", "licensed": true, "retiredOn": null, "person": { "name": "赵六" }
        }))
        .expect("record");
        assert_eq!(r.text("plate"), "贵C12345");
        assert!(r.flag("licensed"));
        assert_eq!(r.text("retiredOn"), "");
        assert_eq!(r.nested("person", "name"), "赵六");
        assert_eq!(r.allowed_actions, vec![Action::CorrectRecord]);
    }
}
