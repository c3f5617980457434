//! Sending one outbox item: its photos first (each id saved back into the
//! item at once, so a retry does not upload it again), then the mutation
//! with the item's idempotency key. What went wrong decides what happens
//! next: a lost network waits and retries; a refusal with a code keeps the
//! item for the user to edit or discard.

use gloo_storage::{LocalStorage, Storage};

use super::draft::Draft;
use super::store::{self, Item};
use crate::api::{
    record_ceremony_notice, record_inspection, record_meeting, record_on_site_reminder,
    record_persuasion, record_publicity, record_seasonal_warning, register_vehicle, report_hazard,
    upload_photo, ApiError, Client,
};

/// A mutation may take the server's full 30 s; a photo on a weak signal longer.
const MUTATION_TIMEOUT_MS: u32 = 40_000;
const PHOTO_TIMEOUT_MS: u32 = 180_000;

/// Where the server ids of records sent from this phone are remembered,
/// so a hazard found on a patrol can name that patrol once it has arrived.
const SENT_KEY: &str = "sg_outbox_sent";
const SENT_KEPT: usize = 200;

pub enum Outcome {
    /// The server has it (now, or already from an earlier attempt).
    Sent,
    /// No answer, a timeout, a 5xx: try again after a while.
    Retry,
    /// Refused with a code: kept, with the reason, for the user to decide.
    Refused(ApiError),
    /// The session is gone; nothing can be sent until the user signs in.
    SignedOut,
    /// A hazard waits for the patrol it was found on to arrive first.
    Blocked,
}

fn outcome(err: ApiError) -> Outcome {
    match err {
        ApiError::Network | ApiError::Internal | ApiError::RateLimited => Outcome::Retry,
        ApiError::Unauthenticated => Outcome::SignedOut,
        refused => Outcome::Refused(refused),
    }
}

pub async fn send(client: &Client, item: &mut Item, waiting_keys: &[String]) -> Outcome {
    let inspection_id = match &item.meta.draft {
        Draft::Hazard(h) => match &h.inspection_key {
            Some(key) => match sent_id(key) {
                Some(id) => Some(id),
                // Its patrol is still in the outbox: send that first.
                None if waiting_keys.contains(key) => return Outcome::Blocked,
                // Its patrol was discarded: report the hazard on its own.
                None => None,
            },
            None => None,
        },
        _ => None,
    };
    for (index, blob) in item.photos.iter().enumerate() {
        if item.meta.photo_ids.get(index).is_some_and(Option::is_some) {
            continue;
        }
        match upload_photo(client, blob, PHOTO_TIMEOUT_MS).await {
            Ok(id) => {
                item.meta.photo_ids.resize(item.photos.len(), None);
                item.meta.photo_ids[index] = Some(id);
                // Not fatal if this fails: the server answers the same id
                // for the same bytes, so a re-upload is only wasted signal.
                let _ = store::set_meta(&item.meta).await;
            }
            Err(err) => return outcome(err),
        }
    }
    let photo_ids: Vec<String> = item.meta.photo_ids.iter().flatten().cloned().collect();
    let key = item.meta.id.clone();
    let result = match &item.meta.draft {
        Draft::Inspection(d) => {
            record_inspection(client, d.to_input(&key, &photo_ids), MUTATION_TIMEOUT_MS).await
        }
        Draft::Hazard(d) => {
            let input = d.to_input(&key, &photo_ids, inspection_id.as_deref());
            report_hazard(client, input, MUTATION_TIMEOUT_MS).await
        }
        Draft::Meeting(d) => {
            record_meeting(client, d.to_input(&key, &photo_ids), MUTATION_TIMEOUT_MS).await
        }
        Draft::Ceremony(d) => {
            let input = d.to_input(&key, &photo_ids);
            record_ceremony_notice(client, input, MUTATION_TIMEOUT_MS).await
        }
        Draft::Reminder(d) => {
            let input = d.to_input(&key, &photo_ids);
            record_on_site_reminder(client, input, MUTATION_TIMEOUT_MS).await
        }
        Draft::Vehicle(d) => {
            register_vehicle(client, d.to_input(&key, &photo_ids), MUTATION_TIMEOUT_MS).await
        }
        Draft::Persuasion(d) => {
            record_persuasion(client, d.to_input(&key, &photo_ids), MUTATION_TIMEOUT_MS).await
        }
        Draft::Publicity(d) => {
            record_publicity(client, d.to_input(&key, &photo_ids), MUTATION_TIMEOUT_MS).await
        }
        Draft::Warning(d) => {
            let input = d.to_input(&key, &photo_ids);
            record_seasonal_warning(client, input, MUTATION_TIMEOUT_MS).await
        }
    };
    match result {
        Ok(id) => {
            remember_sent(&key, &id);
            Outcome::Sent
        }
        Err(err) => outcome(err),
    }
}

fn sent_map() -> Vec<(String, String)> {
    LocalStorage::get(SENT_KEY).unwrap_or_default()
}

/// The server id of a record sent from this phone, by its outbox key.
pub fn sent_id(key: &str) -> Option<String> {
    sent_map()
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, id)| id)
}

fn remember_sent(key: &str, id: &str) {
    let mut kept = sent_map();
    kept.retain(|(k, _)| k != key);
    kept.push((key.to_owned(), id.to_owned()));
    let start = kept.len().saturating_sub(SENT_KEPT);
    let _ = LocalStorage::set(SENT_KEY, &kept[start..]);
}
