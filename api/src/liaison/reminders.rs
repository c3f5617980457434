//! On-site reminders (跟场提醒): what the liaison reminded the family and
//! cooks of at a noticed ceremony. A reminder sits where its notice sits
//! and is seen exactly when the notice is; its day is the China-time day
//! of `remindedAt`, not before the notice was given.
use super::kinds::{encode_topics, ReminderTopic};
use super::notes;
use crate::error::{AppError, AppResult, Key};
use crate::inspections::month::china_day;
use crate::programme::{self, correct, NewRecord, Opened, RecordKind};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use chrono::{DateTime, Duration, Utc};
use entity::{ceremony_notice, on_site_reminder};
use sea_orm::Set;
use uuid::Uuid;

pub struct NewReminder {
    pub ceremony_notice_id: Uuid,
    pub reminded_at: DateTime<Utc>,
    pub topics: Vec<ReminderTopic>,
    pub notes: Option<String>,
    pub photo_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

/// Topics given, each once, at least one.
pub fn topics(given: &[ReminderTopic]) -> AppResult<Vec<ReminderTopic>> {
    let mut out: Vec<ReminderTopic> = Vec::new();
    for t in given {
        if !out.contains(t) {
            out.push(*t);
        }
    }
    if out.is_empty() {
        return Err(AppError::input("topics", Key::ReminderTopicsEmpty));
    }
    Ok(out)
}

pub async fn record(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewReminder,
) -> AppResult<on_site_reminder::Model> {
    let topics = topics(&new.topics)?;
    let notes = notes("notes", new.notes.as_deref())?;
    if new.reminded_at > state.now() + Duration::minutes(10) {
        return Err(AppError::input("remindedAt", Key::RecordDayInFuture));
    }
    let notice =
        programme::find::<ceremony_notice::Entity>(&state.db, scope, new.ceremony_notice_id)
            .await?
            .into_inner();
    let day = china_day(new.reminded_at);
    if day < notice.noticed_on {
        return Err(AppError::input("remindedAt", Key::ReminderBeforeNotice));
    }
    let draft = match programme::open::<on_site_reminder::Entity>(
        state,
        req,
        scope,
        NewRecord {
            kind: RecordKind::OnSiteReminder,
            node_id: notice.node_id,
            on: day,
            on_field: "remindedAt",
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
    draft
        .finish::<on_site_reminder::Entity>(on_site_reminder::ActiveModel {
            ceremony_notice_id: Set(notice.id),
            reminded_at: Set(new.reminded_at),
            topics: Set(encode_topics(&topics)),
            notes: Set(notes),
            ..Default::default()
        })
        .await
}

/// A reminder's topics and notes may be corrected; its notice and time not.
// A correction names the record, its version, the change and the reason.
#[allow(clippy::too_many_arguments)]
pub async fn correct(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    version: i32,
    reason: &str,
    new_topics: Option<Vec<ReminderTopic>>,
    new_notes: Option<String>,
) -> AppResult<on_site_reminder::Model> {
    let topics = new_topics.map(|t| topics(&t)).transpose()?;
    let notes = new_notes.map(|n| notes("notes", Some(&n))).transpose()?;
    correct::correct::<on_site_reminder::Entity>(state, req, scope, id, version, reason, move |m| {
        if let Some(t) = topics {
            m.topics = Set(encode_topics(&t));
        }
        if let Some(n) = notes {
            m.notes = Set(n);
        }
        Ok(())
    })
    .await
}
