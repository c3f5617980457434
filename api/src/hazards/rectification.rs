//! The working steps: fix on the spot, plan a rectification (限期整改),
//! report it rectified, and verify it (复查销号) — by someone other than
//! the one who rectified it.
use crate::authz::{Action, Authorized};
use crate::error::{AppError, AppResult, Key};
use crate::hazards::access;
use crate::hazards::lifecycle::HazardAction;
use crate::hazards::steps::{self, Actor, Step};
use crate::people::persons;
use crate::photos::{self, PhotoOwner};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use chrono::NaiveDate;
use entity::hazard;
use sea_orm::{ConnectionTrait, Set};
use uuid::Uuid;

pub struct Plan {
    pub deadline: NaiveDate,
    pub responsible_person_id: Option<Uuid>,
    pub responsible_name: Option<String>,
    pub measures: String,
}

/// A deadline from today up to a year ahead.
fn check_deadline(deadline: NaiveDate, today: NaiveDate) -> AppResult<()> {
    if deadline < today || deadline > today + chrono::Duration::days(366) {
        return Err(AppError::input("deadline", Key::HazardDeadlineRange));
    }
    Ok(())
}

/// Plans the rectification inside an open transaction. `measures_optional`
/// lets a field report carry a deadline before measures are worked out.
pub async fn plan_in(
    txn: &impl ConnectionTrait,
    actor: Actor<'_>,
    scope: &Scope,
    today: NaiveDate,
    hazard: Authorized<hazard::Model>,
    plan: Plan,
    measures_optional: bool,
) -> AppResult<hazard::Model> {
    check_deadline(plan.deadline, today)?;
    let measures = match plan.measures.trim() {
        "" if measures_optional => None,
        m => Some(validate::text("measures", m, 2000)?),
    };
    let (person_id, name) = responsible(
        txn,
        scope,
        plan.responsible_person_id,
        plan.responsible_name,
    )
    .await?;
    let mut step = Step::new(HazardAction::PlanRectification);
    step.deadline = Some(plan.deadline);
    step.note = measures.clone();
    let (saved, _) = steps::apply(txn, actor, hazard, step, |h| {
        h.deadline = Set(Some(plan.deadline));
        h.measures = Set(measures);
        h.responsible_person_id = Set(person_id);
        h.responsible_name = Set(name);
        // A new plan restarts the clock for overdue escalation.
        h.last_escalated_on = Set(None);
    })
    .await?;
    Ok(saved)
}

pub async fn plan(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    plan: Plan,
) -> AppResult<hazard::Model> {
    let h = access::begin(state, scope, id, Action::PlanRectification).await?;
    let actor = access::actor(state, req, scope);
    let saved = plan_in(&h.txn, actor, scope, state.today(), h.hazard, plan, false).await?;
    h.txn.commit().await?;
    Ok(saved)
}

/// A step whose evidence is a note and photos attached to the step itself.
#[allow(clippy::too_many_arguments)]
async fn evidenced_step(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    action: Action,
    step: Step,
    photo_ids: &[Uuid],
    change: impl FnOnce(&mut hazard::ActiveModel),
) -> AppResult<hazard::Model> {
    let h = access::begin(state, scope, id, action).await?;
    let actor = access::actor(state, req, scope);
    let (saved, event) = steps::apply(&h.txn, actor, h.hazard, step, change).await?;
    photos::attach(
        &h.txn,
        scope,
        photo_ids,
        PhotoOwner::HazardEvent(event.id),
        saved.node_code,
        state.settings.field.max_photos_per_record,
    )
    .await?;
    h.txn.commit().await?;
    Ok(saved)
}

pub async fn fix_on_spot(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    note: &str,
    photo_ids: &[Uuid],
) -> AppResult<hazard::Model> {
    let note = validate::text("note", note, 2000)?;
    if photo_ids.is_empty() {
        return Err(AppError::input("photoIds", Key::HazardFixPhotoRequired));
    }
    let step = Step::new(HazardAction::FixOnSpot).note(note);
    evidenced_step(
        state,
        req,
        scope,
        id,
        Action::FixOnSpot,
        step,
        photo_ids,
        |_| {},
    )
    .await
}

pub async fn rectify(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    note: &str,
    photo_ids: &[Uuid],
) -> AppResult<hazard::Model> {
    let note = validate::text("note", note, 2000)?;
    let now = state.now();
    let me = scope.account_id();
    let my_person = scope.person_id();
    let step = Step::new(HazardAction::Rectify).note(note);
    evidenced_step(
        state,
        req,
        scope,
        id,
        Action::Rectify,
        step,
        photo_ids,
        |h| {
            h.rectified_by = Set(Some(me));
            h.rectified_by_person_id = Set(my_person);
            h.rectified_at = Set(Some(now));
        },
    )
    .await
}

/// 复查销号: passed closes the hazard; failed sends it back to rectifying.
pub async fn verify(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    passed: bool,
    note: &str,
    photo_ids: &[Uuid],
) -> AppResult<hazard::Model> {
    let note = validate::text("note", note, 2000)?;
    let action = if passed {
        HazardAction::VerifyPassed
    } else {
        HazardAction::VerifyFailed
    };
    let step = Step::new(action).note(note);
    // The decision refuses a check by the fix's own person, whichever of
    // their accounts they use (separation of duties by person).
    let h = access::begin(state, scope, id, Action::Verify).await?;
    let actor = access::actor(state, req, scope);
    let (saved, event) = steps::apply(&h.txn, actor, h.hazard, step, |_| {}).await?;
    photos::attach(
        &h.txn,
        scope,
        photo_ids,
        PhotoOwner::HazardEvent(event.id),
        saved.node_code,
        state.settings.field.max_photos_per_record,
    )
    .await?;
    h.txn.commit().await?;
    Ok(saved)
}

/// The person responsible for a fix, by id (in scope) or by name.
pub async fn responsible(
    db: &impl ConnectionTrait,
    scope: &Scope,
    person_id: Option<Uuid>,
    name: Option<String>,
) -> AppResult<(Option<Uuid>, Option<String>)> {
    match (person_id, name) {
        (Some(id), _) => {
            let p = persons::find(db, scope, id)
                .await
                .map_err(|_| AppError::input("responsiblePersonId", Key::PersonNotFound))?;
            Ok((Some(p.id), Some(p.name.clone())))
        }
        (None, Some(n)) => Ok((None, Some(validate::name("responsibleName", &n, 50)?))),
        (None, None) => Ok((None, None)),
    }
}
