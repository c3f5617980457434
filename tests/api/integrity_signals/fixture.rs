//! Two counties made through the API on a moving clock (all of 2025's
//! records were made in November 2025; the clock then stands on
//! 2026-01-15, and 甲镇's 2025 payroll of village officers is approved):
//!
//! | signal                  | how it is made in 诚信县 / 甲镇                                   | where   |
//! |-------------------------|------------------------------------------------------------------|---------|
//! | RECORD_BURST            | 甲一 (甲村 officer): 4 records at 09:00, :02, :05, :08 on 11-10   | 甲村    |
//! | FAR_FROM_NODE           | 乙一 (甲村 group 1 liaison): a 甲村 record 20 km north, 11-12     | 甲村    |
//! | IMPOSSIBLE_TRAVEL       | 丙一 (乙村 officer): 55 km in 30 minutes on 11-11                 | 乙村    |
//! | PAID_WITHOUT_RECORDS    | 丁一 (丙村 officer): paid for 2025, no record in 2025             | 丙村    |
//! | REUSED_PHOTO            | one picture on 丙一's first record and on 甲一's first            | 甲镇    |
//! | SHARED_PHONE            | 戊一 and 戊二 (丁村 groups 1 and 2) give one phone                | 丁村    |
//! | SAME_PERSON_TWO_POSTS   | 己一 liaison of 甲村 group 2 and of 乙村 group 1 at once          | 甲镇    |
//!
//! 乙镇 (in 诚信县) has nothing. 清白县 is clean: an officer with four
//! records on four days within a kilometre, each with its own photo, a
//! liaison's patrol, and an approved payroll.
use crate::helpers::{spawn_demo_app_with, Session, TestApp};
use api::clock::Clock;
use chrono::{NaiveDate, TimeZone, Utc};
use serde_json::{json, Value};

const CREATE_NODE: &str = "mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }";
const APPOINT: &str =
    "mutation($input: AppointInput!) { appoint(input: $input) { id person { id } } }";
const CREATE_ACCOUNT: &str =
    "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }";
const RECORD: &str =
    "mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }";
const PREPARE: &str =
    "mutation($p: ID!, $y: Int!) { preparePayroll(payerNodeId: $p, year: $y) { id } }";
const APPROVE: &str = "mutation($id: ID!) { approvePayroll(id: $id) { id status } }";
pub const SCAN: &str = "mutation($n: ID!) { scanIntegrity(under: $n) { found new } }";
pub const LIST: &str = "query($n: ID!, $kind: IntegritySignalKind, $status: IntegritySignalStatus, $first: Int, $after: String) {
  integritySignals(under: $n, kind: $kind, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id kind status node { id name } allowedActions dismissedBy dismissedAt dismissReason
            summary { personName phoneMasked count distanceM minutes speedKmh year }
            evidence { kind id node { id } personName on until at latitude longitude } }
  } }";

pub const PASSWORD: &str = "诚信预警测试-2026";

/// 甲村's place, and 20 km north of it.
const HOME: (f64, f64) = (27.95, 107.72);
const FAR_NORTH: (f64, f64) = (28.13, 107.72);

pub struct County {
    pub app: TestApp,
    pub clock: Clock,
    pub root: Session,
    /// 诚信县, 甲镇, 乙镇, 清白县
    pub county: String,
    pub jia: String,
    pub yi: String,
    pub clean: String,
    /// 甲村
    pub village: String,
    /// The county office's administrator (诚信县), who approved the payroll.
    pub office: Session,
    serial: std::cell::Cell<u32>,
}

