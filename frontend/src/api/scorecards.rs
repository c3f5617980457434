//! The township scorecard (考核表, 附件1): a county's ranking for a year,
//! one township's card with why each point was lost, entering an item by
//! hand, and locking the year.

use serde::Deserialize;
use serde_json::json;

use super::{Action, ApiError, Client, DocumentItem, NodeRef};

/// How an item fills itself from the records (`ScorecardRule`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ScorecardRule {
    Documents,
    RosterMissing,
    MilestoneOnTime,
    NotebooksNotKept,
    LeaderVisits,
    MonthlyMeetings,
    DutyReportsWithoutGridWork,
    AssessmentsDone,
    SubsidiesOnTime,
    #[serde(other)]
    Other,
}

/// What the records show for an item (`Finding`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Finding {
    Met,
    DocumentsMissing,
    NoRoster,
    PostsMissing,
    MilestoneLate,
    MilestoneNotDone,
    MilestoneNotDue,
    NoDeadline,
    NotebooksNotKept,
    VisitsMissed,
    NoAssignedVillages,
    MeetingsMissed,
    NoMonthEnded,
    DutyReportsWithoutGridWork,
    SubsidiesLate,
    SubsidiesNotYetPaid,
    /// `count` of `of` village officers without an approved assessment of
    /// the year (main's server reads the assessments into the item).
    AssessmentsMissing,
    NotEntered,
    EnteredByHand,
    #[serde(other)]
    Other,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScorecardEvidence {
    pub finding: Finding,
    pub count: i32,
    pub of: i32,
    pub record_ids: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScorecardItem {
    pub key: String,
    pub title: String,
    pub max_points: i32,
    pub points: i32,
    /// What the rule computed; `None` for an item scored by hand.
    pub auto: Option<i32>,
    pub rule: Option<ScorecardRule>,
    /// Present once the county office made an entry (possibly "").
    pub note: Option<String>,
    pub evidence: ScorecardEvidence,
    pub documents: Vec<DocumentItem>,
}

/// How an item got its points, as the card says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scoring {
    /// Filled by its rule from the records (自动).
    Automatic,
    /// Filled by its rule, then entered over by the county office.
    Overridden,
    /// Scored by hand (entered or not yet).
    ByHand,
}

impl ScorecardItem {
    pub fn scoring(&self) -> Scoring {
        match (self.auto, &self.note) {
            (Some(_), None) => Scoring::Automatic,
            (Some(_), Some(_)) => Scoring::Overridden,
            (None, _) => Scoring::ByHand,
        }
    }

    /// Points lost against the item's maximum.
    pub fn lost(&self) -> i32 {
        (self.max_points - self.points).max(0)
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScorecardPart {
    pub key: String,
    pub title: String,
    pub max_points: i32,
    pub points: i32,
    pub items: Vec<ScorecardItem>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Scorecard {
    pub id: String,
    pub year: i32,
    pub total: i32,
    pub locked: bool,
    pub locked_at: Option<String>,
    pub rank: Option<i32>,
    pub allowed_actions: Vec<Action>,
    pub township: NodeRef,
    pub parts: Vec<ScorecardPart>,
}

impl Scorecard {
    /// The most the card can score: its parts' maximums.
    pub fn max_points(&self) -> i32 {
        self.parts.iter().map(|p| p.max_points).sum()
    }

    /// Whether the server lets this caller enter an item's points.
    pub fn may_score(&self) -> bool {
        !self.locked && self.allowed_actions.contains(&Action::SetScorecardItem)
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PartPoints {
    pub key: String,
    pub title: String,
    pub max_points: i32,
    pub points: i32,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CardState {
    pub id: String,
    pub locked: bool,
    pub rank: Option<i32>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScorecardRank {
    /// The published rank once locked; before that the standing so far.
    pub rank: i32,
    pub total: i32,
    pub township: NodeRef,
    pub parts: Vec<PartPoints>,
    pub scorecard: CardState,
}

pub async fn scorecard_ranking(
    client: &Client,
    county_id: &str,
    year: i32,
) -> Result<Vec<ScorecardRank>, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        scorecard_ranking: Vec<ScorecardRank>,
    }
    let query = include_str!("queries/scorecard_ranking.graphql");
    let data: Data = client
        .run(query, json!({ "countyId": county_id, "year": year }))
        .await?;
    Ok(data.scorecard_ranking)
}

pub async fn scorecard(
    client: &Client,
    township_id: &str,
    year: i32,
) -> Result<Scorecard, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        scorecard: Scorecard,
    }
    let query = include_str!("queries/scorecard.graphql");
    let data: Data = client
        .run(query, json!({ "townshipId": township_id, "year": year }))
        .await?;
    Ok(data.scorecard)
}

/// An item's points entered by the county office.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemEntry {
    pub scorecard_id: String,
    pub item_key: String,
    pub points: i32,
    /// Left out when empty (the server then requires none for a hand item).
    pub note: String,
    pub document_ids: Vec<String>,
}

pub async fn set_scorecard_item(client: &Client, entry: &ItemEntry) -> Result<(), ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        #[allow(dead_code)]
        set_scorecard_item: super::IdOnly,
    }
    let note = Some(entry.note.trim()).filter(|n| !n.is_empty());
    let query = include_str!("queries/set_scorecard_item.graphql");
    let _: Data = client
        .run(
            query,
            json!({ "scorecardId": entry.scorecard_id, "itemKey": entry.item_key,
                "points": entry.points, "note": note, "documentIds": entry.document_ids }),
        )
        .await?;
    Ok(())
}

