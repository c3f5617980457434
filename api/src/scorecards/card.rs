//! A township's card for a year: the template's items, each filled by its
//! rule or by the county office's entry, the parts capped at their
//! maximum, the total; once the year is locked, the card as it was locked
//! with its rank. Cards are computed for all the townships asked at once
//! (`facts::read`), so a county's ranking costs what one card costs.
use super::facts::{self, YearFacts};
use super::rules::{self, Auto, Finding};
use super::template::{self, Item, Template};
use crate::error::AppResult;
use crate::grid::code::CodeRange;
use chrono::{DateTime, NaiveDate, Utc};
use entity::scorecard_template_item::ScorecardRule;
use entity::{grid_node, scorecard, scorecard_entry};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct CardItem {
    pub key: String,
    pub title: String,
    pub max_points: i32,
    pub rule: Option<ScorecardRule>,
    /// What the rule computed (None: an item scored by hand).
    pub auto: Option<i32>,
    /// What counts: the entry's points if one was made, else the rule's.
    pub points: i32,
    pub finding: Finding,
    pub count: i32,
    pub of: i32,
    pub record_ids: Vec<Uuid>,
    pub note: Option<String>,
    pub document_ids: Vec<Uuid>,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct CardPart {
    pub key: String,
    pub title: String,
    pub max_points: i32,
    pub points: i32,
    pub items: Vec<CardItem>,
}

/// A township's scorecard for a year.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Card {
    pub id: Uuid,
    pub township: grid_node::Model,
    pub county_code: i64,
    pub year: i32,
    pub parts: Vec<CardPart>,
    pub total: i32,
    /// Set once the county locked the year.
    pub locked: Option<Locked>,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct Locked {
    pub rank: i32,
    pub at: DateTime<Utc>,
}

/// A card's id: the same for a township and year every time it is asked
/// (computed, not stored, until it is locked), and not guessable without
/// the township's own random id.
pub fn card_id(township: Uuid, year: i32) -> Uuid {
    let mut h = Sha256::new();
    h.update(b"safegrid scorecard");
    h.update(township.as_bytes());
    h.update(year.to_be_bytes());
    let digest = h.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    // Shaped as a random (v4) id, like every other id of the API.
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

fn fill(item: &Item, auto: Option<Auto>, entry: Option<&scorecard_entry::Model>) -> CardItem {
    let by_hand = entry.map(|e| e.points);
    let (finding, count, of, record_ids) = match &auto {
        Some(a) => (a.finding, a.count, a.of, a.record_ids.clone()),
        None if entry.is_some() => (Finding::EnteredByHand, 0, 0, Vec::new()),
        None => (Finding::NotEntered, 0, 0, Vec::new()),
    };
    let auto_points = auto.map(|a| a.points);
    CardItem {
        key: item.key.clone(),
        title: item.title.clone(),
        max_points: item.max_points,
        rule: item.rule,
        auto: auto_points,
        // A template edit may lower an item below an earlier entry.
        points: by_hand
            .or(auto_points)
            .unwrap_or(0)
            .clamp(0, item.max_points.max(0)),
        finding,
        count,
        of,
        record_ids,
        note: entry.map(|e| e.note.clone()),
        document_ids: entry
            .and_then(|e| serde_json::from_str(&e.document_ids).ok())
            .unwrap_or_default(),
    }
}

fn build(
    template: &Template,
    year: &YearFacts,
    f: &facts::Facts,
    entries: &HashMap<&str, &scorecard_entry::Model>,
) -> (Vec<CardPart>, i32) {
    let parts: Vec<CardPart> = template
        .parts
        .iter()
        .map(|p| {
            let items: Vec<CardItem> = p
                .items
                .iter()
                .map(|i| {
                    fill(
                        i,
                        rules::score(i, year, f),
                        entries.get(i.key.as_str()).copied(),
                    )
                })
                .collect();
            let sum: i32 = items.iter().map(|i| i.points).sum();
            CardPart {
                key: p.key.clone(),
                title: p.title.clone(),
                max_points: p.max_points,
                points: sum.min(p.max_points),
                items,
            }
        })
        .collect();
    let total = parts.iter().map(|p| p.points).sum();
    (parts, total)
}

/// The cards of `townships` (all in the county `county`, within `range`)
/// for `year`, as of `today`.
pub async fn compute(
    db: &impl ConnectionTrait,
    county: i64,
    range: CodeRange,
    townships: Vec<grid_node::Model>,
    year: i32,
    today: NaiveDate,
) -> AppResult<Vec<Card>> {
    if townships.is_empty() {
        return Ok(Vec::new());
    }
    let locked: HashMap<Uuid, scorecard::Model> = scorecard::Entity::find()
        .filter(scorecard::Column::CountyCode.eq(county))
        .filter(scorecard::Column::Year.eq(year))
        .filter(scorecard::Column::TownshipCode.between(range.lo, range.hi))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.township_id, s))
        .collect();
    let (frozen, open): (Vec<_>, Vec<_>) = townships
        .into_iter()
        .partition(|t| locked.contains_key(&t.id));
    let mut cards: Vec<Card> = frozen
        .into_iter()
        .filter_map(|t| {
            let s = locked.get(&t.id)?;
            let parts: Vec<CardPart> = serde_json::from_str(&s.parts).ok()?;
            Some(Card {
                id: s.id,
                county_code: county,
                year,
                parts,
                total: s.total,
                locked: Some(Locked {
                    rank: s.rank,
                    at: s.locked_at,
                }),
                township: t,
            })
        })
        .collect();
    if !open.is_empty() {
        cards.extend(open_cards(db, county, range, open, year, today).await?);
    }
    cards.sort_by_key(|c| c.township.code);
    Ok(cards)
}

