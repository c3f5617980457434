//! Appointments: a person in a post at a node, with dates. Replacing an
//! officer ends one appointment and starts the next in one transaction, so
//! the history is never lost.
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key as ErrorKey};
use crate::grid::coverage::{current_on, post_for};
use crate::grid::service as grid;
use crate::pagination::{self, Key, Page};
use crate::people::appointment_role::AppointmentRole;
use crate::people::persons::{self, PersonData};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use crate::versioned;
use chrono::NaiveDate;
use entity::appointment;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use uuid::Uuid;

pub fn is_current(a: &appointment::Model, day: NaiveDate) -> bool {
    a.start_date <= day && a.end_date.is_none_or(|end| end > day)
}

pub async fn find(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<appointment::Model> {
    crate::authz::find::<appointment::Entity>(db, scope, id, appointment::Column::NodeCode)
        .await
        .map(crate::authz::Authorized::into_inner)
}

pub async fn for_node(
    db: &impl ConnectionTrait,
    scope: &Scope,
    node_id: Uuid,
    include_ended: bool,
    today: NaiveDate,
) -> AppResult<Vec<appointment::Model>> {
    let mut q = appointment::Entity::find()
        .filter(crate::authz::subtree(scope, appointment::Column::NodeCode))
        .filter(appointment::Column::NodeId.eq(node_id));
    if !include_ended {
        q = q.filter(current_on(today));
    }
    Ok(q.order_by_desc(appointment::Column::StartDate)
        .all(db)
        .await?)
}

/// Appointments in a subtree (a roster, 花名册), in grid-code order.
pub async fn list(
    db: &impl ConnectionTrait,
    scope: &Scope,
    under: Option<Uuid>,
    role: Option<AppointmentRole>,
    include_ended: bool,
    today: NaiveDate,
    page: Page,
) -> AppResult<(Vec<appointment::Model>, pagination::Window)> {
    let range = grid::range_under(db, scope, under).await?;
    let mut q = appointment::Entity::find()
        .filter(appointment::Column::NodeCode.between(range.lo, range.hi));
    if let Some(role) = role {
        q = q.filter(appointment::Column::Role.eq(role));
    }
    if !include_ended {
        q = q.filter(current_on(today));
    }
    let order = [
        Key::asc(appointment::Column::NodeCode),
        Key::desc(appointment::Column::StartDate),
        Key::asc(appointment::Column::Id),
    ];
    pagination::fetch(db, q, &order, page).await
}

pub async fn for_person(
    db: &impl ConnectionTrait,
    scope: &Scope,
    person_id: Uuid,
) -> AppResult<Vec<appointment::Model>> {
    Ok(appointment::Entity::find()
        .filter(crate::authz::subtree(scope, appointment::Column::NodeCode))
        .filter(appointment::Column::PersonId.eq(person_id))
        .order_by_desc(appointment::Column::StartDate)
        .all(db)
        .await?)
}

/// Who to appoint: someone already registered, or a new person.
pub enum Appointee {
    Existing(Uuid),
    New(PersonData),
}

pub struct NewAppointment {
    pub node_id: Uuid,
    pub role: AppointmentRole,
    pub appointee: Appointee,
    pub start_date: NaiveDate,
    pub training_date: Option<NaiveDate>,
    pub notebook_issued_date: Option<NaiveDate>,
    /// A township leader in charge of safety (分管安全).
    pub in_charge_of_safety: bool,
}

fn check_dates(a: &NewAppointment, today: NaiveDate) -> AppResult<()> {
    validate::work_date("startDate", a.start_date, today)?;
    if let Some(d) = a.training_date {
        validate::work_date("trainingDate", d, today)?;
    }
    if let Some(d) = a.notebook_issued_date {
        validate::work_date("notebookIssuedDate", d, today)?;
    }
    Ok(())
}

async fn insert(
    txn: &impl ConnectionTrait,
    req: &RequestContext,
    scope: &Scope,
    a: NewAppointment,
) -> AppResult<appointment::Model> {
    check_dates(&a, req.today())?;
    let node = grid::find(txn, scope, a.node_id).await?;
    let code = grid::grid_code(&node)?;
    if a.role == AppointmentRole::TownshipLeader {
        authz::check(scope, Action::AppointLeader, &node)?;
    } else {
        authz::check(scope, Action::Appoint, &node)?;
    }
    if a.in_charge_of_safety && a.role != AppointmentRole::TownshipLeader {
        return Err(AppError::input(
            "inChargeOfSafety",
            ErrorKey::LeaderSafetyOnlyLeader,
        ));
    }
    if a.role != AppointmentRole::TownshipLeader && post_for(code.level) != Some(a.role) {
        return Err(AppError::input("role", ErrorKey::AppointmentRoleLevel));
    }
    let person = match a.appointee {
        Appointee::Existing(id) => persons::find(txn, scope, id).await?.into_inner(),
        Appointee::New(data) => persons::insert(txn, req, scope, data).await?,
    };
    let already = appointment::Entity::find()
        .filter(appointment::Column::NodeId.eq(node.id))
        .filter(appointment::Column::PersonId.eq(person.id))
        .filter(appointment::Column::Role.eq(a.role))
        .filter(current_on(a.start_date))
        .one(txn)
        .await?;
    if already.is_some() {
        return Err(AppError::conflict(ErrorKey::AppointmentDuplicate));
    }
    let now = req.now();
    let model = appointment::ActiveModel {
        id: Set(Uuid::new_v4()),
        person_id: Set(person.id),
        node_id: Set(node.id),
        node_code: Set(node.code),
        role: Set(a.role),
        start_date: Set(a.start_date),
        end_date: Set(None),
        training_date: Set(a.training_date),
        notebook_issued_date: Set(a.notebook_issued_date),
        in_charge_of_safety: Set(a.in_charge_of_safety),
        version: Set(1),
        created_by: Set(Some(scope.account_id())),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(txn)
    .await?;
    audit::record(
        txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "appoint",
            "appointment",
            model.id.to_string(),
        )
        .at_node(model.node_code)
        .after(&model),
    )
    .await?;
    Ok(model)
}

pub async fn appoint(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    a: NewAppointment,
) -> AppResult<appointment::Model> {
    let (_w, txn) = state.begin_write().await?;
    let model = insert(&txn, req, scope, a).await?;
    txn.commit().await?;
    Ok(model)
}

/// Ends an appointment on `end_date` (the last day is the day before).
async fn close(
    txn: &impl ConnectionTrait,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    version: i32,
    end_date: NaiveDate,
) -> AppResult<appointment::Model> {
    validate::work_date("endDate", end_date, req.today())?;
    let before = find(txn, scope, id).await?;
    authz::check(scope, Action::EndAppointment, &before)?;
    if before.end_date.is_some() {
        return Err(AppError::conflict(ErrorKey::AppointmentAlreadyEnded));
    }
    if end_date < before.start_date {
        return Err(AppError::input(
            "endDate",
            ErrorKey::AppointmentEndBeforeStart,
        ));
    }
    let mut active: appointment::ActiveModel = before.clone().into();
    active.end_date = Set(Some(end_date));
    let after = versioned::save(
        txn,
        active,
        appointment::Column::Version,
        appointment::Column::UpdatedAt,
        version,
        req.now(),
    )
    .await?;
    audit::record(
        txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "end",
            "appointment",
            id.to_string(),
        )
        .at_node(after.node_code)
        .before(&before)
        .after(&after),
    )
    .await?;
    Ok(after)
}

