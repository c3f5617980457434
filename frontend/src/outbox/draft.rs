//! What the field forms fill in, kept in the outbox as typed drafts (so a
//! refused record can be opened in its form again), and turned into the
//! mutation's input only when it is sent.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::api::{HazardSeverity, InspectionKind, MeetingKind};
use crate::device::Position;

pub use super::liaison_draft::{CeremonyDraft, PersuasionDraft, ReminderDraft, VehicleDraft};
pub use super::outreach_draft::{PublicityDraft, WarningDraft};

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum Draft {
    Inspection(InspectionDraft),
    Hazard(HazardDraft),
    Meeting(MeetingDraft),
    Ceremony(CeremonyDraft),
    Reminder(ReminderDraft),
    Vehicle(VehicleDraft),
    Persuasion(PersuasionDraft),
    Publicity(PublicityDraft),
    Warning(WarningDraft),
}

/// A village safety meeting (村级安全会议) recorded on the phone.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MeetingDraft {
    pub node_id: String,
    pub node_name: String,
    pub kind: MeetingKind,
    /// `YYYY-MM-DD`
    pub held_on: String,
    pub topics: String,
    pub covers_grid_work: bool,
    pub attendee_count: i64,
    pub minutes: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InspectionDraft {
    pub node_id: String,
    pub node_name: String,
    pub kind: InspectionKind,
    /// RFC 3339 with the phone's offset.
    pub occurred_at: String,
    pub sectors: Vec<String>,
    pub notes: String,
    pub position: Option<Position>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HazardDraft {
    pub node_id: String,
    pub node_name: String,
    pub title: String,
    pub description: String,
    pub severity: HazardSeverity,
    /// A sector code.
    pub category: String,
    pub fixed_on_spot: bool,
    pub fix_note: String,
    /// `YYYY-MM-DD`, when not fixed on the spot.
    pub deadline: String,
    pub responsible_name: String,
    pub measures: String,
    pub position: Option<Position>,
    /// The outbox key of the patrol this hazard was found on, if any; the
    /// sender turns it into `inspectionId` once that patrol has arrived.
    pub inspection_key: Option<String>,
}

impl Draft {
    pub fn node_name(&self) -> &str {
        match self {
            Draft::Inspection(d) => &d.node_name,
            Draft::Hazard(d) => &d.node_name,
            Draft::Meeting(d) => &d.node_name,
            Draft::Ceremony(d) => &d.node_name,
            Draft::Reminder(d) => &d.node_name,
            Draft::Vehicle(d) => &d.node_name,
            Draft::Persuasion(d) => &d.node_name,
            Draft::Publicity(d) => &d.node_name,
            Draft::Warning(d) => &d.node_name,
        }
    }
}

fn text(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

fn place(input: &mut Value, position: Option<Position>) {
    if let Some(p) = position {
        input["latitude"] = json!(p.latitude);
        input["longitude"] = json!(p.longitude);
        input["accuracyM"] = json!(p.accuracy);
    }
}

impl InspectionDraft {
    /// The `RecordInspectionInput`.
    pub fn to_input(&self, key: &str, photo_ids: &[String]) -> Value {
        let mut input = json!({
            "nodeId": self.node_id,
            "kind": self.kind,
            "occurredAt": self.occurred_at,
            "sectors": self.sectors,
            "notes": self.notes.trim(),
            "photoIds": photo_ids,
            "idempotencyKey": key,
        });
        place(&mut input, self.position);
        input
    }
}

impl MeetingDraft {
    /// The `RecordMeetingInput`.
    pub fn to_input(&self, key: &str, photo_ids: &[String]) -> Value {
        json!({
            "nodeId": self.node_id,
            "kind": self.kind,
            "heldOn": self.held_on,
            "topics": self.topics.trim(),
            "coversGridWork": self.covers_grid_work,
            "attendeeCount": self.attendee_count,
            "minutes": self.minutes.trim(),
            "photoIds": photo_ids,
            "idempotencyKey": key,
        })
    }
}

impl HazardDraft {
    /// The `ReportHazardInput`: the fix note when fixed on the spot, the
    /// rectification plan otherwise, never both.
    pub fn to_input(&self, key: &str, photo_ids: &[String], inspection_id: Option<&str>) -> Value {
        let mut input = json!({
            "nodeId": self.node_id,
            "title": self.title.trim(),
            "description": self.description.trim(),
            "severity": self.severity,
            "category": self.category,
            "fixedOnSpot": self.fixed_on_spot,
            "photoIds": photo_ids,
            "idempotencyKey": key,
        });
        if self.fixed_on_spot {
            input["fixNote"] = json!(text(&self.fix_note));
        } else {
            input["deadline"] = json!(text(&self.deadline));
            input["responsibleName"] = json!(text(&self.responsible_name));
            input["measures"] = json!(text(&self.measures));
        }
        if let Some(id) = inspection_id {
            input["inspectionId"] = json!(id);
        }
        place(&mut input, self.position);
        input
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hazard(fixed: bool) -> HazardDraft {
        HazardDraft {
            node_id: "n1".into(),
            node_name: "第一村民组".into(),
            title: " 电线老化 ".into(),
            description: "村口电杆".into(),
            severity: HazardSeverity::General,
            category: "POWER".into(),
            fixed_on_spot: fixed,
            fix_note: "已断电更换".into(),
            deadline: "2026-12-20".into(),
            responsible_name: "".into(),
            measures: "更换电线".into(),
            position: None,
            inspection_key: None,
        }
    }

    #[test]
    fn a_patrol_sends_its_key_photos_and_position() {
        let draft = InspectionDraft {
            node_id: "n1".into(),
            node_name: "第一村民组".into(),
            kind: InspectionKind::GroupPatrol,
            occurred_at: "2026-11-29T09:30:00+08:00".into(),
            sectors: vec!["FIRE".into()],
            notes: " 柴草堆放 ".into(),
            position: Some(Position {
                latitude: 27.9,
                longitude: 107.7,
                accuracy: 12.0,
            }),
        };
        let input = draft.to_input("k-1", &["p1".into()]);
        assert_eq!(input["idempotencyKey"], "k-1");
        assert_eq!(input["kind"], "GROUP_PATROL");
        assert_eq!(input["notes"], "柴草堆放");
        assert_eq!(input["photoIds"], json!(["p1"]));
        assert_eq!(input["accuracyM"], 12.0);
    }

    #[test]
    fn a_hazard_fixed_on_the_spot_sends_no_plan() {
        let input = hazard(true).to_input("k", &[], None);
        assert_eq!(input["fixNote"], "已断电更换");
        assert!(input.get("deadline").is_none());
        assert!(input.get("measures").is_none());
        assert_eq!(input["title"], "电线老化");
    }

    #[test]
    fn a_hazard_to_rectify_sends_its_plan_and_no_fix_note() {
        let input = hazard(false).to_input("k", &[], Some("i9"));
        assert_eq!(input["deadline"], "2026-12-20");
        assert_eq!(input["responsibleName"], Value::Null);
        assert!(input.get("fixNote").is_none());
        assert_eq!(input["inspectionId"], "i9");
    }

    #[test]
    fn a_meeting_sends_its_kind_key_count_and_photos() {
        let draft = MeetingDraft {
            node_id: "v1".into(),
            node_name: "凌云村".into(),
            kind: MeetingKind::VillageSafety,
            held_on: "2026-11-28".into(),
            topics: " 冬季防火 ".into(),
            covers_grid_work: true,
            attendee_count: 14,
            minutes: "通报近期火灾".into(),
        };
        let input = draft.to_input("k-2", &["p1".into()]);
        assert_eq!(input["kind"], "VILLAGE_SAFETY");
        assert_eq!(input["idempotencyKey"], "k-2");
        assert_eq!(input["topics"], "冬季防火");
        assert_eq!(input["attendeeCount"], 14);
        assert_eq!(input["photoIds"], json!(["p1"]));
        let stored = Draft::Meeting(draft);
        let json = serde_json::to_string(&stored).unwrap_or_default();
        assert_eq!(serde_json::from_str::<Draft>(&json).ok(), Some(stored));
    }

    #[test]
    fn drafts_survive_the_round_trip_through_storage() {
        let draft = Draft::Hazard(hazard(false));
        let json = serde_json::to_string(&draft).unwrap_or_default();
        assert_eq!(serde_json::from_str::<Draft>(&json).ok(), Some(draft));
    }
}
