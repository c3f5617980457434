//! 机动车排查登记: the group's register of motor vehicles. A vehicle is
//! registered once per plate per group; a change of owner, phone or licence
//! is a new version of the row (the old one kept in the audit log, readable
//! as `history`); a vehicle that left is retired with a reason and stays
//! readable. Nothing is ever deleted.
use super::kinds::VehicleKind;
use super::plate::Plate;
use super::refusals;
use super::write::{self, once_per_key, MAX_REASON};
use crate::authz::{self, Action, Authorized};
use crate::error::AppResult;
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::versioned;
use entity::vehicle;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

pub struct NewVehicle {
    pub node_id: Uuid,
    pub plate: String,
    pub kind: VehicleKind,
    pub owner_name: String,
    pub owner_phone: String,
    pub licensed: bool,
    pub idempotency_key: String,
}

pub async fn find(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<Authorized<vehicle::Model>> {
    authz::find::<vehicle::Entity>(db, scope, id, vehicle::Column::NodeCode).await
}

pub async fn register(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewVehicle,
) -> AppResult<vehicle::Model> {
    once_per_key!(
        state,
        scope,
        vehicle::Entity,
        &new.idempotency_key,
        |txn, key| { insert(&txn, state, req, scope, key.into(), new).await? }
    )
}

/// A plate on the group's register now (not retired), other than `except`.
async fn plate_taken(
    db: &impl ConnectionTrait,
    node_id: Uuid,
    plate: &str,
    except: Option<Uuid>,
) -> AppResult<bool> {
    let mut q = vehicle::Entity::find()
        .filter(vehicle::Column::NodeId.eq(node_id))
        .filter(vehicle::Column::Plate.eq(plate))
        .filter(vehicle::Column::RetiredOn.is_null());
    if let Some(id) = except {
        q = q.filter(vehicle::Column::Id.ne(id));
    }
    Ok(q.count(db).await? > 0)
}

async fn insert(
    txn: &impl ConnectionTrait,
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    key: String,
    new: NewVehicle,
) -> AppResult<Option<vehicle::Model>> {
    let plate = Plate::parse(&new.plate)?;
    let owner_name = crate::validate::name("ownerName", &new.owner_name, 40)?;
    let owner_phone = crate::validate::mobile_phone("ownerPhone", &new.owner_phone)?;
    let node = write::at_node(txn, scope, new.node_id, Action::RegisterVehicle).await?;
    if plate_taken(txn, node.id, plate.as_str(), None).await? {
        return Err(refusals::plate_registered());
    }
    let now = state.now();
    let id = Uuid::new_v4();
    let Some(model) = crate::idempotency::insert(
        txn,
        vehicle::ActiveModel {
            id: Set(id),
            node_id: Set(node.id),
            node_code: Set(node.code),
            plate: Set(plate.into()),
            kind: Set(new.kind.into()),
            owner_name: Set(owner_name),
            owner_phone: Set(owner_phone),
            licensed: Set(new.licensed),
            registered_on: Set(state.today()),
            retired_on: Set(None),
            retired_reason: Set(None),
            author_id: Set(scope.account_id()),
            idempotency_key: Set(key),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        },
    )
    .await?
    else {
        return Ok(None);
    };
    write::audited(
        txn,
        req,
        scope,
        "record",
        "vehicle",
        id,
        model.node_code,
        None::<&()>,
        &model,
    )
    .await?;
    Ok(Some(model))
}

/// What an update may change; absent fields stay.
pub struct VehicleChange {
    pub id: Uuid,
    /// The version the form was read at (a stale form is CONFLICT).
    pub version: i32,
    pub plate: Option<String>,
    pub kind: Option<VehicleKind>,
    pub owner_name: Option<String>,
    pub owner_phone: Option<String>,
    pub licensed: Option<bool>,
    /// Why it changed (sold to a neighbour, new phone, licence obtained).
    pub reason: String,
}

pub async fn update(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    c: VehicleChange,
) -> AppResult<vehicle::Model> {
    let reason = crate::validate::name("reason", &c.reason, MAX_REASON)
        .map_err(|_| refusals::reason_needed())?;
    let (_w, txn) = state.begin_write().await?;
    let before = find(&txn, scope, c.id).await?;
    let before = authz::authorize(scope, Action::UpdateVehicle, before.into_inner())?.into_inner();
    let mut active: vehicle::ActiveModel = before.clone().into();
    let mut changed = false;
    if let Some(p) = &c.plate {
        let plate = Plate::parse(p)?;
        if plate_taken(&txn, before.node_id, plate.as_str(), Some(before.id)).await? {
            return Err(refusals::plate_registered());
        }
        changed |= plate.as_str() != before.plate;
        active.plate = Set(plate.into());
    }
    if let Some(k) = c.kind {
        changed |= vehicle::VehicleKind::from(k) != before.kind;
        active.kind = Set(k.into());
    }
    if let Some(n) = &c.owner_name {
        let n = crate::validate::name("ownerName", n, 40)?;
        changed |= n != before.owner_name;
        active.owner_name = Set(n);
    }
    if let Some(p) = &c.owner_phone {
        let p = crate::validate::mobile_phone("ownerPhone", p)?;
        changed |= p != before.owner_phone;
        active.owner_phone = Set(p);
    }
    if let Some(l) = c.licensed {
        changed |= l != before.licensed;
        active.licensed = Set(l);
    }
    if !changed {
        return Err(refusals::nothing_to_change());
    }
    let after = versioned::save(
        &txn,
        active,
        vehicle::Column::Version,
        vehicle::Column::UpdatedAt,
        c.version,
        state.now(),
    )
    .await?;
    write::audited(
        &txn,
        req,
        scope,
        "correct",
        "vehicle",
        after.id,
        after.node_code,
        Some(&before),
        &with_reason(&after, &reason),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

pub async fn retire(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    reason: &str,
) -> AppResult<vehicle::Model> {
    let reason = crate::validate::name("reason", reason, MAX_REASON)
        .map_err(|_| refusals::reason_needed())?;
    let (_w, txn) = state.begin_write().await?;
    let before = find(&txn, scope, id).await?;
    let before = authz::authorize(scope, Action::RetireVehicle, before.into_inner())?.into_inner();
    let mut active: vehicle::ActiveModel = before.clone().into();
    active.retired_on = Set(Some(state.today()));
    active.retired_reason = Set(Some(reason.clone()));
    let after = versioned::save(
        &txn,
        active,
        vehicle::Column::Version,
        vehicle::Column::UpdatedAt,
        before.version,
        state.now(),
    )
    .await?;
    write::audited(
        &txn,
        req,
        scope,
        "retire",
        "vehicle",
        after.id,
        after.node_code,
        Some(&before),
        &with_reason(&after, &reason),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// The saved row with the reason given for the change, for the audit row.
fn with_reason(after: &vehicle::Model, reason: &str) -> serde_json::Value {
    let mut v = serde_json::to_value(after).unwrap_or_default();
    if let Some(obj) = v.as_object_mut() {
        obj.insert("correctionReason".into(), reason.into());
    }
    v
}
