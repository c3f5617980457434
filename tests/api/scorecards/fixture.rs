//! The campaign board's county (`campaigns::fixture`: 甲 on time, 乙
//! late, 丙 not done on a 2018 campaign, the clock on 2018-07-20) with
//! more records for the scorecard, and a fourth township:
//!
//! | record                                   | 甲 | 乙 | 丙 | 丁 |
//! |------------------------------------------|----|----|----|----|
//! | implementation plan (IMPLEMENTATION_PLAN) | ✓  | ✓  |    |    |
//! | leading group set-up (LEADING_GROUP)      | ✓  |    |    |    |
//! | roster by 05-25, posts missing            | 0  | late | none | 2 |
//! | milestones (training, build-out)          | on time | late | not done | not done |
//! | notebooks found not kept (persons)        | 1  |    |    |    |
//! | duty reports without the grid work        | 2  |    |    |    |
//! | officers with an approved 2018 assessment | 1 of 1 | 0 of 1 | 0 of 1 | 0 of 0 |
//!
//! 丁镇 has a village and a group and nobody in post; its roster went in
//! on 05-21 with both posts missing.
use crate::campaigns::fixture::{self, County};
use crate::programme::documents::{upload, PDF};
use serde_json::{json, Value};

pub const CARD: &str = "query($t: ID!, $y: Int!) { scorecard(townshipId: $t, year: $y) {
  id year total locked rank allowedActions township { name }
  parts { key title maxPoints points
    items { key title points maxPoints auto rule evidence { finding count of recordIds } note documents { id } } }
} }";

pub const RANKING: &str = "query($c: ID!, $y: Int!) { scorecardRanking(countyId: $c, year: $y) {
  rank total township { name } parts { key points maxPoints } scorecard { id locked rank }
} }";

pub const SET_ITEM: &str = "mutation($s: ID!, $k: String!, $p: Int!, $n: String, $d: [ID!] = []) {
  setScorecardItem(scorecardId: $s, itemKey: $k, points: $p, note: $n, documentIds: $d) {
    id total parts { key points items { key points auto note documents { id } evidence { finding } } }
} }";

pub const LOCK: &str = "mutation($c: ID!, $y: Int!) { lockScorecards(countyId: $c, year: $y) {
  rank total township { name } scorecard { locked rank }
} }";

pub struct Scored {
    pub c: County,
    /// 甲, 乙, 丙, 丁
    pub townships: Vec<String>,
    pub notebook_check: String,
    pub duty_reports: Vec<String>,
    pub leading_group: String,
    /// 甲镇's officer's approved assessment of 2018.
    pub assessment: String,
}

impl Scored {
    pub async fn card(&self, t: usize) -> Value {
        self.c
            .ok(CARD, json!({ "t": self.townships[t], "y": 2018 }))
            .await["scorecard"]
            .clone()
    }
}

/// The points of each item of a card, by key.
pub fn item_points(card: &Value) -> Vec<(String, i64)> {
    items(card)
        .map(|i| {
            (
                i["key"].as_str().unwrap().to_string(),
                i["points"].as_i64().unwrap(),
            )
        })
        .collect()
}

pub fn items(card: &Value) -> impl Iterator<Item = &Value> {
    card["parts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["items"].as_array().unwrap())
}

pub fn item<'a>(card: &'a Value, key: &str) -> &'a Value {
    items(card).find(|i| i["key"] == key).unwrap()
}

async fn document(c: &County, node: &str, kind: &str, title: &str) -> String {
    let q = [("nodeId", node), ("kind", kind), ("title", title)];
    let (status, body) = upload(&c.app, &c.root, &q, "application/pdf", PDF).await;
    assert!(status.is_success(), "{status} {body}");
    body["id"].as_str().unwrap().to_string()
}

