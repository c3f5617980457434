//! SECURITY.md / issue item 6: nodes above the caller's own appear only as
//! names in a breadcrumb; `parent` stops at the caller's node.
use crate::helpers::spawn_demo_app;
use serde_json::{json, Value};

const PATH: &str =
    "query($id: ID!) { node: gridNode(id: $id) { name parent { id } path { name level id } } }";

fn names(path: &Value) -> Vec<&str> {
    path.as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn the_path_shows_names_above_the_caller_s_node_with_null_ids() {
    let app = spawn_demo_app().await;
    let lingyun = app.login_demo("lingyun").await;
    let answer = app
        .query(
            &lingyun.access_token,
            PATH,
            json!({ "id": lingyun.node_id }),
        )
        .await;
    let node = &answer.data()["node"];
    assert_eq!(node["name"], "凌云村");
    let path = &node["path"];
    assert_eq!(names(path), ["贵州省", "遵义市", "凤冈县", "何坝街道"]);
    assert_eq!(path[0]["level"], "PROVINCE");
    for entry in path.as_array().unwrap() {
        assert!(
            entry["id"].is_null(),
            "an id above the caller's node leaked: {entry}"
        );
    }
    assert!(
        node["parent"].is_null(),
        "the parent lies above the caller's node"
    );
}

#[tokio::test]
async fn the_path_gives_ids_for_nodes_inside_the_caller_s_subtree() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let group = app.node_id("520327002204001").await;
    let answer = app
        .query(&heba.access_token, PATH, json!({ "id": group }))
        .await;
    let path = &answer.data()["node"]["path"];
    assert_eq!(
        names(path),
        ["贵州省", "遵义市", "凤冈县", "何坝街道", "凌云村"]
    );
    let ids: Vec<bool> = path
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].is_string())
        .collect();
    assert_eq!(ids, [false, false, false, true, true]);
    assert_eq!(
        answer.data()["node"]["parent"]["id"],
        json!(app.node_id("520327002204").await)
    );
}

#[tokio::test]
async fn me_names_the_caller_s_own_node_and_what_it_may_do() {
    let app = spawn_demo_app().await;
    for (user, node, can_edit, can_manage) in [
        ("zunyi", "遵义市", false, false),
        ("fenggang", "凤冈县", true, true),
        ("lingyun", "凌云村", true, false),
        ("lingyun-1", "第一村民组", false, false),
    ] {
        let s = app.login_demo(user).await;
        let answer = app
            .query(
                &s.access_token,
                "{ me { username node { name } canEdit canManageAccounts } }",
                json!({}),
            )
            .await;
        let me = &answer.data()["me"];
        assert_eq!(me["username"], user);
        assert_eq!(me["node"]["name"], node);
        assert_eq!(
            (me["canEdit"].as_bool(), me["canManageAccounts"].as_bool()),
            (Some(can_edit), Some(can_manage)),
            "{user}"
        );
    }
}
