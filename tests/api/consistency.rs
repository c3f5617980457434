//! SECURITY.md 10, as a property: for random trees and random users, a node
//! appears in `nodes` ⇔ `node(id)` returns it ⇔ it is counted in
//! `totalCount` ⇔ the user's node is the node or one of its ancestors
//! (worked out from the tree as built, not from grid codes).
use crate::helpers::{spawn_demo_app, Session, TestApp};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::json;

const ROLES: [&str; 5] = [
    "ADMIN",
    "LEADER",
    "VILLAGE_OFFICER",
    "GROUP_LIAISON",
    "VIEWER",
];

/// The drawn role if it fits the node's level (`authz::may_hold`), else a
/// read-only viewer, which fits anywhere.
fn fitting_role(role: &'static str, level: u8) -> &'static str {
    let fits = match role {
        "LEADER" => matches!(level, 3 | 4),
        "VILLAGE_OFFICER" => level == 5,
        "GROUP_LIAISON" => level == 6,
        _ => true,
    };
    if fits {
        role
    } else {
        "VIEWER"
    }
}

#[derive(Clone, Debug)]
struct Plan {
    /// For each new node, a number that picks its parent among the nodes
    /// made so far that may have children.
    parents: Vec<u32>,
    /// (a number that picks the node, the role's index)
    users: Vec<(u32, usize)>,
}

fn plans() -> impl Strategy<Value = Plan> {
    (
        prop::collection::vec(any::<u32>(), 1..12),
        prop::collection::vec((any::<u32>(), 0..ROLES.len()), 1..4),
    )
        .prop_map(|(parents, users)| Plan { parents, users })
}

struct Node {
    id: String,
    name: String,
    level: u8,
    parent: Option<usize>,
}

/// Is `ancestor` the node `index` or above it?
fn at_or_above(tree: &[Node], ancestor: usize, mut index: usize) -> bool {
    loop {
        if index == ancestor {
            return true;
        }
        match tree[index].parent {
            Some(p) => index = p,
            None => return false,
        }
    }
}

async fn create_node(app: &TestApp, root: &Session, parent_id: &str, name: &str) -> String {
    let answer = app
        .query(
            &root.access_token,
            "mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }",
            json!({ "input": { "parentId": parent_id, "name": name } }),
        )
        .await;
    answer.data()["createNode"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn build_tree(app: &TestApp, root: &Session, case: usize, plan: &Plan) -> Vec<Node> {
    let province = app.node_id("52").await;
    let name = format!("性质{case:03}市");
    let mut tree = vec![Node {
        id: create_node(app, root, &province, &name).await,
        name,
        level: 2,
        parent: None,
    }];
    for (i, pick) in plan.parents.iter().enumerate() {
        let eligible: Vec<usize> = (0..tree.len()).filter(|n| tree[*n].level < 6).collect();
        let parent = eligible[*pick as usize % eligible.len()];
        let name = format!("性质{case:03}节点{i:02}号");
        let id = create_node(app, root, &tree[parent].id, &name).await;
        tree.push(Node {
            id,
            name,
            level: tree[parent].level + 1,
            parent: Some(parent),
        });
    }
    tree
}

async fn all_listed(app: &TestApp, token: &str) -> Result<(Vec<String>, u64), String> {
    let mut ids = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let answer = app
            .query(
                token,
                "query($after: String) { nodes(first: 100, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage } } }",
                json!({ "after": after }),
            )
            .await;
        let nodes = &answer.body["data"]["nodes"];
        let edges = nodes["edges"]
            .as_array()
            .ok_or(format!("nodes failed: {}", answer.text))?;
        ids.extend(
            edges
                .iter()
                .map(|e| e["node"]["id"].as_str().unwrap_or_default().to_string()),
        );
        if nodes["pageInfo"]["hasNextPage"] != true {
            return Ok((ids, nodes["totalCount"].as_u64().unwrap_or(u64::MAX)));
        }
        after = edges
            .last()
            .and_then(|e| e["cursor"].as_str())
            .map(String::from);
    }
}

async fn check_case(app: &TestApp, root: &Session, case: usize, plan: Plan) -> Result<(), String> {
    let tree = build_tree(app, root, case, &plan).await;
    // Nodes no case user may see: the province, a demo village.
    let foreign = [app.node_id("52").await, app.node_id("520327002204").await];
    for (u, (pick, role)) in plan.users.iter().enumerate() {
        let home = *pick as usize % tree.len();
        let username = format!("p{case}-u{u}");
        let role = fitting_role(ROLES[*role], tree[home].level);
        let person = json!({ "name": format!("性质人员{case}-{u}"), "phone": format!("1770{:03}{u:04}", case % 1000) });
        let input = json!({ "username": username, "password": "性质测试密码-2026", "nodeId": tree[home].id, "role": role, "newPerson": person });
        app.query(
            &root.access_token,
            "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }",
            json!({ "input": input }),
        )
        .await
        .data();
        let token = app.login(&username, "性质测试密码-2026").await.access_token;

        let (listed, total) = all_listed(app, &token).await?;
        let expected: Vec<&Node> = (0..tree.len())
            .filter(|n| at_or_above(&tree, home, *n))
            .map(|n| &tree[n])
            .collect();
        if total != listed.len() as u64 || total != expected.len() as u64 {
            return Err(format!(
                "{username} ({}) at {}: totalCount {total}, listed {}, expected {}",
                role,
                tree[home].name,
                listed.len(),
                expected.len()
            ));
        }
        for (n, node) in tree.iter().enumerate() {
            let visible = at_or_above(&tree, home, n);
            let in_list = listed.contains(&node.id);
            let get = app
                .query(
                    &token,
                    "query($id: ID!) { node: gridNode(id: $id) { id } }",
                    json!({ "id": node.id }),
                )
                .await;
            let got = get.body["data"]["node"]["id"] == json!(node.id);
            let searched = app
                .query(
                    &token,
                    "query($q: String) { nodes(search: $q) { totalCount } }",
                    json!({ "q": node.name }),
                )
                .await;
            let counted = searched.body["data"]["nodes"]["totalCount"].as_u64() == Some(1);
            if !(visible == in_list && in_list == got && got == counted) {
                return Err(format!(
                    "{username} ({}) at {} and node {}: subtree {visible}, listed {in_list}, get {got}, counted {counted}",
                    role, tree[home].name, node.name
                ));
            }
            if !got && get.error_code().as_deref() != Some("NOT_FOUND") {
                return Err(format!(
                    "outside the subtree must be NOT_FOUND: {}",
                    get.text
                ));
            }
        }
        for id in &foreign {
            let get = app
                .query(
                    &token,
                    "query($id: ID!) { node: gridNode(id: $id) { id } }",
                    json!({ "id": id }),
                )
                .await;
            if get.error_code().as_deref() != Some("NOT_FOUND") || listed.contains(id) {
                return Err(format!(
                    "{username} sees a node outside its tree: {}",
                    get.text
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn a_node_is_listed_iff_it_can_be_fetched_iff_it_is_counted_for_random_trees_and_users() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (app, root) = rt.block_on(async {
        let app = spawn_demo_app().await;
        let root = app.root().await;
        (app, root)
    });
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(12)
        .min(60);
    // Each case builds its tree under a new city of the province: 98 free
    // codes bound cases plus shrinking.
    let mut runner = TestRunner::new(Config {
        cases,
        max_shrink_iters: 24,
        failure_persistence: None,
        ..Config::default()
    });
    let counter = std::sync::atomic::AtomicUsize::new(0);
    let result = runner.run(&plans(), |plan| {
        let case = counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        rt.block_on(check_case(&app, &root, case, plan))
            .map_err(TestCaseError::fail)
    });
    let ran = counter.load(std::sync::atomic::Ordering::SeqCst);
    rt.block_on(async move { drop(app) });
    if let Err(e) = result {
        panic!("{e}");
    }
    assert!(ran >= cases as usize, "ran {ran} cases");
}
