//! Recording an inspection from a phone that may send it more than once:
//! the client's idempotency key is unique in the table, so a retry answers
//! with the record already made instead of making a second one.
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::grid::service as grid;
use crate::idempotency::{self, IdempotencyKey};
use crate::inspections::kind::InspectionKind;
use crate::inspections::month::{china_day, Month};
use crate::inspections::{input, post, sectors};
use crate::people::persons;
use crate::photos::{self, PhotoOwner};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use chrono::{DateTime, Utc};
use entity::{account, inspection};
use sea_orm::{ConnectionTrait, EntityTrait, Set};
use uuid::Uuid;

pub struct NewInspection {
    pub node_id: Uuid,
    pub kind: InspectionKind,
    pub occurred_at: DateTime<Utc>,
    pub sectors: Vec<String>,
    pub notes: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub accuracy_m: Option<f64>,
    pub photo_ids: Vec<Uuid>,
    /// Whose work this is; the author's own person when absent.
    pub person_id: Option<Uuid>,
    pub idempotency_key: String,
}

pub async fn record(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewInspection,
) -> AppResult<inspection::Model> {
    let key = IdempotencyKey::parse(&new.idempotency_key)?;
    let (writer, txn) = state.begin_write().await?;
    if let Some(existing) = idempotency::stored::<inspection::Entity>(&txn, scope, &key).await? {
        return Ok(existing);
    }
    match insert(&txn, state, req, scope, key.clone(), new).await? {
        Some(model) => {
            txn.commit().await?;
            Ok(model)
        }
        None => {
            // Another writer stored this key between our look-up and insert.
            drop(txn);
            drop(writer);
            idempotency::winner::<inspection::Entity>(&state.db, scope, &key).await
        }
    }
}

/// Validates and inserts; `None` when the key turned out to be taken.
async fn insert(
    txn: &impl ConnectionTrait,
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    key: IdempotencyKey,
    new: NewInspection,
) -> AppResult<Option<inspection::Model>> {
    let rules = &state.settings.field;
    let occurred_at = input::occurred_at(new.occurred_at, state.now())?;
    let day = china_day(occurred_at);
    if Month::of(day).locked(state.today(), rules.month_close_day) {
        return Err(AppError::input("occurredAt", Key::InspectionMonthClosed));
    }
    let notes = crate::validate::text("notes", &new.notes, input::MAX_NOTES)?;
    let pos = crate::validate::position(new.latitude, new.longitude, new.accuracy_m)?;
    let sector_codes = input::sectors(&new.sectors, &sectors::active_codes(txn).await?)?;

    let node = grid::find(txn, scope, new.node_id).await?;
    authz::check(scope, Action::record(new.kind), &node)?;
    let code = grid::grid_code(&node)?;

    let own_person = account::Entity::find_by_id(scope.account_id())
        .one(txn)
        .await?
        .and_then(|a| a.person_id);
    let person_id = match new.person_id {
        Some(id) => {
            authz::check_named_person(scope, own_person, id)?;
            Some(id)
        }
        None => own_person,
    };
    let appointment = match person_id {
        Some(pid) => post::resolve(txn, new.kind, code, pid, day).await?,
        None => None,
    };
    if let (Some(pid), None) = (new.person_id, &appointment) {
        // Someone named explicitly who holds no such post must at least be
        // a person the author can see.
        persons::find(txn, scope, pid).await?;
    }

    let id = Uuid::new_v4();
    let now = state.now();
    let inserted = idempotency::insert(
        txn,
        inspection::ActiveModel {
            id: Set(id),
            node_id: Set(node.id),
            node_code: Set(node.code),
            kind: Set(new.kind),
            occurred_at: Set(occurred_at),
            occurred_on: Set(day),
            person_id: Set(person_id),
            appointment_id: Set(appointment.map(|a| a.id)),
            author_id: Set(scope.account_id()),
            sectors: Set(sectors::encode(&sector_codes)),
            notes: Set(notes),
            latitude: Set(pos.latitude),
            longitude: Set(pos.longitude),
            accuracy_m: Set(pos.accuracy_m),
            idempotency_key: Set(key.into()),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        },
    )
    .await?;
    let Some(model) = inserted else {
        return Ok(None);
    };
    if !new.photo_ids.is_empty() {
        photos::attach(
            txn,
            scope,
            &new.photo_ids,
            PhotoOwner::Inspection(id),
            node.code,
            rules.max_photos_per_record,
        )
        .await?;
    }
    audit::record(
        txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "record",
            "inspection",
            id.to_string(),
        )
        .at_node(model.node_code)
        .after(&model),
    )
    .await?;
    Ok(Some(model))
}
