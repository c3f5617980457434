//! One operation per field: the document, the fixture the province
//! administrator sets up at the target node first, and where in the
//! variables the target's id sits (swapped for a random id to compare
//! "outside the subtree" with "missing").
use crate::helpers::{Session, TestApp};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};

mod assessments;
mod campaigns;
mod field;
mod integrity;
pub mod kinds;
mod leaders;
mod liaison;
mod money;
mod programme;
mod sanctions;
mod scorecards;
mod village_kinds;
pub use campaigns::campaign_input;
pub use field::INSPECTION_FIELDS;

/// A node the matrix points at.
#[derive(Clone, Debug)]
pub struct Target {
    pub id: String,
    pub name: String,
    /// 5 village, 6 villager group, …
    pub level: i16,
}

pub struct Prepared {
    pub document: &'static str,
    pub vars: Value,
    /// Path of the id to swap for a random one.
    pub target_path: &'static [&'static str],
    /// The record the answer must show when allowed (lists and gets).
    pub record_id: Option<String>,
    /// For lists: the same list without `under`, which must not show an
    /// outside record either.
    pub unfiltered: Option<Value>,
}

pub struct Fixtures<'a> {
    pub app: &'a TestApp,
    pub root: &'a Session,
    /// The account making the requests (None: anonymous), for records only
    /// its own account may use (uploaded photos).
    pub caller: Option<&'static str>,
    /// The caller's own node: where moved accounts go, and come from.
    pub home: Target,
    counter: AtomicUsize,
}

const NODES: &str = "query($under: ID, $search: String) { nodes(under: $under, search: $search, first: 100) { totalCount nodes { id } } }";
const GRID_NODE: &str = "query($id: ID!) { gridNode(id: $id) { id name parent { id } path { name id } children(first: 5) { totalCount nodes { id } } appointments(includeEnded: true) { id person { name } } coverage { villageCount villagesCovered groupCount groupsCovered } } }";
const NODE: &str =
    "query($id: ID!) { node(id: $id) { __typename id ... on GridNode { name parent { id } } } }";
const PERSONS: &str = "query($under: ID, $search: String) { persons(under: $under, search: $search, first: 100) { totalCount nodes { id } } }";
const PERSON: &str = "query($id: ID!) { person(id: $id) { id name phone idNumber node { id } appointments { id } } }";
const ACCOUNTS: &str =
    "query($under: ID) { accounts(under: $under, first: 100) { totalCount nodes { id } } }";
const CREATE_NODE: &str = "mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }";
const UPDATE_NODE: &str = "mutation($input: UpdateNodeInput!) { updateNode(input: $input) { id } }";
const CREATE_PERSON: &str =
    "mutation($input: PersonInput!) { createPerson(input: $input) { id version } }";
const UPDATE_PERSON: &str =
    "mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }";
const APPOINT: &str = "mutation($input: AppointInput!) { appoint(input: $input) { id version } }";
const REPLACE: &str =
    "mutation($input: ReplaceAppointmentInput!) { replaceAppointment(input: $input) { id } }";
const END: &str = "mutation($input: EndAppointmentInput!) { endAppointment(input: $input) { id } }";
const UPDATE_APPOINTMENT: &str =
    "mutation($input: UpdateAppointmentInput!) { updateAppointment(input: $input) { id } }";
const CREATE_ACCOUNT: &str =
    "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }";
const DISABLE: &str = "mutation($id: ID!) { setAccountDisabled(id: $id, disabled: true) { id } }";
const ROSTER: &str = "query($under: ID) { appointments(under: $under, includeEnded: true, first: 100) { totalCount nodes { id } } }";
const MOVE: &str =
    "mutation($id: ID!, $nodeId: ID!) { moveAccount(id: $id, nodeId: $nodeId) { id } }";
const API_TOKENS: &str =
    "query($under: ID) { apiTokens(under: $under, first: 100) { totalCount nodes { id } } }";
const CREATE_API_TOKEN: &str = "mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }";
const REVOKE_API_TOKEN: &str = "mutation($id: ID!) { revokeApiToken(id: $id) { id } }";
const SET_PERSON: &str =
    "mutation($id: ID!, $person: PersonInput) { setAccountPerson(id: $id, newPerson: $person) { id } }";
const RESET: &str = "mutation($id: ID!) { resetAccountPassword(id: $id, newPassword: \"矩阵重置密码-2026\") { id } }";

pub const APPOINTMENT_FIELDS: [&str; 5] = [
    "appointments",
    "appoint",
    "replaceAppointment",
    "endAppointment",
    "updateAppointment",
];

fn today() -> String {
    api::clock::today().to_string()
}

fn post_for(level: i16) -> &'static str {
    if level == 6 {
        "GROUP_LIAISON"
    } else {
        "VILLAGE_OFFICER"
    }
}