pub async fn end(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    version: i32,
    end_date: NaiveDate,
) -> AppResult<appointment::Model> {
    let (_w, txn) = state.begin_write().await?;
    let model = close(&txn, req, scope, id, version, end_date).await?;
    txn.commit().await?;
    Ok(model)
}

pub struct Replacement {
    pub appointment_id: Uuid,
    pub version: i32,
    pub end_date: NaiveDate,
    pub successor: Appointee,
    pub start_date: NaiveDate,
    pub training_date: Option<NaiveDate>,
    pub notebook_issued_date: Option<NaiveDate>,
}

/// Ends the old appointment and starts the successor's at the same post.
pub async fn replace(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    r: Replacement,
) -> AppResult<appointment::Model> {
    if r.start_date < r.end_date {
        return Err(AppError::input(
            "startDate",
            ErrorKey::AppointmentSuccessorOverlaps,
        ));
    }
    let (_w, txn) = state.begin_write().await?;
    let old = close(&txn, req, scope, r.appointment_id, r.version, r.end_date).await?;
    let role = old.role;
    let new = insert(
        &txn,
        req,
        scope,
        NewAppointment {
            node_id: old.node_id,
            role,
            appointee: r.successor,
            start_date: r.start_date,
            training_date: r.training_date,
            notebook_issued_date: r.notebook_issued_date,
            in_charge_of_safety: old.in_charge_of_safety,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(new)
}

pub struct AppointmentChanges {
    pub id: Uuid,
    pub version: i32,
    pub training_date: Option<NaiveDate>,
    pub notebook_issued_date: Option<NaiveDate>,
}

pub async fn update(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    c: AppointmentChanges,
) -> AppResult<appointment::Model> {
    if let Some(d) = c.training_date {
        validate::work_date("trainingDate", d, req.today())?;
    }
    if let Some(d) = c.notebook_issued_date {
        validate::work_date("notebookIssuedDate", d, req.today())?;
    }
    let (_w, txn) = state.begin_write().await?;
    let before = find(&txn, scope, c.id).await?;
    authz::check(scope, Action::EditAppointment, &before)?;
    let mut active: appointment::ActiveModel = before.clone().into();
    if let Some(d) = c.training_date {
        active.training_date = Set(Some(d));
    }
    if let Some(d) = c.notebook_issued_date {
        active.notebook_issued_date = Set(Some(d));
    }
    let after = versioned::save(
        &txn,
        active,
        appointment::Column::Version,
        appointment::Column::UpdatedAt,
        c.version,
        req.now(),
    )
    .await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "update",
            "appointment",
            after.id.to_string(),
        )
        .at_node(after.node_code)
        .before(&before)
        .after(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
