//! A county of two townships made through the API on a moving clock, with
//! a 2025 of known records for 甲村's village officer 甲一:
//!
//! | record (2025)                       | rule item (built-in)  | misses | points |
//! |-------------------------------------|-----------------------|--------|--------|
//! | inspections: 4 a month, but March 2 and July 0 | 检查频次 40, −10 | 2 | 20 |
//! | one hazard, deadline 06-10, never closed | 隐患跟踪 20, −5     | 1      | 15     |
//! | two village safety meetings         | 村级安全会议 20, −5   | 2      | 10     |
//! | a notebook check: not kept          | 工作笔记 10, −10      | 1      | 0      |
//! | —                                   | 其他职责 10, manual   | —      | null   |
//!
//! So the form opens at 45 points with the manual item to score. 丙村's
//! officer 丙一 and 乙村's officer 乙一 have no records; 甲村 group 1's
//! liaison is 甲三. The clock then stands on 2026-01-15.
use crate::helpers::{spawn_demo_app_with, Answer, Session, TestApp};
use api::clock::Clock;
use chrono::{NaiveDate, TimeZone, Utc};
use serde_json::{json, Value};

const CREATE_NODE: &str = "mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }";
const APPOINT: &str =
    "mutation($input: AppointInput!) { appoint(input: $input) { id person { id } } }";
const CREATE_ACCOUNT: &str =
    "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id person { id } } }";
const INSPECT: &str =
    "mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }";
const MEETING: &str =
    "mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }";
const HAZARD: &str = "mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id } }";
const PLAN: &str = "mutation($id: ID!, $d: NaiveDate!) { planRectification(id: $id, deadline: $d, measures: \"设置警示牌\") { id } }";
const ISSUE: &str = "mutation($id: ID!, $on: NaiveDate!) { issueNotebooks(appointmentIds: [$id], issuedOn: $on) { id } }";
const CHECK: &str =
    "mutation($input: RecordNotebookCheckInput!) { recordNotebookCheck(input: $input) { id } }";

pub const ASSESSMENT: &str = "id period periodKind status total maxTotal grade passMark fenPerPoint
  deductionFen defaultRules assessor approvedBy version superseded previousId reason allowedActions
  personName role submittedAt approvedAt createdAt updatedAt appointment { id }
  items { key title maxPoints measure perMiss points auto autoPoints misses
          evidence { summary recordIds } note documentIds }";

pub const PASSWORD: &str = "考核测试密码-2026";

pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

pub struct Post {
    pub appointment: String,
    pub person: String,
}

pub struct County {
    pub app: TestApp,
    pub clock: Clock,
    pub root: Session,
    pub county: String,
    /// 甲镇, 乙镇
    pub townships: [String; 2],
    /// 甲村, 丙村 (甲镇), 乙村 (乙镇)
    pub villages: [String; 3],
    /// 甲一 (甲村), 丙一 (丙村), 乙一 (乙村), 甲三 (甲村 group 1)
    pub officer: Post,
    pub bing: Post,
    pub yi: Post,
    pub liaison: Post,
    /// 甲镇's administrator, 乙镇's, the county's, and 甲村's officer (甲一).
    pub jia: Session,
    pub yi_admin: Session,
    pub county_admin: Session,
    pub village: Session,
    pub jia_person: String,
}

impl County {
    /// Moves the server to 10:00 China time on `text`.
    pub fn on(&self, text: &str) {
        let d = day(text);
        self.clock
            .set(Utc.from_utc_datetime(&d.and_hms_opt(2, 0, 0).unwrap()));
    }

    pub async fn ok(&self, query: &str, vars: Value) -> Value {
        self.ok_as(&self.root, query, vars).await
    }

    pub async fn ok_as(&self, s: &Session, query: &str, vars: Value) -> Value {
        let a = self.app.query(&s.access_token, query, vars).await;
        assert!(a.body["errors"].is_null(), "{}", a.text);
        a.body["data"].clone()
    }

