//! The assessment's steps after starting: scoring an item (with a note and
//! documents), submitting, approval by the level above, and revision of
//! an approved one into a new draft version. Each step reads the record in
//! its write transaction, asks the decision (`authz`, with the state table
//! of `lifecycle`), saves with the edit count it read (a racing step is
//! CONFLICT) and writes its audit row in the same transaction.
use super::form::{self, Item};
use super::lifecycle::{self, AssessmentStep};
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::{validate, versioned};
use entity::assessment;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseTransaction, Set};
use uuid::Uuid;

pub const MAX_NOTE: usize = 500;
pub const MAX_DOCUMENTS: usize = 9;

/// The assessment as the caller may see it (NOT_FOUND outside the subtree).
pub async fn find_in(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<assessment::Model> {
    authz::find::<assessment::Entity>(db, scope, id, assessment::Column::NodeCode)
        .await
        .map(authz::Authorized::into_inner)
}

async fn save(
    txn: &DatabaseTransaction,
    (req, scope, now): (&RequestContext, &Scope, chrono::DateTime<chrono::Utc>),
    before: &assessment::Model,
    active: assessment::ActiveModel,
    action: &'static str,
    note: serde_json::Value,
) -> AppResult<assessment::Model> {
    let after = versioned::save(
        txn,
        active,
        assessment::Column::Edits,
        assessment::Column::UpdatedAt,
        before.edits,
        now,
    )
    .await?;
    audit::record(
        txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            action,
            "assessment",
            after.id.to_string(),
        )
        .at_node(after.node_code)
        .before(before)
        .after(&serde_json::json!({ "assessment": &after, "step": note })),
    )
    .await?;
    Ok(after)
}

/// What the assessor gives one item.
pub struct Score {
    pub id: Uuid,
    pub item_key: String,
    pub points: i32,
    pub note: Option<String>,
    pub document_ids: Vec<Uuid>,
}

fn with_totals(
    active: &mut assessment::ActiveModel,
    items: &[Item],
    pass_mark: i32,
) -> AppResult<()> {
    let total = form::total(items);
    active.items = Set(form::encode(items)?);
    active.total = Set(total);
    active.grade = Set(form::grade(total, pass_mark));
    Ok(())
}

pub async fn score(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    s: Score,
) -> AppResult<assessment::Model> {
    let note = match s.note.as_deref().map(str::trim) {
        Some(n) if !n.is_empty() => Some(validate::text("note", n, MAX_NOTE)?),
        _ => None,
    };
    if s.document_ids.len() > MAX_DOCUMENTS {
        return Err(
            AppError::input("documentIds", Key::RecordTooManyDocuments).with("max", MAX_DOCUMENTS)
        );
    }
    let (_writer, txn) = state.begin_write().await?;
    let before = find_in(&txn, scope, s.id).await?;
    authz::check(scope, Action::ScoreAssessment, &before)?;
    for d in &s.document_ids {
        crate::documents::service::find(&txn, scope, *d).await?;
    }
    let mut items = form::decode(&before.items)?;
    let item = items
        .iter_mut()
        .find(|i| i.key == s.item_key)
        .ok_or_else(|| AppError::input("itemKey", Key::AssessmentItemUnknown))?;
    if !(0..=item.max_points).contains(&s.points) {
        return Err(
            AppError::input("points", Key::AssessmentPointsRange).with("max", item.max_points)
        );
    }
    if item.auto_points.is_some_and(|a| a != s.points) && note.is_none() {
        return Err(AppError::input("note", Key::AssessmentNoteRequired));
    }
    item.points = Some(s.points);
    item.note = note;
    item.document_ids = s.document_ids;
    let mut active: assessment::ActiveModel = before.clone().into();
    active.status = Set(lifecycle::step(
        before.status,
        before.superseded,
        AssessmentStep::Score,
    )?);
    with_totals(&mut active, &items, before.pass_mark)?;
    let by = (req, scope, state.now());
    let note = serde_json::json!({ "itemKey": s.item_key, "points": s.points });
    let after = save(&txn, by, &before, active, "score", note).await?;
    txn.commit().await?;
    Ok(after)
}

