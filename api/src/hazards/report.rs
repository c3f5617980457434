//! Reporting a hazard from the field. One request may carry the whole first
//! part of its life — fixed on the spot, or given a deadline at once — so a
//! liaison with one bar of signal sends one thing, once.
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::grid::service as grid;
use crate::hazards::lifecycle::{HazardAction, HazardSeverity, HazardState};
use crate::hazards::rectification::{self, Plan};
use crate::hazards::steps::{self, Actor, Step};
use crate::idempotency::{self, IdempotencyKey};
use crate::inspections::sectors;
use crate::photos::{self, PhotoOwner};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use chrono::NaiveDate;
use entity::{hazard, inspection};
use sea_orm::Set;
use uuid::Uuid;

pub struct NewHazard {
    pub node_id: Uuid,
    pub title: String,
    pub description: String,
    pub severity: HazardSeverity,
    pub category: String,
    pub fixed_on_spot: bool,
    pub fix_note: Option<String>,
    pub deadline: Option<NaiveDate>,
    pub responsible_person_id: Option<Uuid>,
    pub responsible_name: Option<String>,
    pub measures: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub accuracy_m: Option<f64>,
    pub photo_ids: Vec<Uuid>,
    pub inspection_id: Option<Uuid>,
    pub idempotency_key: String,
}

pub async fn report(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    input: NewHazard,
) -> AppResult<hazard::Model> {
    let key = IdempotencyKey::parse(&input.idempotency_key)?;
    let title = validate::name("title", &input.title, 100)?;
    let description = validate::text("description", &input.description, 2000)?;
    validate::position(input.latitude, input.longitude, input.accuracy_m)?;
    if input.fixed_on_spot && input.deadline.is_some() {
        return Err(AppError::input("deadline", Key::HazardNoDeadlineOnSpot));
    }
    if input.fixed_on_spot && input.severity == HazardSeverity::Major {
        return Err(AppError::input("fixedOnSpot", Key::HazardMajorNotOnSpot));
    }

    let (writer, txn) = state.begin_write().await?;
    // A retry of a report that already arrived answers with what is stored.
    if let Some(existing) = idempotency::stored::<hazard::Entity>(&txn, scope, &key).await? {
        return Ok(existing);
    }

    let node = grid::find(&txn, scope, input.node_id).await?;
    authz::check(scope, Action::ReportHazard, &node)?;
    sectors::check_active(&txn, "category", &input.category).await?;
    if let Some(inspection_id) = input.inspection_id {
        crate::authz::find::<inspection::Entity>(
            &txn,
            scope,
            inspection_id,
            inspection::Column::NodeCode,
        )
        .await
        .map(crate::authz::Authorized::into_inner)
        .map_err(|_| AppError::input("inspectionId", Key::HazardInspectionNotFound))?;
    }
    let fix_note = match (input.fixed_on_spot, input.fix_note.as_deref()) {
        (true, Some(note)) => Some(validate::text("fixNote", note, 2000)?),
        (true, None) => return Err(AppError::input("fixNote", Key::HazardFixNoteRequired)),
        (false, _) => None,
    };
    if input.fixed_on_spot && input.photo_ids.is_empty() {
        return Err(AppError::input("photoIds", Key::HazardFixPhotoRequired));
    }

    let now = state.now();
    let actor = Actor {
        account_id: Some(scope.account_id()),
        request_id: &req.request_id,
        now,
    };
    let inserted = idempotency::insert(
        &txn,
        hazard::ActiveModel {
            id: Set(Uuid::new_v4()),
            node_id: Set(node.id),
            node_code: Set(node.code),
            handling_node_id: Set(node.id),
            handling_code: Set(node.code),
            handling_level: Set(node.level),
            title: Set(title),
            description: Set(description),
            severity: Set(input.severity),
            category: Set(input.category.clone()),
            state: Set(HazardState::Reported),
            deadline: Set(None),
            responsible_person_id: Set(None),
            responsible_name: Set(None),
            measures: Set(None),
            latitude: Set(input.latitude),
            longitude: Set(input.longitude),
            accuracy_m: Set(input.accuracy_m),
            inspection_id: Set(input.inspection_id),
            reported_by: Set(scope.account_id()),
            reported_at: Set(now),
            rectified_by: Set(None),
            rectified_by_person_id: Set(None),
            rectified_at: Set(None),
            closed_at: Set(None),
            last_escalated_on: Set(None),
            idempotency_key: Set(key.clone().into()),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        },
    )
    .await?;
    let Some(saved) = inserted else {
        // Another writer stored this key between our look-up and insert.
        drop(txn);
        drop(writer);
        return idempotency::winner::<hazard::Entity>(&state.db, scope, &key).await;
    };
    steps::record_report(&txn, actor, &saved).await?;
    photos::attach(
        &txn,
        scope,
        &input.photo_ids,
        PhotoOwner::Hazard(saved.id),
        saved.node_code,
        state.settings.field.max_photos_per_record,
    )
    .await?;

    // The follow-up step, a moment after the report so history sorts.
    let later = Actor {
        now: now + chrono::Duration::milliseconds(1),
        ..actor
    };
    let saved = if let Some(note) = fix_note {
        steps::apply(
            &txn,
            later,
            authz::authorize(scope, Action::FixOnSpot, saved)?,
            Step::new(HazardAction::FixOnSpot).note(note),
            |_| {},
        )
        .await?
        .0
    } else if let Some(deadline) = input.deadline {
        let plan = Plan {
            deadline,
            responsible_person_id: input.responsible_person_id,
            responsible_name: input.responsible_name,
            measures: input.measures.unwrap_or_default(),
        };
        let saved = authz::authorize(scope, Action::PlanRectification, saved)?;
        rectification::plan_in(&txn, later, scope, state.today(), saved, plan, true).await?
    } else {
        if input.responsible_person_id.is_some() || input.responsible_name.is_some() {
            return Err(AppError::input(
                "deadline",
                Key::HazardResponsibleNeedsDeadline,
            ));
        }
        saved
    };
    txn.commit().await?;
    Ok(saved)
}