pub async fn lock_scorecards(client: &Client, county_id: &str, year: i32) -> Result<(), ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        #[allow(dead_code)]
        lock_scorecards: Vec<serde_json::Value>,
    }
    let query = include_str!("queries/lock_scorecards.graphql");
    let _: Data = client
        .run(query, json!({ "countyId": county_id, "year": year }))
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(auto: Option<i32>, note: Option<&str>, points: i32) -> ScorecardItem {
        ScorecardItem {
            key: "k".into(),
            title: "t".into(),
            max_points: 5,
            points,
            auto,
            rule: auto.map(|_| ScorecardRule::Documents),
            note: note.map(str::to_owned),
            evidence: ScorecardEvidence {
                finding: Finding::Met,
                count: 0,
                of: 0,
                record_ids: vec![],
            },
            documents: vec![],
        }
    }

    #[test]
    fn an_item_is_automatic_until_the_county_enters_over_it() {
        assert_eq!(item(Some(5), None, 5).scoring(), Scoring::Automatic);
        assert_eq!(
            item(Some(5), Some("复核"), 3).scoring(),
            Scoring::Overridden
        );
        assert_eq!(item(None, None, 0).scoring(), Scoring::ByHand);
        assert_eq!(item(None, Some(""), 4).scoring(), Scoring::ByHand);
    }

    #[test]
    fn points_lost_are_the_maximum_less_the_points() {
        assert_eq!(item(Some(3), None, 3).lost(), 2);
        assert_eq!(item(None, None, 5).lost(), 0);
    }

    #[test]
    fn an_unknown_finding_or_rule_from_a_newer_server_still_reads() {
        let e = serde_json::from_str::<ScorecardEvidence>(
            r#"{"finding":"SOMETHING_NEW","count":1,"of":2,"recordIds":["a"]}"#,
        );
        assert_eq!(e.map(|e| e.finding).ok(), Some(Finding::Other));
        let r = serde_json::from_str::<ScorecardRule>(r#""NEW_RULE""#);
        assert_eq!(r.ok(), Some(ScorecardRule::Other));
    }

    #[test]
    fn only_an_open_card_with_the_action_is_scored() {
        let mut card = Scorecard {
            id: "c".into(),
            year: 2026,
            total: 80,
            locked: false,
            locked_at: None,
            rank: None,
            allowed_actions: vec![Action::SetScorecardItem],
            township: NodeRef {
                id: "t".into(),
                name: "龙泉街道".into(),
            },
            parts: vec![],
        };
        assert!(card.may_score());
        card.locked = true;
        assert!(!card.may_score());
        card.locked = false;
        card.allowed_actions.clear();
        assert!(!card.may_score());
    }
}
