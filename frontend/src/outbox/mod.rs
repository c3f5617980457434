//! The offline outbox (待发送). Every field record is first written to
//! IndexedDB with its photos and a client-made idempotency key, then sent
//! by one loop with back-off; the server makes a repeated key a no-op, so
//! a record arrives once however often it is sent. Nothing leaves the
//! outbox except by arriving or by the user's explicit "discard".

mod backoff;
pub mod draft;
mod liaison_draft;
mod outreach_draft;
mod runner;
mod send;
pub mod store;

pub use draft::{
    CeremonyDraft, Draft, HazardDraft, InspectionDraft, MeetingDraft, PersuasionDraft,
    PublicityDraft, ReminderDraft, VehicleDraft, WarningDraft,
};
pub use runner::{use_outbox, OutboxProvider};
pub use store::{ItemMeta, ItemState};

use crate::device::uuid_v4;
use store::StoreError;

/// Puts a new record (or an edited one, under its old key) into the
/// outbox, waiting to be sent at once. Answers its key.
pub async fn enqueue(
    owner: &str,
    key: Option<String>,
    draft: Draft,
    photos: &[web_sys::Blob],
    photo_ids: Vec<Option<String>>,
) -> Result<String, StoreError> {
    let id = key.unwrap_or_else(uuid_v4);
    let mut ids = photo_ids;
    ids.resize(photos.len(), None);
    let meta = ItemMeta {
        id: id.clone(),
        owner: owner.to_owned(),
        created_at: js_sys::Date::now(),
        draft,
        photo_ids: ids,
        state: ItemState::Waiting,
        attempts: 0,
        next_attempt_at: 0.0,
        error: None,
    };
    store::put(&meta, photos).await?;
    Ok(id)
}
