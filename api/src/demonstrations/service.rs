//! Designating a demonstration village or group, and ending the one it
//! replaces in the same transaction.
use crate::audit::{self, AuditEntry};
use crate::error::{AppError, AppResult, Key};
use crate::grid::code::{GridCode, Level};
use crate::programme::{self, NewRecord, Opened, RecordKind};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use chrono::NaiveDate;
use entity::{demonstration, grid_node, record_version};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, Set,
};
use uuid::Uuid;

crate::programme_record!(demonstration, since, Since, |_| RecordKind::Demonstration);

pub struct NewDemonstration {
    pub node_id: Uuid,
    pub since: NaiveDate,
    pub document_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

/// The township a village or group belongs to.
pub fn township_of(node: &grid_node::Model) -> AppResult<i64> {
    let level = Level::from_number(node.level).ok_or(AppError::NotFound)?;
    GridCode::new(node.code, level)
        .ancestors()
        .into_iter()
        .find(|a| a.level == Level::Township)
        .map(|a| a.code)
        .ok_or_else(|| AppError::input("nodeId", Key::RecordAtVillageOrGroup))
}

pub async fn set(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewDemonstration,
) -> AppResult<demonstration::Model> {
    // The decision (a township or above designates a village or group
    // below it; a village does not designate itself) is `open`'s.
    let draft = match programme::open::<demonstration::Entity>(
        state,
        req,
        scope,
        NewRecord {
            kind: RecordKind::Demonstration,
            node_id: new.node_id,
            on: new.since,
            on_field: "since",
            photo_ids: Vec::new(),
            document_ids: new.document_ids,
            idempotency_key: new.idempotency_key,
        },
    )
    .await?
    {
        Opened::Existing(m) => return Ok(m),
        Opened::New(d) => d,
    };
    let node = draft.node().clone();
    let township = township_of(&node)?;
    let current = demonstration::Entity::find()
        .filter(demonstration::Column::TownshipCode.eq(township))
        .filter(demonstration::Column::Level.eq(node.level))
        .filter(demonstration::Column::Until.is_null())
        .all(draft.txn())
        .await?;
    for older in &current {
        // The same designation again (another device, a lost answer) is
        // the one made; the same site from another day is a conflict.
        if older.node_id == node.id && older.since == new.since {
            return Ok(older.clone());
        }
        if older.node_id == node.id {
            return Err(AppError::conflict(Key::DemonstrationAlready)
                .with("since", older.since.to_string())
                .with("demonstrationId", older.id.to_string()));
        }
        if older.since >= new.since {
            return Err(AppError::input("since", Key::DemonstrationBeforeCurrent)
                .with("since", older.since.to_string()));
        }
    }
    for older in current {
        end(draft.txn(), state, req, scope, older, new.since).await?;
    }
    unmark_others(draft.txn(), &node, township, state.now()).await?;
    mark(draft.txn(), node.id, true, state.now()).await?;
    draft
        .finish::<demonstration::Entity>(demonstration::ActiveModel {
            township_code: Set(township),
            level: Set(node.level),
            until: Set(None),
            ..Default::default()
        })
        .await
}

/// Ends `older` on `until`: the row as it was goes to `record_versions`
/// (why: a newer designation), and the village or group loses the mark.
async fn end(
    txn: &impl ConnectionTrait,
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    older: demonstration::Model,
    until: NaiveDate,
) -> AppResult<()> {
    let now = state.now();
    record_version::ActiveModel {
        id: Set(Uuid::new_v4()),
        record_kind: Set(RecordKind::Demonstration.entity().to_string()),
        record_id: Set(older.id),
        node_code: Set(older.node_code),
        version: Set(older.version),
        snapshot: Set(serde_json::to_string(&older).map_err(AppError::internal)?),
        reason: Set(format!("superseded by a newer designation from {until}")),
        corrected_by: Set(scope.account_id()),
        corrected_at: Set(now),
    }
    .insert(txn)
    .await?;
    let mut active = older.clone().into_active_model();
    active.until = Set(Some(until));
    active.version = Set(older.version + 1);
    active.updated_at = Set(now);
    let after = active.update(txn).await?;
    mark(txn, older.node_id, false, now).await?;
    audit::record(
        txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "end",
            RecordKind::Demonstration.entity(),
            older.id.to_string(),
        )
        .at_node(older.node_code)
        .before(&older)
        .after(&after),
    )
    .await
}

/// Clears the mark on the township's other nodes of the level: one set
/// by hand on the grid page, or by an import, before any designation was
/// recorded.
async fn unmark_others(
    db: &impl ConnectionTrait,
    node: &grid_node::Model,
    township: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<()> {
    let range = GridCode::new(township, Level::Township).subtree();
    grid_node::Entity::update_many()
        .col_expr(grid_node::Column::Demonstration, Expr::value(false))
        .col_expr(
            grid_node::Column::Version,
            Expr::col(grid_node::Column::Version).add(1),
        )
        .col_expr(grid_node::Column::UpdatedAt, Expr::value(now))
        .filter(grid_node::Column::Code.between(range.lo, range.hi))
        .filter(grid_node::Column::Level.eq(node.level))
        .filter(grid_node::Column::Demonstration.eq(true))
        .filter(grid_node::Column::Id.ne(node.id))
        .exec(db)
        .await?;
    Ok(())
}

/// Sets the grid node's mark; a new version of the node, so an edit made
/// from an older read is a CONFLICT rather than a silent overwrite.
async fn mark(
    db: &impl ConnectionTrait,
    node_id: Uuid,
    on: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<()> {
    grid_node::Entity::update_many()
        .col_expr(grid_node::Column::Demonstration, Expr::value(on))
        .col_expr(
            grid_node::Column::Version,
            Expr::col(grid_node::Column::Version).add(1),
        )
        .col_expr(grid_node::Column::UpdatedAt, Expr::value(now))
        .filter(grid_node::Column::Id.eq(node_id))
        .exec(db)
        .await?;
    Ok(())
}
