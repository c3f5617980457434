//! The desk's lists of the programme kinds beside meetings (issue 8):
//! trainings, drills, publicity, notebook checks, work plans, ceremony
//! notices, vehicles, persuasion talks and seasonal warnings. One item
//! type and one query file per kind; enum values stay the GraphQL names
//! (`labels` turns them into words), so a value added on the server shows
//! as itself instead of failing the page.

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

use super::meetings::Id;
use super::{ApiError, Client, Connection, NodeRef, RecordFilter};

/// A person a record names (a training's attendee, a checked post's holder).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Named {
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Attendee {
    pub person: Named,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrainingItem {
    pub id: String,
    pub node: NodeRef,
    pub held_on: String,
    pub title: String,
    pub topics: String,
    pub hours: Option<f64>,
    pub attendee_count: i64,
    pub attendees: Vec<Attendee>,
    pub author_name: String,
    pub version: i64,
    pub photos: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DrillItem {
    pub id: String,
    pub node: NodeRef,
    pub held_on: String,
    pub scenario: String,
    pub participant_count: i64,
    pub author_name: String,
    pub version: i64,
    pub photos: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PublicityItem {
    pub id: String,
    pub node: NodeRef,
    pub held_on: String,
    pub topic: String,
    pub audience_count: i64,
    pub author_name: String,
    pub version: i64,
    pub photos: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct PostRef {
    pub role: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NotebookCheckItem {
    pub id: String,
    pub node: NodeRef,
    pub checked_on: String,
    pub kept: bool,
    pub note: String,
    /// Null only where the caller may not see the person.
    pub person: Option<Named>,
    pub appointment: Option<PostRef>,
    pub author_name: String,
    pub version: i64,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkPlanItem {
    pub id: String,
    pub node: NodeRef,
    pub year: i64,
    pub adopted_on: String,
    pub title: String,
    pub author_name: String,
    pub version: i64,
    pub documents: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReminderRef {
    pub id: String,
    pub reminded_at: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CeremonyItem {
    pub id: String,
    pub node: NodeRef,
    pub kind: String,
    pub host_name: String,
    pub noticed_on: String,
    pub date: String,
    pub place: String,
    pub expected_guests: i64,
    pub reminders: Vec<ReminderRef>,
    pub author_name: String,
    pub version: i64,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VehicleItem {
    pub id: String,
    pub node: NodeRef,
    pub plate: String,
    pub kind: String,
    pub owner_name: String,
    /// Masked by the server (138****8000) for roles that may not see it.
    pub owner_phone: String,
    pub licensed: bool,
    pub registered_on: String,
    pub retired: bool,
    pub retired_on: Option<String>,
    pub version: i64,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct PlateRef {
    pub plate: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PersuasionItem {
    pub id: String,
    pub node: NodeRef,
    pub talked_at: String,
    pub driver_name: String,
    pub reason: String,
    pub vehicle: Option<PlateRef>,
    pub author_name: String,
    pub version: i64,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WarningItem {
    pub id: String,
    pub node: NodeRef,
    pub given_at: String,
    pub topic: String,
    pub households: i64,
    pub author_name: String,
    pub version: i64,
}

/// How a list's kind filter reaches its query: not at all, as an enum
/// `$kind`, as notebook checks' `$kept` (`KEPT` / `NOT_KEPT`), or as
/// demonstration sites' `$current` (`CURRENT` / `ENDED`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindArg {
    None,
    Enum,
    Kept,
    Current,
}

/// The filter's variables as `query` declares them (GraphQL refuses a
/// declared variable the query does not use, so each kind sends its own).
pub fn desk_variables(
    filter: &RecordFilter,
    arg: KindArg,
    first: i64,
    after: Option<String>,
) -> Value {
    let Value::Object(mut map) = filter.variables(first, after) else {
        unreachable!("RecordFilter::variables builds an object")
    };
    let kind = map.remove("kind").unwrap_or(Value::Null);
    match arg {
        KindArg::None => {}
        KindArg::Enum => {
            map.insert("kind".into(), kind);
        }
        KindArg::Kept => {
            let kept = match kind.as_str() {
                Some("KEPT") => Value::Bool(true),
                Some("NOT_KEPT") => Value::Bool(false),
                _ => Value::Null,
            };
            map.insert("kept".into(), kept);
        }
        KindArg::Current => {
            let current = match kind.as_str() {
                Some("CURRENT") => Value::Bool(true),
                Some("ENDED") => Value::Bool(false),
                _ => Value::Null,
            };
            map.insert("current".into(), current);
        }
    }
    Value::Object(map)
}

/// One page of a desk list: `field` is the query's top-level field.
pub async fn desk_page<T: DeserializeOwned>(
    client: &Client,
    query: &'static str,
    field: &'static str,
    vars: Value,
) -> Result<Connection<T>, ApiError> {
    let mut data: Value = client.run(query, vars).await?;
    let page = data.get_mut(field).map(Value::take).unwrap_or(Value::Null);
    // A shape this build does not expect is the server's fault, as in `request`.
    serde_json::from_value(page).map_err(|_| ApiError::Internal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn filter(kind: Option<&str>) -> RecordFilter {
        RecordFilter {
            under: "n1".into(),
            kind: kind.map(str::to_owned),
            from: Some("2026-01-01".into()),
            to: None,
        }
    }

    #[test]
    fn each_kind_sends_only_the_variables_its_query_declares() {
        let v = desk_variables(&filter(Some("CAR")), KindArg::None, 20, None);
        assert_eq!(v.get("kind"), None);
        assert_eq!(v["from"], json!("2026-01-01"));
        let v = desk_variables(&filter(Some("CAR")), KindArg::Enum, 20, None);
        assert_eq!(v["kind"], json!("CAR"));
        let v = desk_variables(&filter(Some("NOT_KEPT")), KindArg::Kept, 20, None);
        assert_eq!((v.get("kind"), &v["kept"]), (None, &json!(false)));
        let v = desk_variables(&filter(None), KindArg::Kept, 20, None);
        assert_eq!(v["kept"], Value::Null);
        let v = desk_variables(&filter(Some("ENDED")), KindArg::Current, 20, None);
        assert_eq!((v.get("kind"), &v["current"]), (None, &json!(false)));
    }
}
