//! What every ledger starts from: the node the caller asked for, read
//! through the one authorization decision (outside the caller's subtree it
//! is NOT_FOUND, exactly like a node that does not exist), its full place
//! name for the title, and who is preparing the file on which day.
use super::table::Signature;
use crate::authz::Authorized;
use crate::error::AppResult;
use crate::grid::code::GridCode;
use crate::grid::service as grid;
use crate::scope::Scope;
use crate::state::AppState;
use chrono::NaiveDate;
use entity::grid_node;
use uuid::Uuid;

pub struct ExportContext<'a> {
    pub state: &'a AppState,
    pub scope: &'a Scope,
    pub node: Authorized<grid_node::Model>,
    /// "贵州省遵义市凤冈县何坝街道": the ancestors' names and the node's.
    pub place: String,
    pub signature: Signature,
}

impl<'a> ExportContext<'a> {
    pub async fn open(state: &'a AppState, scope: &'a Scope, node_id: Uuid) -> AppResult<Self> {
        let node = grid::find(&state.db, scope, node_id).await?;
        let mut place: String = grid::path(&state.db, scope, &node)
            .await?
            .into_iter()
            .map(|p| p.name)
            .collect();
        place.push_str(&node.name);
        // The person behind the account; a dashboard token has none and
        // signs with its own name.
        let preparer = crate::accounts::display::names(&state.db, vec![scope.account_id()])
            .await?
            .remove(&scope.account_id())
            .unwrap_or_else(|| scope.username().to_string());
        Ok(ExportContext {
            state,
            scope,
            place,
            signature: Signature {
                preparer,
                on: state.today(),
            },
            node,
        })
    }

    pub fn today(&self) -> NaiveDate {
        self.signature.on
    }

    pub fn code(&self) -> AppResult<GridCode> {
        grid::grid_code(&self.node)
    }
}
