//! Grid nodes: the node page, the paged node lists, and node edits.

use serde::Deserialize;
use serde_json::{json, Value};

use super::{ApiError, Appointment, Client, Connection, Level, NodeDetail, NodeItem};

/// Rows per page of every node list; the server allows at most 100.
pub const PAGE_SIZE: i64 = 20;

/// Choices a node picker offers at once.
pub const PICK_SIZE: i64 = 10;

const NODE_PAGE: &str = "fragment NodePage on GridNodeConnection { totalCount \
    pageInfo { hasNextPage endCursor } \
    edges { node { id name level levelName subsidyExempt demonstration parent { name } } } }";

/// Which list of nodes a paged list shows.
#[derive(Clone, Debug, PartialEq)]
pub enum NodeListSource {
    Children(String),
    VillagesWithoutOfficer(String),
    GroupsWithoutLiaison(String),
    Search {
        search: String,
        under: Option<String>,
        level: Option<Level>,
    },
}

pub async fn node_detail(client: &Client, id: &str) -> Result<NodeDetail, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        node: NodeDetail,
    }
    // The same text the server's statement-count test sends.
    let query = include_str!("queries/node_detail.graphql");
    let data: Data = client.run(query, json!({ "id": id })).await?;
    Ok(data.node)
}

/// A node's appointments; with `include_ended`, its history too.
pub async fn node_appointments(
    client: &Client,
    id: &str,
    include_ended: bool,
) -> Result<Vec<Appointment>, ApiError> {
    #[derive(Deserialize)]
    struct Appointments {
        appointments: Vec<Appointment>,
    }
    let query = "query History($id: ID!, $ended: Boolean!) { node: gridNode(id: $id) { \
        appointments(includeEnded: $ended) { id role startDate endDate trainingDate \
        notebookIssuedDate current version inChargeOfSafety \
        assignedVillages { id since until village { id name } } \
        person { id name phone auxiliaryPost } } } }";
    let vars = json!({ "id": id, "ended": include_ended });
    let data: NodeField<Appointments> = client.run(query, vars).await?;
    Ok(data.node.appointments)
}

/// Up to `PICK_SIZE` nodes matching `search`, for a picker.
pub async fn pick_nodes(
    client: &Client,
    search: &str,
    under: Option<&str>,
) -> Result<Connection<NodeItem>, ApiError> {
    let query = format!(
        "query Pick($search: String, $under: ID, $first: Int!) {{ \
         nodes(search: $search, under: $under, first: $first) {{ ...NodePage }} }} {NODE_PAGE}"
    );
    let vars = json!({ "search": search.trim(), "under": under, "first": PICK_SIZE });
    let data: NodesField = client.run(&query, vars).await?;
    Ok(data.nodes)
}

pub async fn node_page(
    client: &Client,
    source: &NodeListSource,
    after: Option<String>,
) -> Result<Connection<NodeItem>, ApiError> {
    let page = json!(PAGE_SIZE);
    match source {
        NodeListSource::Children(id) => {
            let query = include_str!("queries/node_children.graphql");
            let vars = json!({ "id": id, "first": page, "after": after });
            let data: NodeField<ChildrenField> = client.run(query, vars).await?;
            Ok(data.node.children)
        }
        NodeListSource::VillagesWithoutOfficer(id) | NodeListSource::GroupsWithoutLiaison(id) => {
            let field = match source {
                NodeListSource::VillagesWithoutOfficer(_) => "villagesWithoutOfficer",
                _ => "groupsWithoutLiaison",
            };
            let query = format!(
                "query Gaps($id: ID!, $first: Int!, $after: String) {{ node: gridNode(id: $id) {{ \
                 coverage {{ gaps: {field}(first: $first, after: $after) {{ ...NodePage }} }} }} }} \
                 {NODE_PAGE}"
            );
            let vars = json!({ "id": id, "first": page, "after": after });
            let data: NodeField<CoverageField> = client.run(&query, vars).await?;
            Ok(data.node.coverage.gaps)
        }
        NodeListSource::Search {
            search,
            under,
            level,
        } => {
            let query = format!(
                "query Search($search: String, $under: ID, $level: Level, $first: Int!, \
                 $after: String) {{ nodes(search: $search, under: $under, level: $level, \
                 first: $first, after: $after) {{ ...NodePage }} }} {NODE_PAGE}"
            );
            let search = Some(search.trim()).filter(|s| !s.is_empty());
            let vars = json!({ "search": search, "under": under, "level": level,
                               "first": page, "after": after });
            let data: NodesField = client.run(&query, vars).await?;
            Ok(data.nodes)
        }
    }
}

#[derive(Deserialize)]
struct NodeField<T> {
    node: T,
}

#[derive(Deserialize)]
struct ChildrenField {
    children: Connection<NodeItem>,
}

#[derive(Deserialize)]
struct CoverageField {
    coverage: GapsField,
}

#[derive(Deserialize)]
struct GapsField {
    gaps: Connection<NodeItem>,
}

#[derive(Deserialize)]
struct NodesField {
    nodes: Connection<NodeItem>,
}

/// Adds a node one level below `parent_id`; returns the new node's id.
pub async fn create_node(
    client: &Client,
    parent_id: &str,
    name: &str,
    code: Option<&str>,
) -> Result<String, ApiError> {
    let query =
        "mutation CreateNode($input: CreateNodeInput!) { createNode(input: $input) { id } }";
    let vars = json!({ "input": { "parentId": parent_id, "name": name, "code": code } });
    let data: IdOf = client.run(query, vars).await?;
    data.id_of("createNode")
}

#[derive(Clone, Debug, PartialEq)]
pub struct NodeEdit {
    pub id: String,
    pub version: i64,
    pub name: String,
    pub subsidy_exempt: bool,
    pub demonstration: bool,
}

pub async fn update_node(client: &Client, edit: &NodeEdit) -> Result<(), ApiError> {
    let query = "mutation UpdateNode($input: UpdateNodeInput!) { updateNode(input: $input) { id version } }";
    let vars = json!({ "input": {
        "id": edit.id, "version": edit.version, "name": edit.name,
        "subsidyExempt": edit.subsidy_exempt, "demonstration": edit.demonstration } });
    let _: Value = client.run(query, vars).await?;
    Ok(())
}

/// `{ "<mutation>": { "id": ... } }`, the answer of most mutations here.
#[derive(Deserialize)]
#[serde(transparent)]
pub(super) struct IdOf(Value);

impl IdOf {
    pub(super) fn id_of(&self, field: &str) -> Result<String, ApiError> {
        self.0
            .get(field)
            .and_then(|m| m.get("id"))
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or(ApiError::Internal)
    }
}
