//! The roster (花名册): officers and liaisons in post under a node, in grid
//! order, optionally with everyone who held a post before.

use serde::Deserialize;
use serde_json::json;

use super::{ApiError, AppointmentRole, Client, Connection, Level, PersonBrief};

/// Rows per request; the server allows at most 100.
pub const ROSTER_PAGE_SIZE: i64 = 100;

/// Which roster: whose subtree, which post, whether with history.
#[derive(Clone, Debug, PartialEq)]
pub struct RosterFilter {
    pub under: String,
    pub role: Option<AppointmentRole>,
    pub include_ended: bool,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RosterPathEntry {
    pub name: String,
    pub level: Level,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RosterNode {
    pub name: String,
    pub level: Level,
    pub path: Vec<RosterPathEntry>,
}

impl RosterNode {
    /// The name of this node or its ancestor at `level`, if any.
    pub fn name_at(&self, level: Level) -> Option<&str> {
        if self.level == level {
            return Some(&self.name);
        }
        self.path
            .iter()
            .find(|p| p.level == level)
            .map(|p| p.name.as_str())
    }
}

/// One line of the roster.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RosterEntry {
    pub id: String,
    pub role: AppointmentRole,
    pub start_date: String,
    pub end_date: Option<String>,
    pub training_date: Option<String>,
    pub notebook_issued_date: Option<String>,
    pub current: bool,
    pub person: PersonBrief,
    pub node: RosterNode,
}

pub async fn roster_page(
    client: &Client,
    filter: &RosterFilter,
    after: Option<String>,
) -> Result<Connection<RosterEntry>, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        appointments: Connection<RosterEntry>,
    }
    let query = "query Roster($under: ID, $role: AppointmentRole, $ended: Boolean!, \
        $first: Int!, $after: String) { appointments(under: $under, role: $role, \
        includeEnded: $ended, first: $first, after: $after) { totalCount \
        pageInfo { hasNextPage endCursor } \
        edges { node { id role startDate endDate trainingDate notebookIssuedDate current \
        person { id name phone auxiliaryPost } node { name level path { name level } } } } } }";
    let vars = json!({ "under": filter.under, "role": filter.role,
        "ended": filter.include_ended, "first": ROSTER_PAGE_SIZE, "after": after });
    let data: Data = client.run(query, vars).await?;
    Ok(data.appointments)
}

/// Every page of the roster, for export and print. `progress` hears how
/// many rows have arrived and the total.
pub async fn roster_all(
    client: &Client,
    filter: &RosterFilter,
    progress: impl Fn(usize, i64),
) -> Result<Vec<RosterEntry>, ApiError> {
    let mut rows = Vec::new();
    let mut after = None;
    loop {
        let page = roster_page(client, filter, after).await?;
        let got = page.edges.len();
        rows.extend(page.edges.into_iter().map(|e| e.node));
        progress(rows.len(), page.total_count);
        match page.page_info.end_cursor {
            Some(cursor) if page.page_info.has_next_page && got > 0 => after = Some(cursor),
            _ => return Ok(rows),
        }
    }
}
