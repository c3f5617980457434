//! Where each demo user stands, and the nodes around them. The demo grid has
//! only 凤冈县 under 遵义市, so the province administrator of the fixtures
//! adds a neighbouring city and county (with a chain down to a group) to
//! give the city and county users siblings and cousins.
use super::table::{User, POSITIONS};
use crate::helpers::{Session, TestApp};
use serde_json::json;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Position {
    Own,
    Child,
    Grandchild,
    Parent,
    Sibling,
    Cousin,
}

/// Division codes, in the order of [`POSITIONS`]; `None` where there is no
/// such node (a villager group has no children).
pub fn codes(user: User) -> [Option<&'static str>; 6] {
    match user {
        User::CityViewer => [
            Some("5203"),
            Some("520327"),
            Some("520327002"),
            Some("52"),
            Some("5201"),
            Some("520102"),
        ],
        User::CountyAdmin => [
            Some("520327"),
            Some("520327002"),
            Some("520327002204"),
            Some("5203"),
            Some("520328"),
            Some("520328001"),
        ],
        // Anonymous callers are tried against the township's positions.
        User::TownshipAdmin | User::Anonymous => [
            Some("520327002"),
            Some("520327002204"),
            Some("520327002204001"),
            Some("520327"),
            Some("520327001"),
            Some("520327001205"),
        ],
        User::VillageOfficer => [
            Some("520327002204"),
            Some("520327002204001"),
            None,
            Some("520327002"),
            Some("520327002205"),
            Some("520327002205001"),
        ],
        User::GroupLiaison => [
            Some("520327002204001"),
            None,
            None,
            Some("520327002204"),
            Some("520327002204002"),
            Some("520327002205001"),
        ],
    }
}

pub fn code(user: User, position: Position) -> Option<&'static str> {
    let index = POSITIONS.iter().position(|p| *p == position)?;
    codes(user)[index]
}

/// Chains outside the demo county, each down to a villager group:
/// (division code, parent's division code, name).
const NEIGHBOURS: [(&str, &str, &str); 9] = [
    ("5201", "52", "贵阳市"),
    ("520102", "5201", "南明区"),
    ("520102001", "520102", "新华路街道"),
    ("520102001001", "520102001", "富水路社区"),
    ("520102001001001", "520102001001", "第一居民组"),
    ("520328", "5203", "湄潭县"),
    ("520328001", "520328", "湄江街道"),
    ("520328001001", "520328001", "金花村"),
    ("520328001001001", "520328001001", "金花一组"),
];

pub async fn add_neighbours(app: &TestApp, root: &Session) {
    for (code, parent, name) in NEIGHBOURS {
        let parent_id = app.node_id(parent).await;
        let answer = app
            .query(
                &root.access_token,
                "mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }",
                json!({ "input": { "parentId": parent_id, "name": name, "code": code } }),
            )
            .await;
        answer.data();
    }
}
