//! A county of two townships made through the API on a moving clock, with
//! posts whose 2025 ledger is known to the fen (2025 has 365 days):
//!
//! | post                       | held in 2025          | days | standard | due (floor)  | fund    |
//! |----------------------------|-----------------------|------|----------|--------------|---------|
//! | 甲村 officer 甲一           | 01-01 .. 07-01 (repl.) | 181  | 120000   | 59506        | county  |
//! | 甲村 officer 甲二 (护林员)  | 07-01 .. year end     | 184  | 120000   | 60493        | poverty |
//! | 甲村 group 1 liaison 甲三   | 03-01 .. year end     | 306  | 50000    | 41917        | county  |
//! | 和平社区 officer (exempt)    | whole year            | 365  | 0        | 0            | county  |
//! | 和平社区 group 1 liaison     | whole year            | 365  | 50000    | 50000        | county  |
//! | 乙村 officer 乙一           | whole year            | 365  | 120000   | 120000       | county  |
//!
//! The clock then stands on 2026-01-15, so 2025 is last year.
use crate::helpers::{spawn_demo_app_with, Session, TestApp};
use api::clock::Clock;
use chrono::{NaiveDate, TimeZone, Utc};
use serde_json::{json, Value};

pub const CREATE_NODE: &str =
    "mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }";
const APPOINT: &str = "mutation($input: AppointInput!) { appoint(input: $input) { id version } }";
const REPLACE: &str =
    "mutation($input: ReplaceAppointmentInput!) { replaceAppointment(input: $input) { id } }";
const CREATE_ACCOUNT: &str =
    "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }";

pub const LEDGER: &str = "query($n: ID!, $y: Int!) { subsidyLedger(nodeId: $n, year: $y) {
  year
  rows { appointment { id role startDate endDate } role personName nodeName daysInPost
         standardFen proratedFen exempt exemptReason fundingSource deductionFen netFen assessed }
  totals { posts exemptPosts proratedFen deductionFen netFen countyBudgetFen povertyAlleviationFundFen }
} }";

pub const PAYROLL_FIELDS: &str = "id role year period status totalFen paidFen preparedBy preparedAt
  approvedBy approvedAt paidBy paidOn reference version allowedActions updatedAt
  payer { id name }
  lines { id position kind appointment { id } personName daysInPost standardFen proratedFen
          deductionFen fundingSource amountFen reason createdAt }";

pub const PASSWORD: &str = "补贴测试密码-2026";

pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

pub struct Money {
    pub app: TestApp,
    pub clock: Clock,
    pub root: Session,
    pub county: String,
    /// 甲镇, 乙镇
    pub townships: [String; 2],
    /// 甲村, 和平社区, 乙村
    pub villages: [String; 3],
    /// 甲村 group 1
    pub group: String,
    /// 甲村's officer after the replacement (甲二), 甲村 group 1's liaison (甲三).
    pub officer: String,
    pub liaison: String,
}

impl Money {
    /// Moves the server to 10:00 China time on `text`.
    pub fn on(&self, text: &str) {
        let d = day(text);
        self.clock
            .set(Utc.from_utc_datetime(&d.and_hms_opt(2, 0, 0).unwrap()));
    }

    pub async fn ok(&self, query: &str, vars: Value) -> Value {
        let a = self.app.query(&self.root.access_token, query, vars).await;
        assert!(a.body["errors"].is_null(), "{}", a.text);
        a.body["data"].clone()
    }

    async fn node(&self, parent: &str, name: &str, exempt: bool) -> String {
        let input = json!({ "parentId": parent, "name": name, "subsidyExempt": exempt });
        let d = self.ok(CREATE_NODE, json!({ "input": input })).await;
        d["createNode"]["id"].as_str().unwrap().to_string()
    }

