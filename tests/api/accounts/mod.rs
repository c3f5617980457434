//! Accounts: who may create, disable, reset and move whom; every account
//! belongs to a person; roles fit their node's level.
mod grants;
mod levels;
mod moves;
mod person_migration;
mod persons;
mod resets;

use crate::helpers::{Answer, Session, TestApp};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU32, Ordering};

pub const PASSWORD: &str = "新账号的密码-2026";

const CREATE: &str = "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id username role disabled mustChangePassword person { id name } } }";

/// A new person with a phone no other test person has.
pub fn new_person(name: &str) -> Value {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let n = NEXT.fetch_add(1, Ordering::SeqCst);
    json!({ "name": name, "phone": format!("1760000{:04}", n % 10_000) })
}

/// `createAccount` with `person` merged into the input (`personId` or
/// `newPerson`, or nothing).
pub async fn create_with(
    app: &TestApp,
    s: &Session,
    username: &str,
    node: &str,
    role: &str,
    person: Value,
) -> Answer {
    let mut input =
        json!({ "username": username, "password": PASSWORD, "nodeId": node, "role": role });
    if let (Some(base), Some(more)) = (input.as_object_mut(), person.as_object()) {
        for (k, v) in more {
            base.insert(k.clone(), v.clone());
        }
    }
    app.query(&s.access_token, CREATE, json!({ "input": input }))
        .await
}

/// `createAccount` with a new person of its own.
pub async fn create(app: &TestApp, s: &Session, username: &str, node: &str, role: &str) -> Answer {
    let person = json!({ "newPerson": new_person("账号本人") });
    create_with(app, s, username, node, role, person).await
}

/// An account in `s`'s list: `(id, person id)`.
pub async fn account_of(app: &TestApp, s: &Session, username: &str) -> (String, String) {
    let list = app
        .query(
            &s.access_token,
            "{ accounts(first: 100) { nodes { id username person { id } } } }",
            json!({}),
        )
        .await;
    let found = list.data()["accounts"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["username"] == username)
        .unwrap_or_else(|| panic!("{username} not listed: {}", list.text))
        .clone();
    (
        found["id"].as_str().unwrap().to_string(),
        found["person"]["id"].as_str().unwrap().to_string(),
    )
}
