//! The group liaison's records as outbox drafts: a ceremony notice, an
//! on-site reminder at one, a vehicle for the register, a persuasion talk.
//! Each turns into its mutation's input only when it is sent.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::api::{CeremonyKind, PersuasionReason, ReminderTopic, VehicleKind};

/// 红白喜事打招呼: a family told the liaison of a ceremony.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CeremonyDraft {
    pub node_id: String,
    pub node_name: String,
    pub kind: CeremonyKind,
    pub host_name: String,
    /// `YYYY-MM-DD`: the day of the ceremony.
    pub date: String,
    /// `YYYY-MM-DD`: the day the family told the liaison.
    pub noticed_on: String,
    pub place: String,
    pub expected_guests: i64,
    pub notes: String,
}

/// 跟场提醒 at a noticed ceremony.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReminderDraft {
    pub node_id: String,
    pub node_name: String,
    pub ceremony_notice_id: String,
    /// The host's name and the day, to show in the outbox.
    pub ceremony_label: String,
    /// RFC 3339 with the phone's offset.
    pub reminded_at: String,
    pub topics: Vec<ReminderTopic>,
    pub notes: String,
}

/// 机动车排查登记: a vehicle for the group's register.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VehicleDraft {
    pub node_id: String,
    pub node_name: String,
    pub plate: String,
    pub kind: VehicleKind,
    pub owner_name: String,
    pub owner_phone: String,
    pub licensed: bool,
}

/// 劝导: a talk with a driver.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PersuasionDraft {
    pub node_id: String,
    pub node_name: String,
    pub driver_name: String,
    /// RFC 3339 with the phone's offset.
    pub talked_at: String,
    pub reason: PersuasionReason,
    pub notes: String,
}

impl CeremonyDraft {
    /// The `RecordCeremonyNoticeInput`.
    pub fn to_input(&self, key: &str, photo_ids: &[String]) -> Value {
        json!({
            "nodeId": self.node_id,
            "kind": self.kind,
            "hostName": self.host_name.trim(),
            "date": self.date,
            "noticedOn": self.noticed_on,
            "place": self.place.trim(),
            "expectedGuests": self.expected_guests,
            "notes": self.notes.trim(),
            "photoIds": photo_ids,
            "idempotencyKey": key,
        })
    }
}

impl ReminderDraft {
    /// The `RecordOnSiteReminderInput`.
    pub fn to_input(&self, key: &str, photo_ids: &[String]) -> Value {
        json!({
            "ceremonyNoticeId": self.ceremony_notice_id,
            "remindedAt": self.reminded_at,
            "topics": self.topics,
            "notes": self.notes.trim(),
            "photoIds": photo_ids,
            "idempotencyKey": key,
        })
    }
}

impl VehicleDraft {
    /// The `RegisterVehicleInput`.
    pub fn to_input(&self, key: &str, photo_ids: &[String]) -> Value {
        json!({
            "nodeId": self.node_id,
            "plate": self.plate,
            "kind": self.kind,
            "ownerName": self.owner_name.trim(),
            "ownerPhone": self.owner_phone,
            "licensed": self.licensed,
            "photoIds": photo_ids,
            "idempotencyKey": key,
        })
    }
}

impl PersuasionDraft {
    /// The `RecordPersuasionInput`.
    pub fn to_input(&self, key: &str, photo_ids: &[String]) -> Value {
        json!({
            "nodeId": self.node_id,
            "driverName": self.driver_name.trim(),
            "talkedAt": self.talked_at,
            "reason": self.reason,
            "notes": self.notes.trim(),
            "photoIds": photo_ids,
            "idempotencyKey": key,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outbox::Draft;

    #[test]
    fn a_ceremony_notice_sends_its_kind_days_guests_and_key() {
        let draft = CeremonyDraft {
            node_id: "g1".into(),
            node_name: "第一村民组".into(),
            kind: CeremonyKind::Funeral,
            host_name: " 王德明 ".into(),
            date: "2026-12-05".into(),
            noticed_on: "2026-12-02".into(),
            place: "王家院坝".into(),
            expected_guests: 120,
            notes: "".into(),
        };
        let input = draft.to_input("k-3", &[]);
        assert_eq!(input["kind"], "FUNERAL");
        assert_eq!(input["hostName"], "王德明");
        assert_eq!(input["date"], "2026-12-05");
        assert_eq!(input["expectedGuests"], 120);
        assert_eq!(input["idempotencyKey"], "k-3");
        let stored = Draft::Ceremony(draft);
        let json = serde_json::to_string(&stored).unwrap_or_default();
        assert_eq!(serde_json::from_str::<Draft>(&json).ok(), Some(stored));
    }

    #[test]
    fn a_vehicle_and_a_reminder_send_the_server_names() {
        let vehicle = VehicleDraft {
            node_id: "g1".into(),
            node_name: "第一村民组".into(),
            plate: "贵C12345".into(),
            kind: VehicleKind::Motorcycle,
            owner_name: "李四".into(),
            owner_phone: "13800008000".into(),
            licensed: false,
        };
        let input = vehicle.to_input("k-4", &["p1".into()]);
        assert_eq!(input["kind"], "MOTORCYCLE");
        assert_eq!(input["licensed"], false);
        assert_eq!(input["photoIds"], json!(["p1"]));
        let reminder = ReminderDraft {
            node_id: "g1".into(),
            node_name: "第一村民组".into(),
            ceremony_notice_id: "c9".into(),
            ceremony_label: "王德明 2026-12-05".into(),
            reminded_at: "2026-12-05T10:00:00+08:00".into(),
            topics: vec![ReminderTopic::FoodSafety, ReminderTopic::DrinkDriving],
            notes: "".into(),
        };
        let input = reminder.to_input("k-5", &[]);
        assert_eq!(input["ceremonyNoticeId"], "c9");
        assert_eq!(input["topics"], json!(["FOOD_SAFETY", "DRINK_DRIVING"]));
        assert!(
            input.get("nodeId").is_none(),
            "a reminder sits where its notice sits"
        );
    }
}
