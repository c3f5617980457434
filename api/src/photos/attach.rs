//! Tying uploaded photos to the record they document. A photo is uploaded
//! first (so a phone can send it while the record is still being written),
//! then attached exactly once, by the person who uploaded it, in the same
//! transaction as the record.
use crate::error::{AppError, AppResult, Key};
use crate::scope::Scope;
use entity::photo;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use uuid::Uuid;

#[derive(Copy, Clone, Debug)]
pub enum PhotoOwner {
    Inspection(Uuid),
    Hazard(Uuid),
    /// A step in a hazard's life (fixed on the spot, rectified, verified).
    HazardEvent(Uuid),
    /// A programme record, by its table's name (`programme::RecordKind::entity`).
    Record(&'static str, Uuid),
}

impl PhotoOwner {
    pub fn kind(self) -> &'static str {
        match self {
            PhotoOwner::Inspection(_) => "inspection",
            PhotoOwner::Hazard(_) => "hazard",
            PhotoOwner::HazardEvent(_) => "hazard_event",
            PhotoOwner::Record(kind, _) => kind,
        }
    }
    pub fn id(self) -> Uuid {
        match self {
            PhotoOwner::Inspection(id)
            | PhotoOwner::Hazard(id)
            | PhotoOwner::HazardEvent(id)
            | PhotoOwner::Record(_, id) => id,
        }
    }
}

/// Attaches `ids` to `owner` at `node_code`. Each must be the caller's own
/// upload and not yet attached; otherwise nothing is attached and the
/// answer is BAD_USER_INPUT on `photoIds`.
pub async fn attach(
    txn: &impl ConnectionTrait,
    scope: &Scope,
    ids: &[Uuid],
    owner: PhotoOwner,
    node_code: i64,
    max: usize,
) -> AppResult<Vec<photo::Model>> {
    if ids.len() > max {
        return Err(AppError::input("photoIds", Key::PhotoTooMany).with("max", max));
    }
    let mut unique = ids.to_vec();
    unique.sort();
    unique.dedup();
    let found = photo::Entity::find()
        .filter(photo::Column::Id.is_in(unique.clone()))
        .filter(photo::Column::UploadedBy.eq(scope.account_id()))
        .filter(photo::Column::OwnerId.is_null())
        .all(txn)
        .await?;
    if found.len() != unique.len() {
        return Err(AppError::input("photoIds", Key::PhotoNotAttachable));
    }
    let mut attached = Vec::with_capacity(found.len());
    for p in found {
        let mut active: photo::ActiveModel = p.into();
        active.owner_kind = Set(Some(owner.kind().to_string()));
        active.owner_id = Set(Some(owner.id()));
        active.node_code = Set(node_code);
        attached.push(active.update(txn).await?);
    }
    Ok(attached)
}

/// The photos of these records, oldest first. The caller has already
/// checked that the records are in scope.
pub async fn for_owners(
    db: &impl ConnectionTrait,
    owner_ids: Vec<Uuid>,
) -> AppResult<Vec<photo::Model>> {
    if owner_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(photo::Entity::find()
        .filter(photo::Column::OwnerId.is_in(owner_ids))
        .order_by_asc(photo::Column::CreatedAt)
        .order_by_asc(photo::Column::Id)
        .all(db)
        .await?)
}