pub async fn scored() -> Scored {
    let c = fixture::county().await;
    // 丁镇, its roster on 05-21 with both posts empty.
    c.on("2018-05-21");
    let county = c.county.clone();
    let ding = c.node(&county, "丁镇").await;
    let village = c.node(&ding, "丁镇村").await;
    c.node(&village, "第一村民组").await;
    c.ok(
        fixture::SUBMIT_ROSTER,
        json!({ "t": ding, "k": "roster-ding" }),
    )
    .await;
    c.on("2018-07-20");
    let leading_group = document(&c, &c.townships[0].id, "LEADING_GROUP", "领导小组成立文件").await;

    let check = c
        .ok(
            "mutation($i: RecordNotebookCheckInput!) { recordNotebookCheck(input: $i) { id } }",
            json!({ "i": { "appointmentId": c.townships[0].posts[1].0, "checkedOn": "2018-07-15",
                "kept": false, "note": "7 月无巡查记录", "idempotencyKey": "nb-jia-1" } }),
        )
        .await["recordNotebookCheck"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let mut duty_reports = Vec::new();
    for (i, name) in ["甲镇长", "甲副镇长"].into_iter().enumerate() {
        let leader = c
            .ok(
                fixture::APPOINT,
                json!({ "input": { "nodeId": c.townships[0].id, "role": "TOWNSHIP_LEADER",
                    "startDate": "2018-07-01", "inChargeOfSafety": i == 0,
                    "newPerson": { "name": name, "phone": format!("1390009000{i}") } } }),
            )
            .await["appoint"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        let report = c
            .ok(
                "mutation($i: RecordDutyReportInput!) { recordDutyReport(input: $i) { id } }",
                json!({ "i": { "appointmentId": leader, "month": "2018-07", "coversGridWork": false,
                    "summary": "主持召开脱贫攻坚推进会", "idempotencyKey": format!("duty-jia-{i}") } }),
            )
            .await["recordDutyReport"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        duty_reports.push(report);
    }
    let assessment = assess_officer(&c, 0).await;
    let mut townships: Vec<String> = c.townships.iter().map(|t| t.id.clone()).collect();
    townships.push(ding);
    Scored {
        c,
        townships,
        notebook_check: check,
        duty_reports,
        leading_group,
        assessment,
    }
}

/// Township `t`'s administrator assesses its village officer for 2018
/// and submits; the county (the root) approves. The assessment's id.
async fn assess_officer(c: &County, t: usize) -> String {
    let input = json!({ "username": format!("assessor{t}"), "password": "assessor-pass-2018",
        "nodeId": c.townships[t].id, "role": "ADMIN",
        "newPerson": { "name": format!("考核人{t}"), "phone": format!("1770009000{t}") } });
    c.ok(
        "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }",
        json!({ "input": input }),
    )
    .await;
    let s = c
        .app
        .login(&format!("assessor{t}"), "assessor-pass-2018")
        .await;
    let as_assessor = |doc: &'static str, vars: Value| {
        let token = s.access_token.clone();
        let app = &c.app;
        async move {
            let a = app.query(&token, doc, vars).await;
            assert!(a.body["errors"].is_null(), "{}", a.text);
            a.body["data"].clone()
        }
    };
    let started = as_assessor(
        "mutation($a: ID!) { startAssessment(appointmentId: $a, period: \"2018\") {
           id items { key maxPoints auto } } }",
        json!({ "a": c.townships[t].posts[0].0 }),
    )
    .await["startAssessment"]
        .clone();
    let id = started["id"].as_str().unwrap().to_string();
    // The items the records do not fill are the assessor's to score.
    for i in started["items"].as_array().unwrap() {
        if i["auto"] == false {
            as_assessor(
                "mutation($id: ID!, $k: String!, $p: Int!) {
                   scoreAssessmentItem(id: $id, itemKey: $k, points: $p, note: \"履职到位\") { id } }",
                json!({ "id": id, "k": i["key"], "p": i["maxPoints"] }),
            )
            .await;
        }
    }
    as_assessor(
        "mutation($id: ID!) { submitAssessment(id: $id) { id } }",
        json!({ "id": id }),
    )
    .await;
    c.ok(
        "mutation($id: ID!) { approveAssessment(id: $id) { status } }",
        json!({ "id": id }),
    )
    .await;
    id
}
