//! A county of three townships made through the API on a moving clock,
//! one on time, one late and one not done on each milestone of a 2018-style
//! campaign:
//!
//! | milestone (due)               | 甲 (on time) | 乙 (late)   | 丙 (not done)       |
//! |-------------------------------|--------------|-------------|---------------------|
//! | roster (05-25)                | 05-20        | 06-05       | none                |
//! | training and notebooks (05-30)| 05-28        | 06-10       | liaison untrained   |
//! | implementation plan (05-30)   | 05-28        | 06-10       | none                |
//! | build-out with sites (06-30)  | 06-20        | 07-05       | village site only   |
use crate::helpers::{spawn_demo_app_with, Session, TestApp};
use crate::programme::documents::{upload, PDF};
use api::clock::Clock;
use chrono::{NaiveDate, TimeZone, Utc};
use serde_json::{json, Value};

pub const CREATE_NODE: &str =
    "mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }";
pub const APPOINT: &str =
    "mutation($input: AppointInput!) { appoint(input: $input) { id version } }";
pub const UPDATE_APPOINTMENT: &str =
    "mutation($input: UpdateAppointmentInput!) { updateAppointment(input: $input) { version } }";
pub const SUBMIT_ROSTER: &str =
    "mutation($t: ID!, $k: String) { submitRoster(townshipId: $t, idempotencyKey: $k) { id } }";
pub const SET_DEMONSTRATION: &str = "mutation($n: ID!, $since: NaiveDate!, $k: String) {
  setDemonstration(nodeId: $n, since: $since, idempotencyKey: $k) { id since until current level }
}";
pub const CREATE_CAMPAIGN: &str = "mutation($n: ID!, $input: CampaignInput!) {
  createCampaign(nodeId: $n, input: $input) { id version milestones { id kind dueOn } allowedActions }
}";
pub const PROGRESS: &str = "query($c: ID!, $under: ID, $asOf: NaiveDate) {
  campaignProgress(campaignId: $c, under: $under, asOf: $asOf) {
    asOf
    townships {
      township { id name }
      milestones { milestone { kind dueOn } status doneOn done total evidenceIds }
    }
    totals { milestone { kind } doneOnTime doneLate notDone notDue }
  }
}";

pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

pub struct Township {
    pub id: String,
    pub village: String,
    pub group: String,
    /// (appointment id, version) of the officer and the liaison.
    pub posts: Vec<(String, i64)>,
}

pub struct County {
    pub app: TestApp,
    pub clock: Clock,
    pub root: Session,
    pub county: String,
    pub townships: Vec<Township>,
    pub campaign: String,
}

impl County {
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

    pub async fn node(&self, parent: &str, name: &str) -> String {
        let d = self
            .ok(
                CREATE_NODE,
                json!({ "input": { "parentId": parent, "name": name } }),
            )
            .await;
        d["createNode"]["id"].as_str().unwrap().to_string()
    }

    /// A township with one village and one group, both posts held from
    /// today, untrained.
    pub async fn township(&mut self, name: &str, serial: u32) -> usize {
        let county = self.county.clone();
        let id = self.node(&county, name).await;
        let village = self.node(&id, &format!("{name}村")).await;
        let group = self.node(&village, "第一村民组").await;
        let today = self.app.state.settings.clock.today().to_string();
        let mut posts = Vec::new();
        for (i, (node, role)) in [(&village, "VILLAGE_OFFICER"), (&group, "GROUP_LIAISON")]
            .into_iter()
            .enumerate()
        {
            let phone = format!("1390000{serial:02}{i:02}");
            let d = self
                .ok(
                    APPOINT,
                    json!({ "input": { "nodeId": node, "role": role, "startDate": today,
                        "newPerson": { "name": format!("{name}{i}号"), "phone": phone } } }),
                )
                .await;
            posts.push((
                d["appoint"]["id"].as_str().unwrap().to_string(),
                d["appoint"]["version"].as_i64().unwrap(),
            ));
        }
        self.townships.push(Township {
            id,
            village,
            group,
            posts,
        });
        self.townships.len() - 1
    }

    pub async fn train(&mut self, t: usize, post: usize, on: &str) {
        let (id, version) = self.townships[t].posts[post].clone();
        let d = self
            .ok(
                UPDATE_APPOINTMENT,
                json!({ "input": { "appointmentId": id, "version": version,
                    "trainingDate": on, "notebookIssuedDate": on } }),
            )
            .await;
        self.townships[t].posts[post].1 = d["updateAppointment"]["version"].as_i64().unwrap();
    }

