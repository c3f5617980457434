//! 红白喜事打招呼 and 跟场提醒: a family reports its wedding or funeral to the
//! group liaison beforehand, and the liaison reminds the gathering on site.
//! A notice names the ceremony's day, which is usually still ahead (that
//! is the point of the rule), so it may lie up to `MAX_AHEAD_DAYS` in the
//! future but not in a closed month; a reminder is something done, so it
//! is not in the future.
use super::kinds::{encode_topics, CeremonyKind, ReminderTopic};
use super::refusals;
use super::write::{self, once_per_key, MAX_NOTES};
use crate::authz::{self, Action};
use crate::error::AppResult;
use crate::photos::{self, PhotoOwner};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use chrono::{DateTime, NaiveDate, Utc};
use entity::{ceremony_notice, on_site_reminder};
use sea_orm::{ConnectionTrait, Set};
use uuid::Uuid;

/// How far ahead a family reports its ceremony.
pub const MAX_AHEAD_DAYS: i64 = 90;
/// A village banquet rarely passes a few hundred; the bound stops typos.
pub const MAX_GUESTS: i32 = 5000;

pub struct NewCeremonyNotice {
    pub node_id: Uuid,
    pub kind: CeremonyKind,
    pub host_name: String,
    pub date: NaiveDate,
    pub place: String,
    pub expected_guests: i32,
    pub notes: String,
    pub idempotency_key: String,
}

pub async fn record_notice(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewCeremonyNotice,
) -> AppResult<ceremony_notice::Model> {
    once_per_key!(
        state,
        scope,
        ceremony_notice::Entity,
        &new.idempotency_key,
        |txn, key| { insert_notice(&txn, state, req, scope, key.into(), new).await? }
    )
}

async fn insert_notice(
    txn: &impl ConnectionTrait,
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    key: String,
    new: NewCeremonyNotice,
) -> AppResult<Option<ceremony_notice::Model>> {
    if new.date > state.today() + chrono::Duration::days(MAX_AHEAD_DAYS) {
        return Err(refusals::too_far_ahead("date"));
    }
    write::open_month(state, "date", new.date)?;
    let host_name = crate::validate::name("hostName", &new.host_name, 40)?;
    let place = crate::validate::name("place", &new.place, 100)?;
    let notes = crate::validate::text("notes", &new.notes, MAX_NOTES)?;
    let guests = write::count("expectedGuests", new.expected_guests, MAX_GUESTS)?;
    let node = write::at_node(txn, scope, new.node_id, Action::RecordCeremonyNotice).await?;
    let now = state.now();
    let id = Uuid::new_v4();
    let Some(model) = crate::idempotency::insert(
        txn,
        ceremony_notice::ActiveModel {
            id: Set(id),
            node_id: Set(node.id),
            node_code: Set(node.code),
            kind: Set(new.kind.into()),
            host_name: Set(host_name),
            held_on: Set(new.date),
            place: Set(place),
            expected_guests: Set(guests),
            notes: Set(notes),
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
        "ceremony_notice",
        id,
        model.node_code,
        None::<&()>,
        &model,
    )
    .await?;
    Ok(Some(model))
}

pub struct NewReminder {
    pub ceremony_notice_id: Uuid,
    pub reminded_at: DateTime<Utc>,
    pub topics: Vec<ReminderTopic>,
    pub notes: String,
    pub photo_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

pub async fn record_reminder(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewReminder,
) -> AppResult<on_site_reminder::Model> {
    once_per_key!(
        state,
        scope,
        on_site_reminder::Entity,
        &new.idempotency_key,
        |txn, key| { insert_reminder(&txn, state, req, scope, key.into(), new).await? }
    )
}

async fn insert_reminder(
    txn: &impl ConnectionTrait,
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    key: String,
    new: NewReminder,
) -> AppResult<Option<on_site_reminder::Model>> {
    let (at, day) = write::done_at(state, "remindedAt", new.reminded_at)?;
    let mut topics: Vec<ReminderTopic> = Vec::new();
    for t in &new.topics {
        if !topics.contains(t) {
            topics.push(*t);
        }
    }
    if topics.is_empty() {
        return Err(refusals::no_topics());
    }
    let notes = crate::validate::text("notes", &new.notes, MAX_NOTES)?;
    let notice = authz::find::<ceremony_notice::Entity>(
        txn,
        scope,
        new.ceremony_notice_id,
        ceremony_notice::Column::NodeCode,
    )
    .await?;
    authz::check(scope, Action::RecordOnSiteReminder, &notice)?;
    let now = state.now();
    let id = Uuid::new_v4();
    let Some(model) = crate::idempotency::insert(
        txn,
        on_site_reminder::ActiveModel {
            id: Set(id),
            node_id: Set(notice.node_id),
            node_code: Set(notice.node_code),
            ceremony_notice_id: Set(notice.id),
            reminded_at: Set(at),
            reminded_on: Set(day),
            topics: Set(encode_topics(&topics)),
            notes: Set(notes),
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
    if !new.photo_ids.is_empty() {
        let max = state.settings.field.max_photos_per_record;
        photos::attach(
            txn,
            scope,
            &new.photo_ids,
            PhotoOwner::OnSiteReminder(id),
            model.node_code,
            max,
        )
        .await?;
    }
    write::audited(
        txn,
        req,
        scope,
        "record",
        "on_site_reminder",
        id,
        model.node_code,
        None::<&()>,
        &model,
    )
    .await?;
    Ok(Some(model))
}
