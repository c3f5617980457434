//! Ceremony notices (红白喜事打招呼): a family tells the group liaison of a
//! wedding, funeral or other gathering, usually ahead of it. The record's
//! day is the day of the notice (`noticedOn`, not in the future, not in a
//! closed month); the ceremony's own day may lie ahead.
use super::{notes, MAX_NAME, MAX_NOTES};
use crate::error::{AppError, AppResult, Key};
use crate::programme::{self, correct, NewRecord, Opened};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use chrono::{Duration, NaiveDate};
use entity::ceremony_notice::{self, CeremonyKind};
use sea_orm::Set;
use uuid::Uuid;

/// How far from the notice the ceremony may be: told up to half a year
/// ahead, or typed in up to a month after.
pub const DAYS_BEFORE: i64 = 30;
pub const DAYS_AFTER: i64 = 180;
pub const MAX_GUESTS: i32 = 5000;

pub struct NewNotice {
    pub node_id: Uuid,
    pub kind: CeremonyKind,
    pub host_name: String,
    pub noticed_on: Option<NaiveDate>,
    pub held_on: NaiveDate,
    pub place: String,
    pub expected_guests: i32,
    pub notes: Option<String>,
    pub photo_ids: Vec<Uuid>,
    pub document_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

/// The ceremony's day against the notice's.
pub fn ceremony_day(held_on: NaiveDate, noticed_on: NaiveDate) -> AppResult<NaiveDate> {
    let lo = noticed_on - Duration::days(DAYS_BEFORE);
    let hi = noticed_on + Duration::days(DAYS_AFTER);
    if held_on < lo || held_on > hi {
        return Err(AppError::input("date", Key::CeremonyDateOutOfRange)
            .with("before", DAYS_BEFORE)
            .with("after", DAYS_AFTER));
    }
    Ok(held_on)
}

pub fn guests(n: i32) -> AppResult<i32> {
    if !(1..=MAX_GUESTS).contains(&n) {
        return Err(
            AppError::input("expectedGuests", Key::CeremonyGuestsOutOfRange)
                .with("max", MAX_GUESTS),
        );
    }
    Ok(n)
}

pub async fn record(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewNotice,
) -> AppResult<ceremony_notice::Model> {
    let host = validate::name("hostName", &new.host_name, MAX_NAME)?;
    let place = validate::text("place", &new.place, MAX_NOTES)?;
    let notes = notes("notes", new.notes.as_deref())?;
    let expected = guests(new.expected_guests)?;
    let noticed_on = new.noticed_on.unwrap_or_else(|| state.today());
    let held_on = ceremony_day(new.held_on, noticed_on)?;
    let draft = match programme::open::<ceremony_notice::Entity>(
        state,
        req,
        scope,
        NewRecord {
            kind: programme::RecordKind::CeremonyNotice,
            node_id: new.node_id,
            on: noticed_on,
            on_field: "noticedOn",
            photo_ids: new.photo_ids,
            document_ids: new.document_ids,
            idempotency_key: new.idempotency_key,
        },
    )
    .await?
    {
        Opened::Existing(m) => return Ok(m),
        Opened::New(d) => d,
    };
    draft
        .finish::<ceremony_notice::Entity>(ceremony_notice::ActiveModel {
            kind: Set(new.kind),
            host_name: Set(host),
            held_on: Set(held_on),
            place: Set(place),
            expected_guests: Set(expected),
            notes: Set(notes),
            ..Default::default()
        })
        .await
}

#[derive(Default)]
pub struct NoticeCorrection {
    pub kind: Option<CeremonyKind>,
    pub host_name: Option<String>,
    pub held_on: Option<NaiveDate>,
    pub place: Option<String>,
    pub expected_guests: Option<i32>,
    pub notes: Option<String>,
}

pub async fn correct(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    version: i32,
    reason: &str,
    c: NoticeCorrection,
) -> AppResult<ceremony_notice::Model> {
    let host = c
        .host_name
        .map(|h| validate::name("hostName", &h, MAX_NAME))
        .transpose()?;
    let place = c
        .place
        .map(|p| validate::text("place", &p, MAX_NOTES))
        .transpose()?;
    let expected = c.expected_guests.map(guests).transpose()?;
    let notes = c.notes.map(|n| notes("notes", Some(&n))).transpose()?;
    correct::correct::<ceremony_notice::Entity>(state, req, scope, id, version, reason, move |m| {
        if let Some(day) = c.held_on {
            let noticed_on = m.noticed_on.try_as_ref().copied().unwrap_or(day);
            m.held_on = Set(ceremony_day(day, noticed_on)?);
        }
        if let Some(k) = c.kind {
            m.kind = Set(k);
        }
        if let Some(h) = host {
            m.host_name = Set(h);
        }
        if let Some(p) = place {
            m.place = Set(p);
        }
        if let Some(n) = expected {
            m.expected_guests = Set(n);
        }
        if let Some(n) = notes {
            m.notes = Set(n);
        }
        Ok(())
    })
    .await
}
