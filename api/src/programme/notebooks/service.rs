//! Issuing notebooks, and recording and correcting notebook checks.
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::people::appointments;
use crate::programme::posts::{self, PostDate};
use crate::programme::{self, correct, NewRecord, Opened, RecordKind};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use chrono::NaiveDate;
use entity::{appointment, notebook_check};
use sea_orm::Set;
use uuid::Uuid;

pub const MAX_NOTE: usize = 2000;

/// Issues a notebook to each post on `issued_on` (a post issued one
/// earlier keeps its date). Every post must be one the caller may issue
/// to, and still held; nothing is written unless all are.
pub async fn issue(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    ids: &[Uuid],
    issued_on: NaiveDate,
) -> AppResult<Vec<appointment::Model>> {
    let today = state.today();
    validate::work_date("issuedOn", issued_on, today)?;
    if issued_on > today {
        return Err(AppError::input("issuedOn", Key::RecordDayInFuture));
    }
    let unique = posts::distinct("appointmentIds", ids)?;
    let (_writer, txn) = state.begin_write().await?;
    let mut found = Vec::with_capacity(unique.len());
    for id in unique {
        let post =
            authz::find::<appointment::Entity>(&txn, scope, id, appointment::Column::NodeCode)
                .await?
                .into_inner();
        authz::check(scope, Action::IssueNotebooks, &post)?;
        if post.end_date.is_some() {
            return Err(AppError::input("appointmentIds", Key::NotebookPostEnded));
        }
        found.push(post);
    }
    let issued = posts::stamp(
        &txn,
        req,
        scope,
        found,
        PostDate::NotebookIssued,
        issued_on,
        state.now(),
    )
    .await?;
    txn.commit().await?;
    Ok(issued)
}

pub struct NewCheck {
    pub appointment_id: Uuid,
    pub checked_on: NaiveDate,
    pub kept: bool,
    pub note: Option<String>,
    pub photo_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

fn note(text: Option<String>) -> AppResult<String> {
    Ok(text
        .filter(|t| !t.trim().is_empty())
        .map(|t| validate::text("note", &t, MAX_NOTE))
        .transpose()?
        .unwrap_or_default())
}

pub async fn record(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewCheck,
) -> AppResult<notebook_check::Model> {
    let note = note(new.note)?;
    // The check sits where the post is (NOT_FOUND outside the caller's area).
    let post = appointments::find(&state.db, scope, new.appointment_id).await?;
    let draft = match programme::open::<notebook_check::Entity>(
        state,
        req,
        scope,
        NewRecord {
            kind: RecordKind::NotebookCheck,
            node_id: post.node_id,
            on: new.checked_on,
            on_field: "checkedOn",
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
    let held = posts::held_under(
        draft.txn(),
        "appointmentId",
        draft.node(),
        &[post.id],
        new.checked_on,
    )
    .await?;
    let Some(post) = held.into_iter().next() else {
        return Err(AppError::input("appointmentId", Key::PostNotHeldUnder));
    };
    if post.notebook_issued_date.is_none_or(|d| d > new.checked_on) {
        return Err(AppError::input("appointmentId", Key::NotebookNotIssued));
    }
    draft
        .finish::<notebook_check::Entity>(notebook_check::ActiveModel {
            appointment_id: Set(post.id),
            person_id: Set(post.person_id),
            kept: Set(new.kept),
            note: Set(note),
            ..Default::default()
        })
        .await
}

#[allow(clippy::too_many_arguments)]
pub async fn correct(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    version: i32,
    reason: &str,
    kept: Option<bool>,
    note: Option<String>,
) -> AppResult<notebook_check::Model> {
    let note = note
        .map(|t| validate::text("note", &t, MAX_NOTE))
        .transpose()?;
    correct::correct::<notebook_check::Entity>(state, req, scope, id, version, reason, move |m| {
        if let Some(k) = kept {
            m.kept = Set(k);
        }
        if let Some(t) = note {
            m.note = Set(t);
        }
        Ok(())
    })
    .await
}
