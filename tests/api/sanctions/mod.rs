//! Sanctions (issue 9): proposals from the records, the county's
//! decisions and their register, and who may decide.
mod decisions;
mod demo;
mod proposals;
mod who;

use crate::campaigns::fixture::County;
use crate::helpers::Session;
use serde_json::{json, Value};

pub const PROPOSALS: &str = "query($u: ID!, $y: Int!) { sanctionProposals(under: $u, year: $y) {
  kind subjectId node { id name } appointment { id role }
  lateMilestones { campaign title dueOn doneOn }
  missedMonths { month done expected }
  threshold
  failedAssessment { id total passMark }
  decision { id decidedOn }
} }";

pub const RECORD: &str = "mutation($input: RecordSanctionInput!) { recordSanction(input: $input) {
  id kind year subject { id name } appointment { id } decidedOn reason decidedBy
  documents { id } allowedActions
} }";

pub const REGISTER: &str = "query($u: ID, $y: Int) { sanctions(under: $u, year: $y) {
  id kind year subject { name } decidedOn reason decidedBy
} }";

pub const SET_RULES: &str = "mutation($c: ID!, $y: Int!, $m: Int!, $f: Boolean!) {
  setSanctionRules(countyId: $c, year: $y, missedMonths: $m, onFailedAssessment: $f) {
    year missedMonths onFailedAssessment setByCounty version
  }
}";

pub const CREATE_ACCOUNT: &str =
    "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }";
pub const PASSWORD: &str = "处理测试密码-2026";

/// The proposals under the county for 2018, as the root administrator reads them.
pub async fn proposals(c: &County) -> Vec<Value> {
    let d = c.ok(PROPOSALS, json!({ "u": c.county, "y": 2018 })).await;
    d["sanctionProposals"].as_array().unwrap().clone()
}

/// A logged-in account of `role` at `node`, with a person of its own.
pub async fn account(c: &County, username: &str, node: &str, role: &str, phone: &str) -> Session {
    let input = json!({ "username": username, "password": PASSWORD, "nodeId": node, "role": role,
        "newPerson": { "name": format!("{username}本人"), "phone": phone } });
    c.ok(CREATE_ACCOUNT, json!({ "input": input })).await;
    c.app.login(username, PASSWORD).await
}

/// A warning interview of township `t` decided on `on`.
pub fn interview(c: &County, t: usize, on: &str, key: &str) -> Value {
    json!({ "input": { "kind": "WARNING_INTERVIEW", "subjectId": c.townships[t].id, "year": 2018,
        "decidedOn": on, "reason": "未按期完成网格化建设，约谈乡镇主要负责人", "idempotencyKey": format!("sanction-test-{key}") } })
}