    pub async fn roster(&self, t: usize) {
        self.ok(
            SUBMIT_ROSTER,
            json!({ "t": self.townships[t].id, "k": format!("roster-{t}-fixture") }),
        )
        .await;
    }

    pub async fn plan(&self, t: usize) {
        let q = [
            ("nodeId", self.townships[t].id.as_str()),
            ("kind", "IMPLEMENTATION_PLAN"),
            ("title", "网格化管理实施方案"),
        ];
        let (status, body) = upload(&self.app, &self.root, &q, "application/pdf", PDF).await;
        assert!(status.is_success(), "{status} {body}");
    }

    pub async fn site(&self, node: &str, since: &str) -> Value {
        self.ok(
            SET_DEMONSTRATION,
            json!({ "n": node, "since": since, "k": format!("site-{node}-{since}") }),
        )
        .await["setDemonstration"]
            .clone()
    }

    /// `campaignProgress` as of `as_of`: per township name, the statuses.
    pub async fn statuses(&self, as_of: &str) -> Vec<(String, Vec<String>)> {
        let d = self
            .ok(
                PROGRESS,
                json!({ "c": self.campaign, "under": self.county, "asOf": as_of }),
            )
            .await;
        d["campaignProgress"]["townships"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                let statuses = t["milestones"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|m| m["status"].as_str().unwrap().to_string())
                    .collect();
                (
                    t["township"]["name"].as_str().unwrap().to_string(),
                    statuses,
                )
            })
            .collect()
    }
}

/// The milestones, in the order the board shows them.
pub fn milestones() -> Value {
    json!([
        { "kind": "ROSTER_SUBMITTED", "title": "上报安全员名单", "dueOn": "2018-05-25" },
        { "kind": "TRAINING_AND_NOTEBOOKS", "title": "完成培训并发放工作手册", "dueOn": "2018-05-30" },
        { "kind": "DOCUMENT", "title": "制定实施方案", "dueOn": "2018-05-30",
          "documentKind": "IMPLEMENTATION_PLAN" },
        { "kind": "BUILD_OUT", "title": "全面完成网格化建设（含示范村、示范组）", "dueOn": "2018-06-30" },
    ])
}

/// The county of the table above, with the clock standing on 2018-07-20.
pub async fn county() -> County {
    let clock = Clock::settable(Utc.with_ymd_and_hms(2018, 5, 10, 2, 0, 0).unwrap());
    let shared = clock.clone();
    let app = spawn_demo_app_with(move |s| s.clock = shared).await;
    let root = app.root().await;
    let city = app.node_id("5203").await;
    let mut c = County {
        app,
        clock,
        root,
        county: String::new(),
        townships: Vec::new(),
        campaign: String::new(),
    };
    c.county = c.node(&city, "网格试点县").await;
    for (i, name) in ["甲镇", "乙镇", "丙镇"].into_iter().enumerate() {
        c.township(name, u32::try_from(i).unwrap()).await;
    }
    let made = c
        .ok(
            CREATE_CAMPAIGN,
            json!({ "n": c.county, "input": { "name": "2018 年网格化建设", "year": 2018,
                "milestones": milestones() } }),
        )
        .await;
    c.campaign = made["createCampaign"]["id"].as_str().unwrap().to_string();

    c.on("2018-05-20");
    c.roster(0).await;
    c.on("2018-05-28");
    c.plan(0).await;
    c.on("2018-06-01");
    let v = c.townships[2].village.clone();
    c.site(&v, "2018-06-01").await;
    c.on("2018-06-05");
    c.roster(1).await;
    c.on("2018-06-10");
    c.plan(1).await;
    c.on("2018-06-20");
    for node in [c.townships[0].village.clone(), c.townships[0].group.clone()] {
        c.site(&node, "2018-06-20").await;
    }
    c.on("2018-07-05");
    for node in [c.townships[1].village.clone(), c.townships[1].group.clone()] {
        c.site(&node, "2018-07-05").await;
    }
    c.on("2018-07-20");
    for post in 0..2 {
        c.train(0, post, "2018-05-28").await;
        c.train(1, post, "2018-06-10").await;
    }
    // 丙's officer is trained on time; its liaison never is.
    c.train(2, 0, "2018-05-28").await;
    c
}