    pub async fn as_user(&self, s: &Session, query: &str, vars: Value) -> Answer {
        self.app.query(&s.access_token, query, vars).await
    }

    async fn node(&self, parent: &str, name: &str) -> String {
        let input = json!({ "parentId": parent, "name": name });
        let d = self.ok(CREATE_NODE, json!({ "input": input })).await;
        d["createNode"]["id"].as_str().unwrap().to_string()
    }

    async fn appoint(&self, node: &str, role: &str, name: &str) -> Post {
        let phone = format!(
            "1390002{:04}",
            name.chars().map(u32::from).sum::<u32>() % 10_000
        );
        let input = json!({ "nodeId": node, "role": role, "startDate": "2024-01-01",
            "newPerson": { "name": name, "phone": phone } });
        let d = self.ok(APPOINT, json!({ "input": input })).await;
        Post {
            appointment: d["appoint"]["id"].as_str().unwrap().to_string(),
            person: d["appoint"]["person"]["id"].as_str().unwrap().to_string(),
        }
    }

    /// A logged-in account of `role` at `node`: of `person`, or of a new one.
    pub async fn account(
        &self,
        username: &str,
        node: &str,
        role: &str,
        person: Option<&str>,
    ) -> (Session, String) {
        let n = username.len() + username.chars().map(u32::from).sum::<u32>() as usize;
        let mut input =
            json!({ "username": username, "password": PASSWORD, "nodeId": node, "role": role });
        match person {
            Some(p) => input["personId"] = json!(p),
            None => {
                input["newPerson"] = json!({ "name": format!("{username}本人"),
                    "phone": format!("1770003{:04}", n % 10_000) })
            }
        }
        let d = self.ok(CREATE_ACCOUNT, json!({ "input": input })).await;
        let person = d["createAccount"]["person"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        (self.app.login(username, PASSWORD).await, person)
    }

    async fn inspect(&self, node: &str, on: &str) {
        let at = format!("{on}T09:00:00+08:00");
        let input = json!({ "nodeId": node, "kind": "VILLAGE_INSPECTION", "occurredAt": at,
            "sectors": ["FIRE"], "notes": "检查用电和柴草堆放",
            "idempotencyKey": uuid::Uuid::new_v4().to_string() });
        self.ok_as(&self.village, INSPECT, json!({ "input": input }))
            .await;
    }
}

pub async fn start(c: &County, s: &Session, post: &str, period: &str) -> Answer {
    let doc = format!(
        "mutation($a: ID!, $p: String!) {{ startAssessment(appointmentId: $a, period: $p) {{ {ASSESSMENT} }} }}"
    );
    c.as_user(s, &doc, json!({ "a": post, "p": period })).await
}

pub async fn step(c: &County, s: &Session, field: &str, id: &str, extra: &str) -> Answer {
    let doc = format!("mutation($id: ID!) {{ {field}(id: $id{extra}) {{ {ASSESSMENT} }} }}");
    c.as_user(s, &doc, json!({ "id": id })).await
}

pub async fn score(
    c: &County,
    s: &Session,
    id: &str,
    key: &str,
    points: i64,
    note: Option<&str>,
) -> Answer {
    let doc = format!(
        "mutation($id: ID!, $k: String!, $p: Int!, $n: String) {{ scoreAssessmentItem(id: $id, itemKey: $k, points: $p, note: $n) {{ {ASSESSMENT} }} }}"
    );
    c.as_user(
        s,
        &doc,
        json!({ "id": id, "k": key, "p": points, "n": note }),
    )
    .await
}

/// The county of the table above.
pub async fn county() -> County {
    let clock = Clock::settable(Utc.with_ymd_and_hms(2024, 12, 1, 2, 0, 0).unwrap());
    let shared = clock.clone();
    let app = spawn_demo_app_with(move |s| s.clock = shared).await;
    let root = app.root().await;
    let city = app.node_id("5203").await;
    let empty = || Post {
        appointment: String::new(),
        person: String::new(),
    };
    let placeholder = root.clone();
    let mut c = County {
        app,
        clock,
        root,
        county: String::new(),
        townships: [String::new(), String::new()],
        villages: [String::new(), String::new(), String::new()],
        officer: empty(),
        bing: empty(),
        yi: empty(),
        liaison: empty(),
        jia: placeholder.clone(),
        yi_admin: placeholder.clone(),
        county_admin: placeholder.clone(),
        village: placeholder,
        jia_person: String::new(),
    };
    c.county = c.node(&city, "考核试点县").await;
    let county = c.county.clone();
    let jia = c.node(&county, "甲镇").await;
    let yi = c.node(&county, "乙镇").await;
    let jia_village = c.node(&jia, "甲村").await;
    let bing_village = c.node(&jia, "丙村").await;
    let yi_village = c.node(&yi, "乙村").await;
    let group = c.node(&jia_village, "第一村民组").await;
    c.officer = c.appoint(&jia_village, "VILLAGE_OFFICER", "甲一").await;
    c.bing = c.appoint(&bing_village, "VILLAGE_OFFICER", "丙一").await;
    c.yi = c.appoint(&yi_village, "VILLAGE_OFFICER", "乙一").await;
    c.liaison = c.appoint(&group, "GROUP_LIAISON", "甲三").await;
    let (s, person) = c.account("jia-admin", &jia, "ADMIN", None).await;
    c.jia = s;
    c.jia_person = person;
    c.yi_admin = c.account("yi-admin", &yi, "ADMIN", None).await.0;
    c.county_admin = c.account("county-admin", &county, "ADMIN", None).await.0;
    let officer_person = c.officer.person.clone();
    c.village = c
        .account(
            "jia-officer",
            &jia_village,
            "VILLAGE_OFFICER",
            Some(officer_person.as_str()),
        )
        .await
        .0;
    for month in 1..=12u32 {
        let done = match month {
            3 => 2,
            7 => 0,
            _ => 4,
        };
        let today = format!("2025-{month:02}-20");
        c.on(&today);
        for d in 0..done {
            c.inspect(&jia_village, &format!("2025-{month:02}-{:02}", 10 + d))
                .await;
        }
        if month == 1 {
            let vars = json!({ "id": c.officer.appointment, "on": today });
            c.ok_as(&c.jia, ISSUE, vars).await;
        }
        if month == 4 || month == 10 {
            let input = json!({ "nodeId": jia_village, "kind": "VILLAGE_SAFETY", "heldOn": today,
                "topics": "防溺水、用电安全", "coversGridWork": true, "minutes": "会议记录",
                "attendeeCount": 12, "idempotencyKey": uuid::Uuid::new_v4().to_string() });
            c.ok_as(&c.village, MEETING, json!({ "input": input }))
                .await;
        }
        if month == 5 {
            let input = json!({ "nodeId": jia_village, "title": "村道边坡落石",
                "description": "路口上方边坡有松动石块", "severity": "GENERAL",
                "category": "ROAD_TRAFFIC", "fixedOnSpot": false,
                "idempotencyKey": uuid::Uuid::new_v4().to_string() });
            let d = c.ok_as(&c.village, HAZARD, json!({ "input": input })).await;
            let id = d["reportHazard"]["id"].as_str().unwrap().to_string();
            c.ok_as(&c.village, PLAN, json!({ "id": id, "d": "2025-06-10" }))
                .await;
        }
        if month == 8 {
            let input = json!({ "appointmentId": c.officer.appointment, "checkedOn": today,
                "kept": false, "note": "多页空白", "idempotencyKey": uuid::Uuid::new_v4().to_string() });
            c.ok_as(&c.jia, CHECK, json!({ "input": input })).await;
        }
    }
    c.on("2026-01-15");
    c.townships = [jia, yi];
    c.villages = [jia_village, bing_village, yi_village];
    c
}
