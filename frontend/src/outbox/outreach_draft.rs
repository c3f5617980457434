//! What a liaison or village officer tells the villagers, as outbox
//! drafts: a publicity session (宣传教育) and a seasonal warning (季节性提醒).
//! Each turns into its mutation's input only when it is sent.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::api::WarningTopic;

/// 宣传教育: a safety talk to households or a gathering.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PublicityDraft {
    pub node_id: String,
    pub node_name: String,
    /// `YYYY-MM-DD`
    pub held_on: String,
    pub topic: String,
    pub audience_count: i64,
    pub notes: String,
}

/// 季节性提醒: what it warned of, and how many households it reached.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WarningDraft {
    pub node_id: String,
    pub node_name: String,
    pub topic: WarningTopic,
    /// RFC 3339 with the phone's offset.
    pub given_at: String,
    pub households: i64,
    pub notes: String,
}

fn optional(text: &str) -> Value {
    let text = text.trim();
    if text.is_empty() {
        Value::Null
    } else {
        json!(text)
    }
}

impl PublicityDraft {
    /// The `RecordPublicityInput`.
    pub fn to_input(&self, key: &str, photo_ids: &[String]) -> Value {
        json!({
            "nodeId": self.node_id,
            "heldOn": self.held_on,
            "topic": self.topic.trim(),
            "audienceCount": self.audience_count,
            "notes": optional(&self.notes),
            "photoIds": photo_ids,
            "idempotencyKey": key,
        })
    }
}

impl WarningDraft {
    /// The `RecordSeasonalWarningInput`.
    pub fn to_input(&self, key: &str, photo_ids: &[String]) -> Value {
        json!({
            "nodeId": self.node_id,
            "topic": self.topic,
            "givenAt": self.given_at,
            "households": self.households,
            "notes": optional(&self.notes),
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
    fn a_publicity_session_sends_its_day_topic_audience_and_key() {
        let draft = PublicityDraft {
            node_id: "g1".into(),
            node_name: "第一村民组".into(),
            held_on: "2026-12-02".into(),
            topic: " 冬季防火 ".into(),
            audience_count: 35,
            notes: " ".into(),
        };
        let input = draft.to_input("k-6", &["p1".into()]);
        assert_eq!(input["heldOn"], "2026-12-02");
        assert_eq!(input["topic"], "冬季防火");
        assert_eq!(input["audienceCount"], 35);
        assert_eq!(input["notes"], Value::Null);
        assert_eq!(input["photoIds"], json!(["p1"]));
        assert_eq!(input["idempotencyKey"], "k-6");
        let stored = Draft::Publicity(draft);
        let json = serde_json::to_string(&stored).unwrap_or_default();
        assert_eq!(serde_json::from_str::<Draft>(&json).ok(), Some(stored));
    }

    #[test]
    fn a_seasonal_warning_sends_the_server_topic_name_and_households() {
        let draft = WarningDraft {
            node_id: "g1".into(),
            node_name: "第一村民组".into(),
            topic: WarningTopic::FirewoodStraw,
            given_at: "2026-12-02T10:00:00+08:00".into(),
            households: 0,
            notes: "村组广播".into(),
        };
        let input = draft.to_input("k-7", &[]);
        assert_eq!(input["topic"], "FIREWOOD_STRAW");
        assert_eq!(input["givenAt"], "2026-12-02T10:00:00+08:00");
        assert_eq!(input["households"], 0);
        assert_eq!(input["notes"], "村组广播");
        let stored = Draft::Warning(draft);
        let json = serde_json::to_string(&stored).unwrap_or_default();
        assert_eq!(serde_json::from_str::<Draft>(&json).ok(), Some(stored));
    }
}