/// The cards of townships whose year is not locked, from the records.
async fn open_cards(
    db: &impl ConnectionTrait,
    county: i64,
    range: CodeRange,
    townships: Vec<grid_node::Model>,
    year: i32,
    today: NaiveDate,
) -> AppResult<Vec<Card>> {
    let templates = template::in_force(db, &[county], year).await?;
    let template = templates
        .get(&county)
        .cloned()
        .unwrap_or_else(|| template::notice(year));
    let codes: Vec<i64> = townships.iter().map(|t| t.code).collect();
    let year_facts = facts::read(db, county, range, &codes, year, today).await?;
    let entries = current_entries(db, county, range, year).await?;
    let empty = facts::Facts::default();
    Ok(townships
        .into_iter()
        .map(|t| {
            let f = year_facts.by_township.get(&t.code).unwrap_or(&empty);
            let mine: HashMap<&str, &scorecard_entry::Model> = entries
                .iter()
                .filter(|e| e.township_id == t.id)
                .map(|e| (e.item_key.as_str(), e))
                .collect();
            let (parts, total) = build(&template, &year_facts, f, &mine);
            Card {
                id: card_id(t.id, year),
                county_code: county,
                year,
                parts,
                total,
                locked: None,
                township: t,
            }
        })
        .collect())
}

/// The latest entry of each township and item: one statement.
async fn current_entries(
    db: &impl ConnectionTrait,
    county: i64,
    range: CodeRange,
    year: i32,
) -> AppResult<Vec<scorecard_entry::Model>> {
    let rows = scorecard_entry::Entity::find()
        .filter(scorecard_entry::Column::CountyCode.eq(county))
        .filter(scorecard_entry::Column::Year.eq(year))
        .filter(scorecard_entry::Column::TownshipCode.between(range.lo, range.hi))
        .order_by_asc(scorecard_entry::Column::Version)
        .all(db)
        .await?;
    let mut latest: HashMap<(Uuid, String), scorecard_entry::Model> = HashMap::new();
    for r in rows {
        latest.insert((r.township_id, r.item_key.clone()), r);
    }
    Ok(latest.into_values().collect())
}

/// Competition ranking by total, highest first: equal totals share a rank
/// and the next rank skips (1, 1, 3).
pub fn ranks(totals: &[i32]) -> Vec<i32> {
    totals
        .iter()
        .map(|t| 1 + totals.iter().filter(|o| *o > t).count() as i32)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_share_a_rank_and_the_next_skips() {
        assert_eq!(ranks(&[80, 95, 80, 60]), vec![2, 1, 2, 4]);
    }

    #[test]
    fn the_notice_template_keeps_its_numbers() {
        let t = template::notice(2018);
        let maxima: Vec<i32> = t.parts.iter().map(|p| p.max_points).collect();
        assert_eq!(maxima, vec![20, 30, 30, 20]);
        let assessment: i32 = t.parts[3].items.iter().map(|i| i.max_points).sum();
        assert_eq!(
            assessment, 12,
            "考核情况's items add up to 12 of 20, as written"
        );
    }
}
