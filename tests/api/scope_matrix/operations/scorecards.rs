//! Operations for the scorecard rows. Each write works in a year of its
//! own, so the lock of one never refuses another's edit: the template next
//! year, the items this year, the lock last year.
use super::{Fixtures, Prepared, Target};
use chrono::Datelike;
use serde_json::{json, Value};

const CARD: &str = "query($t: ID!, $y: Int!) { scorecard(townshipId: $t, year: $y) { id total } }";
const RANKING: &str =
    "query($c: ID!, $y: Int!) { scorecardRanking(countyId: $c, year: $y) { rank total } }";
const TEMPLATE: &str =
    "query($c: ID, $y: Int!) { scorecardTemplate(year: $y, countyId: $c) { version } }";
const SET_TEMPLATE: &str = "mutation($c: ID!, $y: Int!, $parts: [ScorecardPartInput!]!) {
  setScorecardTemplate(countyId: $c, year: $y, parts: $parts) { version } }";
const LOCK: &str =
    "mutation($c: ID!, $y: Int!) { lockScorecards(countyId: $c, year: $y) { rank } }";
const SET_ITEM: &str = "mutation($s: ID!) { setScorecardItem(scorecardId: $s,
  itemKey: \"assessments_done\", points: 3, note: \"矩阵评分\") { id total } }";

fn year(offset: i32) -> i32 {
    api::clock::today().year() + offset
}

fn prepared(document: &'static str, vars: Value, target_path: &'static [&'static str]) -> Prepared {
    Prepared {
        document,
        vars,
        target_path,
        record_id: None,
        unfiltered: None,
    }
}

fn parts() -> Value {
    json!([{ "key": "basics", "title": "基础工作", "maxPoints": 10, "items": [
        { "key": "spirit", "title": "工作作风", "maxPoints": 10 } ] }])
}

impl Fixtures<'_> {
    pub(super) async fn prepare_scorecards(&self, field: &str, node: &Target) -> Option<Prepared> {
        let p = prepared;
        Some(match field {
            "scorecard" => p(CARD, json!({ "t": node.id, "y": year(0) }), &["t"]),
            "scorecardRanking" => p(RANKING, json!({ "c": node.id, "y": year(0) }), &["c"]),
            "scorecardTemplate" => p(TEMPLATE, json!({ "c": node.id, "y": year(0) }), &["c"]),
            "setScorecardTemplate" => p(
                SET_TEMPLATE,
                json!({ "c": node.id, "y": year(1), "parts": parts() }),
                &["c"],
            ),
            "lockScorecards" => p(LOCK, json!({ "c": node.id, "y": year(-1) }), &["c"]),
            "setScorecardItem" => {
                let card = self
                    .as_root(CARD, json!({ "t": node.id, "y": year(0) }))
                    .await;
                let id = card["scorecard"]["id"].as_str().unwrap().to_string();
                p(SET_ITEM, json!({ "s": id }), &["s"])
            }
            _ => return None,
        })
    }
}
