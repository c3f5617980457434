//! The group's motor-vehicle register (机动车排查登记): a register, not
//! dated events. A vehicle is registered once (its day: when it was put on
//! the register), updated as a new version with a reason (the old one kept
//! in `record_versions`), and retired with a reason when it is sold,
//! scrapped or leaves the group: never deleted, still listed as retired.
use super::plate::Plate;
use super::MAX_NAME;
use crate::error::{AppError, AppResult, Key};
use crate::programme::{self, correct, NewRecord, Opened, RecordKind};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use chrono::NaiveDate;
use entity::vehicle::{self, VehicleKind};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

pub struct NewVehicle {
    pub node_id: Uuid,
    pub plate: String,
    pub kind: VehicleKind,
    pub owner_name: String,
    pub owner_phone: String,
    pub licensed: bool,
    pub registered_on: Option<NaiveDate>,
    pub photo_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

/// A plate is on a group's register once while the vehicle is current.
async fn plate_free(
    db: &impl ConnectionTrait,
    node_code: i64,
    plate: &str,
    except: Option<Uuid>,
) -> AppResult<()> {
    let mut q = vehicle::Entity::find()
        .filter(vehicle::Column::NodeCode.eq(node_code))
        .filter(vehicle::Column::Plate.eq(plate))
        .filter(vehicle::Column::RetiredOn.is_null());
    if let Some(id) = except {
        q = q.filter(vehicle::Column::Id.ne(id));
    }
    if q.count(db).await? > 0 {
        return Err(AppError::input("plate", Key::VehiclePlateRegistered));
    }
    Ok(())
}

pub async fn register(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewVehicle,
) -> AppResult<vehicle::Model> {
    let plate = Plate::parse(&new.plate)?;
    let owner = validate::name("ownerName", &new.owner_name, MAX_NAME)?;
    let phone = validate::mobile_phone("ownerPhone", &new.owner_phone)?;
    let draft = match programme::open::<vehicle::Entity>(
        state,
        req,
        scope,
        NewRecord {
            kind: RecordKind::Vehicle,
            node_id: new.node_id,
            on: new.registered_on.unwrap_or_else(|| state.today()),
            on_field: "registeredOn",
            photo_ids: new.photo_ids,
            document_ids: Vec::new(),
            idempotency_key: new.idempotency_key,
        },
    )
    .await?
    {
        Opened::Existing(m) => return Ok(m),
        Opened::New(d) => d,
    };
    plate_free(draft.txn(), draft.node().code, plate.as_str(), None).await?;
    draft
        .finish::<vehicle::Entity>(vehicle::ActiveModel {
            plate: Set(plate.into()),
            kind: Set(new.kind),
            owner_name: Set(owner),
            owner_phone: Set(phone),
            licensed: Set(new.licensed),
            retired_on: Set(None),
            retired_reason: Set(None),
            ..Default::default()
        })
        .await
}

#[derive(Default)]
pub struct VehicleUpdate {
    pub plate: Option<String>,
    pub kind: Option<VehicleKind>,
    pub owner_name: Option<String>,
    pub owner_phone: Option<String>,
    pub licensed: Option<bool>,
}

/// The vehicle as stored, if the caller sees it and it is still current.
async fn current(state: &AppState, scope: &Scope, id: Uuid) -> AppResult<vehicle::Model> {
    let v = programme::find::<vehicle::Entity>(&state.db, scope, id)
        .await?
        .into_inner();
    if v.retired_on.is_some() {
        return Err(AppError::conflict(Key::VehicleRetired));
    }
    Ok(v)
}

fn still_current(m: &vehicle::ActiveModel) -> AppResult<()> {
    match m.retired_on.try_as_ref() {
        Some(Some(_)) => Err(AppError::conflict(Key::VehicleRetired)),
        _ => Ok(()),
    }
}

pub async fn update(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    version: i32,
    reason: &str,
    u: VehicleUpdate,
) -> AppResult<vehicle::Model> {
    let plate = u.plate.map(|p| Plate::parse(&p)).transpose()?;
    let owner = u
        .owner_name
        .map(|n| validate::name("ownerName", &n, MAX_NAME))
        .transpose()?;
    let phone = u
        .owner_phone
        .map(|p| validate::mobile_phone("ownerPhone", &p))
        .transpose()?;
    let v = current(state, scope, id).await?;
    if let Some(p) = &plate {
        plate_free(&state.db, v.node_code, p.as_str(), Some(v.id)).await?;
    }
    correct::correct::<vehicle::Entity>(state, req, scope, id, version, reason, move |m| {
        still_current(m)?;
        if let Some(p) = plate {
            m.plate = Set(p.into());
        }
        if let Some(k) = u.kind {
            m.kind = Set(k);
        }
        if let Some(o) = owner {
            m.owner_name = Set(o);
        }
        if let Some(p) = phone {
            m.owner_phone = Set(p);
        }
        if let Some(l) = u.licensed {
            m.licensed = Set(l);
        }
        Ok(())
    })
    .await
}

/// Off the register from today, with the reason; the row stays (listed as
/// retired) and the version before is kept.
pub async fn retire(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    reason: &str,
) -> AppResult<vehicle::Model> {
    let v = current(state, scope, id).await?;
    let today = state.today();
    let kept = reason.trim().to_string();
    correct::correct::<vehicle::Entity>(state, req, scope, id, v.version, reason, move |m| {
        still_current(m)?;
        m.retired_on = Set(Some(today));
        m.retired_reason = Set(Some(kept));
        Ok(())
    })
    .await
}