impl<'a> Fixtures<'a> {
    pub fn new(
        app: &'a TestApp,
        root: &'a Session,
        home: Target,
        caller: Option<&'static str>,
    ) -> Self {
        Self {
            app,
            root,
            caller,
            home,
            counter: AtomicUsize::new(0),
        }
    }

    fn next(&self) -> usize {
        self.counter.fetch_add(1, Ordering::SeqCst)
    }

    fn new_person(&self) -> Value {
        let n = self.next();
        json!({ "name": format!("矩阵人员{n}"), "phone": format!("1390000{:04}", n % 10_000) })
    }

    async fn as_root(&self, document: &str, vars: Value) -> Value {
        self.app
            .query(&self.root.access_token, document, vars)
            .await
            .data()
            .clone()
    }

    async fn person_at(&self, node: &Target) -> (String, i64, String) {
        let mut input = self.new_person();
        let name = input["name"].as_str().unwrap().to_string();
        input["nodeId"] = json!(node.id);
        let data = self.as_root(CREATE_PERSON, json!({ "input": input })).await;
        let p = &data["createPerson"];
        (
            p["id"].as_str().unwrap().to_string(),
            p["version"].as_i64().unwrap(),
            name,
        )
    }

    pub(super) async fn appointment_at(&self, node: &Target) -> (String, i64) {
        let input = json!({ "nodeId": node.id, "role": post_for(node.level), "startDate": today(), "newPerson": self.new_person() });
        let data = self.as_root(APPOINT, json!({ "input": input })).await;
        let a = &data["appoint"];
        (
            a["id"].as_str().unwrap().to_string(),
            a["version"].as_i64().unwrap(),
        )
    }

    async fn account_at(&self, node: &Target) -> String {
        let input = json!({ "username": format!("matrix-{}", self.next()), "password": "矩阵测试密码-2026", "nodeId": node.id, "role": "VIEWER", "newPerson": self.new_person() });
        let data = self
            .as_root(CREATE_ACCOUNT, json!({ "input": input }))
            .await;
        data["createAccount"]["id"].as_str().unwrap().to_string()
    }

    async fn api_token_at(&self, node: &Target) -> String {
        let input = json!({ "name": format!("矩阵看板{}", self.next()), "nodeId": node.id });
        let data = self
            .as_root(CREATE_API_TOKEN, json!({ "input": input }))
            .await;
        data["createApiToken"]["apiToken"]["id"]
            .as_str()
            .unwrap()
            .to_string()
    }

    async fn node_version(&self, node: &Target) -> i64 {
        let data = self
            .as_root(
                "query($id: ID!) { node: gridNode(id: $id) { version } }",
                json!({ "id": node.id }),
            )
            .await;
        data["node"]["version"].as_i64().unwrap()
    }