pub fn picture(shade: u8) -> Vec<u8> {
    let img = image::RgbImage::from_fn(16, 16, |x, y| {
        image::Rgb([shade, (x * 13 % 256) as u8, (y * 11 % 256) as u8])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut out, image::ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

impl County {
    /// Moves the server to `hh:mm` China time on `day`.
    fn on(&self, day: &str, hh: u32, mm: u32) {
        let d = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
        let local = d.and_hms_opt(hh, mm, 0).unwrap();
        let at = api::clock::china().from_local_datetime(&local).unwrap();
        self.clock.set(at.with_timezone(&Utc));
    }

    pub async fn ok(&self, s: &Session, query: &str, vars: Value) -> Value {
        let a = self.app.query(&s.access_token, query, vars).await;
        assert!(a.body["errors"].is_null(), "{}", a.text);
        a.body["data"].clone()
    }

    async fn root_ok(&self, query: &str, vars: Value) -> Value {
        self.ok(&self.root, query, vars).await
    }

    async fn node(&self, parent: &str, name: &str) -> String {
        let d = self
            .root_ok(
                CREATE_NODE,
                json!({ "input": { "parentId": parent, "name": name } }),
            )
            .await;
        d["createNode"]["id"].as_str().unwrap().to_string()
    }

    fn phone(&self) -> String {
        let n = self.serial.get() + 1;
        self.serial.set(n);
        format!("1390077{n:04}")
    }

    /// A new person in post; (appointment, person).
    async fn appoint(
        &self,
        node: &str,
        role: &str,
        name: &str,
        phone: Option<&str>,
    ) -> (String, String) {
        let phone = phone.map_or_else(|| self.phone(), str::to_string);
        let input = json!({ "nodeId": node, "role": role, "startDate": "2024-01-01",
            "newPerson": { "name": name, "phone": phone } });
        self.appoint_with(input).await
    }

    async fn appoint_with(&self, input: Value) -> (String, String) {
        let d = self.root_ok(APPOINT, json!({ "input": input })).await;
        (
            d["appoint"]["id"].as_str().unwrap().to_string(),
            d["appoint"]["person"]["id"].as_str().unwrap().to_string(),
        )
    }

    /// A record at `node` by `person` at `(day, hh, mm)` China time.
    async fn record(
        &self,
        node: &str,
        person: &str,
        (day, hh, mm): (&str, u32, u32),
        at: (f64, f64),
        photo: Option<String>,
    ) -> String {
        let d = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
        let local = d.and_hms_opt(hh, mm, 0).unwrap();
        let when = api::clock::china()
            .from_local_datetime(&local)
            .unwrap()
            .with_timezone(&Utc);
        let input = json!({ "nodeId": node, "kind": "VILLAGE_INSPECTION", "occurredAt": when.to_rfc3339(),
            "sectors": ["FIRE"], "notes": "检查柴草堆放", "latitude": at.0, "longitude": at.1,
            "accuracyM": 10.0, "personId": person, "photoIds": photo.map(|p| vec![p]),
            "idempotencyKey": format!("integrity-{}", uuid::Uuid::new_v4().simple()) });
        let data = self.root_ok(RECORD, json!({ "input": input })).await;
        data["recordInspection"]["id"].as_str().unwrap().to_string()
    }

    async fn photo(&self, bytes: Vec<u8>) -> String {
        let answer = self
            .app
            .http
            .post(self.app.url("/api/photos"))
            .header("Content-Type", "image/png")
            .bearer_auth(&self.root.access_token)
            .body(bytes)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 201);
        let body: Value = serde_json::from_str(&answer.text().await.unwrap()).unwrap();
        body["id"].as_str().unwrap().to_string()
    }

    /// An administrator (or viewer …) at `node`, logged in.
    pub async fn account(&self, username: &str, node: &str, role: &str) -> Session {
        let input = json!({ "username": username, "password": PASSWORD, "nodeId": node, "role": role,
            "newPerson": { "name": format!("{username}本人"), "phone": self.phone() } });
        self.root_ok(CREATE_ACCOUNT, json!({ "input": input }))
            .await;
        self.app.login(username, PASSWORD).await
    }

    /// Prepared by the province administrator, approved by the county office.
    async fn approved_payroll(&self, township: &str, office: &Session) {
        let d = self
            .root_ok(PREPARE, json!({ "p": township, "y": 2025 }))
            .await;
        let id = d["preparePayroll"]["id"].as_str().unwrap().to_string();
        self.ok(office, APPROVE, json!({ "id": id })).await;
    }

    pub async fn scan(&self, s: &Session, node: &str) -> Value {
        self.ok(s, SCAN, json!({ "n": node })).await["scanIntegrity"].clone()
    }

    pub async fn list(&self, s: &Session, node: &str, vars: Value) -> Value {
        let mut v = vars;
        v["n"] = json!(node);
        self.ok(s, LIST, v).await["integritySignals"].clone()
    }
}

/// The two counties of the table above.
pub async fn county() -> County {
    let clock = Clock::settable(Utc.with_ymd_and_hms(2025, 11, 20, 2, 0, 0).unwrap());
    let shared = clock.clone();
    let app = spawn_demo_app_with(move |s| s.clock = shared).await;
    let root = app.root().await;
    let city = app.node_id("5203").await;
    let office_placeholder = root.clone();
    let mut c = County {
        app,
        clock,
        root,
        county: String::new(),
        jia: String::new(),
        yi: String::new(),
        clean: String::new(),
        village: String::new(),
        office: office_placeholder,
        serial: std::cell::Cell::new(0),
    };
    c.on("2025-11-20", 10, 0);
    c.county = c.node(&city, "诚信县").await;
    c.jia = c.node(&c.county.clone(), "甲镇").await;
    c.yi = c.node(&c.county.clone(), "乙镇").await;
    let jia = c.jia.clone();
    let [v1, v2, v3, v4] = [
        c.node(&jia, "甲村").await,
        c.node(&jia, "乙村").await,
        c.node(&jia, "丙村").await,
        c.node(&jia, "丁村").await,
    ];
    let v1g1 = c.node(&v1, "甲村一组").await;
    let v1g2 = c.node(&v1, "甲村二组").await;
    let v2g1 = c.node(&v2, "乙村一组").await;
    let v4g1 = c.node(&v4, "丁村一组").await;
    let v4g2 = c.node(&v4, "丁村二组").await;

    let (_, a) = c.appoint(&v1, "VILLAGE_OFFICER", "甲一", None).await;
    let (_, b) = c.appoint(&v1g1, "GROUP_LIAISON", "乙一", None).await;
    let (_, officer_c) = c.appoint(&v2, "VILLAGE_OFFICER", "丙一", None).await;
    c.appoint(&v3, "VILLAGE_OFFICER", "丁一", None).await;
    c.appoint(&v4g1, "GROUP_LIAISON", "戊一", Some("13900779999"))
        .await;
    c.appoint(&v4g2, "GROUP_LIAISON", "戊二", Some("13900779999"))
        .await;
    let (_, g) = c.appoint(&v1g2, "GROUP_LIAISON", "己一", None).await;
    c.appoint_with(json!({ "nodeId": v2g1, "role": "GROUP_LIAISON", "startDate": "2025-06-01", "personId": g }))
        .await;

    let reused = picture(1);
    let first_use = c.photo(reused.clone()).await;
    let far = (28.40, 107.60);
    c.record(
        &v2,
        &officer_c,
        ("2025-11-11", 9, 0),
        (27.90, 107.60),
        Some(first_use),
    )
    .await;
    c.record(&v2, &officer_c, ("2025-11-11", 9, 30), far, None)
        .await;
    let second_use = c.photo(reused).await;
    c.record(&v1, &a, ("2025-11-10", 9, 0), HOME, Some(second_use))
        .await;
    for mm in [2, 5, 8] {
        c.record(&v1, &a, ("2025-11-10", 9, mm), HOME, None).await;
    }
    c.record(&v1, &b, ("2025-11-12", 10, 0), FAR_NORTH, None)
        .await;

    // 清白县: nothing wrong.
    c.clean = c.node(&city, "清白县").await;
    let clean_township = c.node(&c.clean.clone(), "清镇").await;
    let clean_village = c.node(&clean_township, "清村").await;
    let clean_group = c.node(&clean_village, "清村一组").await;
    let (_, h) = c
        .appoint(&clean_village, "VILLAGE_OFFICER", "清一", None)
        .await;
    let (_, i) = c.appoint(&clean_group, "GROUP_LIAISON", "清二", None).await;
    for (k, day) in ["2025-11-03", "2025-11-06", "2025-11-09", "2025-11-12"]
        .iter()
        .enumerate()
    {
        let photo = c.photo(picture(10 + k as u8)).await;
        let near = (27.80 + 0.001 * k as f64, 107.50);
        c.record(&clean_village, &h, (*day, 10, 0), near, Some(photo))
            .await;
    }
    c.record(
        &clean_village,
        &i,
        ("2025-11-13", 15, 0),
        (27.801, 107.501),
        None,
    )
    .await;

    c.on("2026-01-15", 10, 0);
    c.office = c
        .account("chengxin-office", &c.county.clone(), "ADMIN")
        .await;
    let office = c.account("clean-office", &c.clean.clone(), "ADMIN").await;
    c.approved_payroll(&jia, &c.office).await;
    c.approved_payroll(&clean_township, &office).await;
    c.village = v1;
    c
}