    async fn appoint(
        &self,
        node: &str,
        role: &str,
        start: &str,
        name: &str,
        post: Option<&str>,
    ) -> (String, i64) {
        let phone = format!(
            "1390001{:04}",
            name.chars().map(u32::from).sum::<u32>() % 10_000
        );
        let input = json!({ "nodeId": node, "role": role, "startDate": start,
            "newPerson": { "name": name, "phone": phone, "auxiliaryPost": post } });
        let d = self.ok(APPOINT, json!({ "input": input })).await;
        (
            d["appoint"]["id"].as_str().unwrap().to_string(),
            d["appoint"]["version"].as_i64().unwrap(),
        )
    }

    /// A logged-in account of `role` at `node`, with a person of its own.
    pub async fn account(&self, username: &str, node: &str, role: &str) -> Session {
        let n = username.len() + username.chars().map(u32::from).sum::<u32>() as usize;
        let input = json!({ "username": username, "password": PASSWORD, "nodeId": node, "role": role,
            "newPerson": { "name": format!("{username}本人"), "phone": format!("1770002{:04}", n % 10_000) } });
        self.ok(CREATE_ACCOUNT, json!({ "input": input })).await;
        self.app.login(username, PASSWORD).await
    }

    pub async fn as_user(&self, s: &Session, query: &str, vars: Value) -> crate::helpers::Answer {
        self.app.query(&s.access_token, query, vars).await
    }

    /// The ledger of `node` for `year` as the root administrator reads it.
    pub async fn ledger(&self, node: &str, year: i32) -> Value {
        self.ok(LEDGER, json!({ "n": node, "y": year })).await["subsidyLedger"].clone()
    }
}

/// The county of the table above.
pub async fn money() -> Money {
    let clock = Clock::settable(Utc.with_ymd_and_hms(2024, 12, 1, 2, 0, 0).unwrap());
    let shared = clock.clone();
    let app = spawn_demo_app_with(move |s| s.clock = shared).await;
    let root = app.root().await;
    let city = app.node_id("5203").await;
    let mut m = Money {
        app,
        clock,
        root,
        county: String::new(),
        townships: [String::new(), String::new()],
        villages: [String::new(), String::new(), String::new()],
        group: String::new(),
        officer: String::new(),
        liaison: String::new(),
    };
    m.county = m.node(&city, "补贴试点县", false).await;
    let county = m.county.clone();
    let jia = m.node(&county, "甲镇", false).await;
    let yi = m.node(&county, "乙镇", false).await;
    let jia_village = m.node(&jia, "甲村", false).await;
    let community = m.node(&jia, "和平社区", true).await;
    let yi_village = m.node(&yi, "乙村", false).await;
    let group = m.node(&jia_village, "第一村民组", false).await;
    let community_group = m.node(&community, "第一居民组", false).await;

    let (first, version) = m
        .appoint(&jia_village, "VILLAGE_OFFICER", "2018-05-20", "甲一", None)
        .await;
    m.appoint(&community, "VILLAGE_OFFICER", "2020-01-01", "和平一", None)
        .await;
    m.appoint(
        &community_group,
        "GROUP_LIAISON",
        "2020-01-01",
        "和平二",
        None,
    )
    .await;
    m.appoint(&yi_village, "VILLAGE_OFFICER", "2019-03-01", "乙一", None)
        .await;
    m.on("2025-03-01");
    let (liaison, _) = m
        .appoint(&group, "GROUP_LIAISON", "2025-03-01", "甲三", None)
        .await;
    m.on("2025-07-01");
    let input = json!({ "appointmentId": first, "version": version, "endDate": "2025-07-01",
        "startDate": "2025-07-01",
        "newPerson": { "name": "甲二", "phone": "13900019999", "auxiliaryPost": "FOREST_RANGER" } });
    let d = m.ok(REPLACE, json!({ "input": input })).await;
    m.officer = d["replaceAppointment"]["id"].as_str().unwrap().to_string();
    m.liaison = liaison;
    m.on("2026-01-15");
    m.townships = [jia, yi];
    m.villages = [jia_village, community, yi_village];
    m.group = group;
    m
}