    /// Sets up what `field` needs at `node` and returns the request to make.
    pub async fn prepare(&self, field: &str, node: &Target) -> Prepared {
        let p = |document, vars, target_path| Prepared {
            document,
            vars,
            target_path,
            record_id: None,
            unfiltered: None,
        };
        match field {
            "nodes" => Prepared {
                record_id: Some(node.id.clone()),
                unfiltered: Some(json!({ "search": node.name })),
                ..p(NODES, json!({ "under": node.id }), &["under"])
            },
            "node" => Prepared {
                record_id: Some(node.id.clone()),
                ..p(NODE, json!({ "id": node.id }), &["id"])
            },
            "gridNode" => Prepared {
                record_id: Some(node.id.clone()),
                ..p(GRID_NODE, json!({ "id": node.id }), &["id"])
            },
            "persons" => {
                let (id, _, name) = self.person_at(node).await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({ "search": name })),
                    ..p(PERSONS, json!({ "under": node.id }), &["under"])
                }
            }
            "person" => {
                let (id, _, _) = self.person_at(node).await;
                Prepared {
                    record_id: Some(id.clone()),
                    ..p(PERSON, json!({ "id": id }), &["id"])
                }
            }
            "accounts" => {
                let id = self.account_at(node).await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(ACCOUNTS, json!({ "under": node.id }), &["under"])
                }
            }
            "createNode" => {
                let name = format!("矩阵节点{}", self.next());
                p(
                    CREATE_NODE,
                    json!({ "input": { "parentId": node.id, "name": name } }),
                    &["input", "parentId"],
                )
            }
            "updateNode" => {
                let version = self.node_version(node).await;
                let input = json!({ "id": node.id, "version": version, "name": node.name });
                p(UPDATE_NODE, json!({ "input": input }), &["input", "id"])
            }
            "createPerson" => {
                let mut input = self.new_person();
                input["nodeId"] = json!(node.id);
                p(
                    CREATE_PERSON,
                    json!({ "input": input }),
                    &["input", "nodeId"],
                )
            }
            "updatePerson" => {
                let (id, version, _) = self.person_at(node).await;
                let input = json!({ "id": id, "version": version, "phone": "13912345678" });
                p(UPDATE_PERSON, json!({ "input": input }), &["input", "id"])
            }
            "appoint" => {
                let input = json!({ "nodeId": node.id, "role": post_for(node.level), "startDate": today(), "newPerson": self.new_person() });
                p(APPOINT, json!({ "input": input }), &["input", "nodeId"])
            }
            "replaceAppointment" => {
                let (id, version) = self.appointment_at(node).await;
                let input = json!({ "appointmentId": id, "version": version, "endDate": today(), "startDate": today(), "newPerson": self.new_person() });
                p(
                    REPLACE,
                    json!({ "input": input }),
                    &["input", "appointmentId"],
                )
            }
            "endAppointment" => {
                let (id, version) = self.appointment_at(node).await;
                let input = json!({ "appointmentId": id, "version": version, "endDate": today() });
                p(END, json!({ "input": input }), &["input", "appointmentId"])
            }
            "updateAppointment" => {
                let (id, version) = self.appointment_at(node).await;
                let input =
                    json!({ "appointmentId": id, "version": version, "trainingDate": today() });
                p(
                    UPDATE_APPOINTMENT,
                    json!({ "input": input }),
                    &["input", "appointmentId"],
                )
            }
            "createAccount" => {
                let input = json!({ "username": format!("matrix-{}", self.next()), "password": "矩阵测试密码-2026", "nodeId": node.id, "role": "VIEWER", "newPerson": self.new_person() });
                p(
                    CREATE_ACCOUNT,
                    json!({ "input": input }),
                    &["input", "nodeId"],
                )
            }
            "setAccountDisabled" => {
                let id = self.account_at(node).await;
                p(DISABLE, json!({ "id": id }), &["id"])
            }
            "resetAccountPassword" => {
                let id = self.account_at(node).await;
                p(RESET, json!({ "id": id }), &["id"])
            }
            "setAccountPerson" => {
                let id = self.account_at(node).await;
                p(
                    SET_PERSON,
                    json!({ "id": id, "person": self.new_person() }),
                    &["id"],
                )
            }
            "appointments" => {
                let (id, _) = self.appointment_at(node).await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(ROSTER, json!({ "under": node.id }), &["under"])
                }
            }
            "moveAccount" => {
                let id = self.account_at(node).await;
                p(MOVE, json!({ "id": id, "nodeId": self.home.id }), &["id"])
            }
            "moveAccount destination" => {
                let id = self.account_at(&self.home).await;
                p(MOVE, json!({ "id": id, "nodeId": node.id }), &["nodeId"])
            }
            "apiTokens" => {
                let id = self.api_token_at(node).await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(API_TOKENS, json!({ "under": node.id }), &["under"])
                }
            }
            "createApiToken" => {
                let input =
                    json!({ "name": format!("矩阵看板{}", self.next()), "nodeId": node.id });
                p(
                    CREATE_API_TOKEN,
                    json!({ "input": input }),
                    &["input", "nodeId"],
                )
            }
            "revokeApiToken" => {
                let id = self.api_token_at(node).await;
                p(REVOKE_API_TOKEN, json!({ "id": id }), &["id"])
            }
            other => {
                // Each capability's operations, in turn.
                if let Some(p) = self.prepare_field(other, node).await {
                    p
                } else if let Some(p) = self.prepare_programme(other, node).await {
                    p
                } else if let Some(p) = self.prepare_liaison(other, node).await {
                    p
                } else if let Some(p) = self.prepare_leaders(other, node).await {
                    p
                } else if let Some(p) = self.prepare_campaigns(other, node).await {
                    p
                } else if let Some(p) = self.prepare_money(other, node).await {
                    p
                } else if let Some(p) = self.prepare_sanctions(other, node).await {
                    p
                } else if let Some(p) = self.prepare_integrity(other, node).await {
                    p
                } else if let Some(p) = self.prepare_scorecards(other, node).await {
                    p
                } else if let Some(p) = self.prepare_assessments(other, node).await {
                    p
                } else {
                    panic!("the matrix has no operation for {other}")
                }
            }
        }
    }
}

/// The same variables with the target id replaced by a random one.
pub fn with_random_target(vars: &Value, path: &[&str]) -> Value {
    let mut vars = vars.clone();
    let mut slot = &mut vars;
    for key in path {
        slot = &mut slot[*key];
    }
    *slot = json!(uuid::Uuid::new_v4().to_string());
    vars
}

/// Ids a list answer shows (`data.<field>.nodes[*].id`).
pub fn listed_ids(data: &Value, field: &str) -> Vec<String> {
    data[field]["nodes"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i["id"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}
