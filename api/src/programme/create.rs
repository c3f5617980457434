//! Recording a programme record, in two calls around the kind's own work:
//! [`open`] takes the write transaction, answers a retried key with the
//! record it made, checks the day and asks the decision whether the caller
//! records this kind at this node; the kind then checks its own fields
//! (with `Draft::txn`, inside the transaction) and hands its active model
//! to [`Draft::finish`], which stamps the shared columns, inserts, attaches
//! photos and documents, writes the audit row and commits.
use super::entity::{Col, RecordEntity};
use super::evidence;
use super::kind::RecordKind;
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Authorized};
use crate::error::AppResult;
use crate::grid::service as grid;
use crate::idempotency::{self, IdempotencyKey};
use crate::photos::{self, PhotoOwner};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use chrono::NaiveDate;
use entity::grid_node;
use sea_orm::{ActiveModelTrait, DatabaseTransaction, Value};
use uuid::Uuid;

/// What every programme record is given.
pub struct NewRecord {
    pub kind: RecordKind,
    pub node_id: Uuid,
    /// The day it happened, and the input field that named it (errors
    /// point there).
    pub on: NaiveDate,
    pub on_field: &'static str,
    pub photo_ids: Vec<Uuid>,
    pub document_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

// Short-lived (one request): boxing the draft would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum Opened<'s, M> {
    /// The key was used before by this caller: its record, unchanged.
    Existing(M),
    New(Draft<'s>),
}

pub struct Draft<'s> {
    // Field order is drop order: the transaction ends before the queue moves.
    txn: DatabaseTransaction,
    _writer: tokio::sync::MutexGuard<'s, ()>,
    node: Authorized<grid_node::Model>,
    key: IdempotencyKey,
    new: NewRecord,
    state: &'s AppState,
    req: &'s RequestContext,
    scope: &'s Scope,
}

pub async fn open<'s, E: RecordEntity>(
    state: &'s AppState,
    req: &'s RequestContext,
    scope: &'s Scope,
    new: NewRecord,
) -> AppResult<Opened<'s, E::Model>> {
    let key = IdempotencyKey::parse(&new.idempotency_key)?;
    let (writer, txn) = state.begin_write().await?;
    if let Some(existing) = idempotency::stored::<E>(&txn, scope, &key).await? {
        return Ok(Opened::Existing(existing));
    }
    super::dates::record_day(
        new.on_field,
        new.on,
        state.today(),
        state.settings.field.month_close_day,
    )?;
    let node = grid::find(&txn, scope, new.node_id).await?;
    authz::check(scope, new.kind.action(), &node)?;
    Ok(Opened::New(Draft {
        txn,
        _writer: writer,
        node,
        key,
        new,
        state,
        req,
        scope,
    }))
}

impl<'s> Draft<'s> {
    /// The write transaction, for the kind's own checks and side effects
    /// (a training sets its attendees' training dates).
    pub fn txn(&self) -> &DatabaseTransaction {
        &self.txn
    }

    /// The node it is recorded at (the decision allowed it).
    pub fn node(&self) -> &grid_node::Model {
        &self.node
    }

    pub async fn finish<E: RecordEntity>(self, mut active: E::ActiveModel) -> AppResult<E::Model> {
        let id = Uuid::new_v4();
        let now = self.state.now();
        let stamps: [(Col, Value); 9] = [
            (Col::Id, id.into()),
            (Col::NodeId, self.node.id.into()),
            (Col::NodeCode, self.node.code.into()),
            (Col::On, self.new.on.into()),
            (Col::AuthorId, self.scope.account_id().into()),
            (Col::IdempotencyKey, self.key.as_str().to_string().into()),
            (Col::Version, 1i32.into()),
            (Col::CreatedAt, now.into()),
            (Col::UpdatedAt, now.into()),
        ];
        for (col, value) in stamps {
            active.try_set(E::col(col), value)?;
        }
        let Some(model) = idempotency::insert(&self.txn, active).await? else {
            // Another writer stored this key between our look-up and insert.
            let Draft {
                txn,
                _writer,
                key,
                state,
                scope,
                ..
            } = self;
            drop(txn);
            drop(_writer);
            return idempotency::winner::<E>(&state.db, scope, &key).await;
        };
        let kind = self.new.kind.entity();
        if !self.new.photo_ids.is_empty() {
            photos::attach(
                &self.txn,
                self.scope,
                &self.new.photo_ids,
                PhotoOwner::Record(kind, id),
                self.node.code,
                self.state.settings.field.max_photos_per_record,
            )
            .await?;
        }
        evidence::cite(&self.txn, self.scope, kind, id, &self.new.document_ids, now).await?;
        audit::record(
            &self.txn,
            AuditEntry::new(
                self.req,
                Some(self.scope.account_id()),
                "record",
                kind,
                id.to_string(),
            )
            .at_node(self.node.code)
            .after(&model),
        )
        .await?;
        self.txn.commit().await?;
        Ok(model)
    }
}