pub async fn submit(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
) -> AppResult<assessment::Model> {
    let (_writer, txn) = state.begin_write().await?;
    let before = find_in(&txn, scope, id).await?;
    authz::check(scope, Action::SubmitAssessment, &before)?;
    let items = form::decode(&before.items)?;
    if let Some(open) = items.iter().find(|i| i.points.is_none()) {
        return Err(
            AppError::input("id", Key::AssessmentItemUnscored).with("title", open.title.clone())
        );
    }
    let me = scope.person_id().ok_or(AppError::Unauthenticated)?;
    let now = state.now();
    let mut active: assessment::ActiveModel = before.clone().into();
    active.status = Set(lifecycle::step(
        before.status,
        before.superseded,
        AssessmentStep::Submit,
    )?);
    active.submitted_by_person = Set(Some(me));
    active.submitted_at = Set(Some(now));
    let after = save(
        &txn,
        (req, scope, now),
        &before,
        active,
        "submit",
        serde_json::json!({}),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Approves a submitted assessment and fixes its deduction in fen, so a
/// later change of the rules does not change what is paid.
pub async fn approve(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
) -> AppResult<assessment::Model> {
    let (_writer, txn) = state.begin_write().await?;
    let before = find_in(&txn, scope, id).await?;
    authz::check(scope, Action::ApproveAssessment, &before)?;
    let me = scope.person_id().ok_or(AppError::Unauthenticated)?;
    let now = state.now();
    let mut active: assessment::ActiveModel = before.clone().into();
    active.status = Set(lifecycle::step(
        before.status,
        before.superseded,
        AssessmentStep::Approve,
    )?);
    active.approved_by = Set(Some(scope.account_id()));
    active.approved_by_person = Set(Some(me));
    active.approved_at = Set(Some(now));
    let deduction = form::deduction_fen(before.max_total, before.total, before.fen_per_point);
    active.deduction_fen = Set(Some(deduction));
    let note = serde_json::json!({ "deductionFen": deduction });
    let after = save(&txn, (req, scope, now), &before, active, "approve", note).await?;
    txn.commit().await?;
    Ok(after)
}

/// Corrects an approved assessment: a new draft version with the reason,
/// starting from the approved form; the approved one is kept, superseded.
pub async fn revise(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    reason: &str,
) -> AppResult<assessment::Model> {
    if reason.trim().is_empty() {
        return Err(AppError::input("reason", Key::RecordReasonRequired));
    }
    let reason = validate::text("reason", reason, crate::programme::correct::MAX_REASON)?;
    let (_writer, txn) = state.begin_write().await?;
    let before = find_in(&txn, scope, id).await?;
    authz::check(scope, Action::ReviseAssessment, &before)?;
    let me = scope.person_id().ok_or(AppError::Unauthenticated)?;
    let now = state.now();
    let status = lifecycle::step(before.status, before.superseded, AssessmentStep::Revise)?;
    let mut old: assessment::ActiveModel = before.clone().into();
    old.superseded = Set(true);
    let by = (req, scope, now);
    let old = save(&txn, by, &before, old, "supersede", serde_json::json!({})).await?;
    let mut next: assessment::ActiveModel = before.clone().into();
    next.id = Set(Uuid::new_v4());
    next.status = Set(status);
    next.version = Set(before.version + 1);
    next.previous_id = Set(Some(before.id));
    next.superseded = Set(false);
    next.reason = Set(Some(reason));
    next.assessor_account = Set(scope.account_id());
    next.assessor_person = Set(me);
    next.assessor_code = Set(scope.root().code);
    next.assessor_level = Set(scope.root().level.number());
    next.submitted_by_person = Set(None);
    next.submitted_at = Set(None);
    next.approved_by = Set(None);
    next.approved_by_person = Set(None);
    next.approved_at = Set(None);
    next.deduction_fen = Set(None);
    next.edits = Set(1);
    next.created_at = Set(now);
    next.updated_at = Set(now);
    let made = next.insert(&txn).await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "revise",
            "assessment",
            made.id.to_string(),
        )
        .at_node(made.node_code)
        .before(&old)
        .after(&made),
    )
    .await?;
    txn.commit().await?;
    Ok(made)
}
