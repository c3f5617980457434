//! What a signal stores about itself: the figures its sentence is made of
//! (`Facts`) and the records behind it (`Evidence`), as JSON in the row so
//! the list reads them without joining every table they came from.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The figures the web app phrases the signal with; each kind fills the
/// ones it needs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Facts {
    /// The person concerned (their name when the scan ran).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// The shared phone, masked as the roster masks it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_masked: Option<String>,
    /// How many records or posts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    /// Metres between two places.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_m: Option<i64>,
    /// Minutes between the first and the last record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<i64>,
    /// The speed the travel would need, in km/h.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speed_kmh: Option<i64>,
    /// The year a payroll paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

/// Which kind of record a piece of evidence is.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize, Deserialize, async_graphql::Enum)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[graphql(name = "IntegrityEvidenceKind")]
pub enum EvidenceKind {
    /// A post (任职).
    Appointment,
    /// A person.
    Person,
    /// An inspection or patrol.
    Inspection,
    /// A photo on a record.
    Photo,
    /// A line of a payroll.
    PayrollLine,
}

/// One record behind a signal, with its day, time and place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    pub kind: EvidenceKind,
    pub id: Uuid,
    /// Where the record sits.
    #[serde(default)]
    pub node_id: Option<Uuid>,
    /// The person it is about or by.
    #[serde(default)]
    pub person_name: Option<String>,
    /// Its day (a post's start, an inspection's day, a payroll's year end).
    #[serde(default)]
    pub on: Option<NaiveDate>,
    /// A post's end.
    #[serde(default)]
    pub until: Option<NaiveDate>,
    /// When it happened.
    #[serde(default)]
    pub at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub latitude: Option<f64>,
    #[serde(default)]
    pub longitude: Option<f64>,
}

impl Evidence {
    fn bare(kind: EvidenceKind, id: Uuid) -> Self {
        Evidence {
            kind,
            id,
            node_id: None,
            person_name: None,
            on: None,
            until: None,
            at: None,
            latitude: None,
            longitude: None,
        }
    }

    pub fn appointment(a: &entity::appointment::Model, name: Option<String>) -> Self {
        Evidence {
            node_id: Some(a.node_id),
            person_name: name,
            on: Some(a.start_date),
            until: a.end_date,
            ..Self::bare(EvidenceKind::Appointment, a.id)
        }
    }

    pub fn person(p: &entity::person::Model) -> Self {
        Evidence {
            node_id: Some(p.node_id),
            person_name: Some(p.name.clone()),
            ..Self::bare(EvidenceKind::Person, p.id)
        }
    }

    pub fn inspection(i: &entity::inspection::Model, name: Option<String>) -> Self {
        Evidence {
            node_id: Some(i.node_id),
            person_name: name,
            on: Some(i.occurred_on),
            at: Some(i.occurred_at),
            latitude: i.latitude,
            longitude: i.longitude,
            ..Self::bare(EvidenceKind::Inspection, i.id)
        }
    }

    /// A photo, on the inspection it documents.
    pub fn photo(p: &entity::photo::Model, on: &entity::inspection::Model) -> Self {
        Evidence {
            node_id: Some(on.node_id),
            on: Some(on.occurred_on),
            at: Some(on.occurred_at),
            ..Self::bare(EvidenceKind::Photo, p.id)
        }
    }

    pub fn payroll_line(l: &entity::payroll_line::Model, year: i32) -> Self {
        Evidence {
            node_id: Some(l.node_id),
            person_name: Some(l.person_name.clone()),
            on: NaiveDate::from_ymd_opt(year, 12, 31),
            ..Self::bare(EvidenceKind::PayrollLine, l.id)
        }
    }
}
