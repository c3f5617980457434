//! Field capture for phones: the landing screen, record a patrol, report a
//! hazard, a meeting, the group liaison's records. Every form saves into
//! the outbox, never straight to the server.

mod ceremony;
mod form_edit;
mod hazard;
mod home;
mod meeting;
mod node_choice;
mod patrol;
mod persuasion;
mod publicity;
mod reminder;
mod saved;
mod sector_checks;
mod shell;
mod text_area;
mod vehicle;
mod vehicle_checks;
mod warning;

pub use ceremony::CeremonyFormPage;
pub use hazard::HazardReportPage;
pub use home::FieldHome;
pub use meeting::MeetingFormPage;
pub use patrol::PatrolPage;
pub use persuasion::PersuasionFormPage;
pub use publicity::PublicityFormPage;
pub use reminder::ReminderFormPage;
pub use sector_checks::sector_name;
pub use text_area::TextArea;
pub use vehicle::VehicleFormPage;
pub use warning::WarningFormPage;

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{release, PhotoPick};
use crate::outbox::{enqueue, store, Draft};

/// What a form keeps besides its fields while it saves: busy, saved under
/// which outbox key, or why the phone's storage refused it.
#[derive(Clone)]
struct Saving {
    busy: UseStateHandle<bool>,
    saved: UseStateHandle<Option<String>>,
    store_error: UseStateHandle<Option<String>>,
}

#[hook]
fn use_saving() -> Saving {
    Saving {
        busy: use_state(|| false),
        saved: use_state(|| None::<String>),
        store_error: use_state(|| None::<String>),
    }
}

impl Saving {
    /// Puts `draft` in the outbox under `key` (the idempotency key the form
    /// made when it opened, so saving twice stays one record), then wakes
    /// the sender.
    fn save(
        &self,
        owner: String,
        key: String,
        draft: Draft,
        photos: Rc<Vec<PhotoPick>>,
        kick: Option<Callback<()>>,
    ) {
        if *self.busy {
            return;
        }
        self.busy.set(true);
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = save_item(&owner, Some(key), draft, &photos).await;
            this.busy.set(false);
            match result {
                Ok(key) => {
                    release(&photos);
                    this.saved.set(Some(key));
                    if let Some(kick) = kick {
                        kick.emit(());
                    }
                }
                Err(e) => this.store_error.set(Some(e)),
            }
        });
    }
}

/// Loads the outbox record `edit` names into a form: `pick` takes the
/// draft of that form's kind (anything else is a storage error).
#[hook]
fn use_edit_load<T: Clone + 'static>(
    edit: Option<String>,
    form: UseStateHandle<Option<T>>,
    store_error: UseStateHandle<Option<String>>,
    pick: fn(String, Draft, Vec<PhotoPick>) -> Option<T>,
) {
    use_effect_with(edit, move |edit| {
        if let Some(key) = edit.clone() {
            wasm_bindgen_futures::spawn_local(async move {
                match load_item(&key).await {
                    Ok(Some((draft, photos))) => match pick(key, draft, photos) {
                        Some(f) => form.set(Some(f)),
                        None => store_error.set(Some(String::new())),
                    },
                    Ok(None) => store_error.set(Some(String::new())),
                    Err(e) => store_error.set(Some(e)),
                }
            });
        }
    });
}

/// An outbox record's draft and photos, for its form to edit.
async fn load_item(key: &str) -> Result<Option<(Draft, Vec<PhotoPick>)>, String> {
    let item = store::get(key).await.map_err(|e| e.0)?;
    Ok(item.map(|item| {
        let photos = item
            .photos
            .into_iter()
            .enumerate()
            .map(|(i, blob)| PhotoPick::new(blob, item.meta.photo_ids.get(i).cloned().flatten()))
            .collect();
        (item.meta.draft, photos)
    }))
}

/// Saves a form into the outbox (under its old key when editing).
async fn save_item(
    owner: &str,
    key: Option<String>,
    draft: Draft,
    photos: &[PhotoPick],
) -> Result<String, String> {
    let blobs: Vec<web_sys::Blob> = photos.iter().map(|p| p.blob.clone()).collect();
    let ids = photos.iter().map(|p| p.id.clone()).collect();
    enqueue(owner, key, draft, &blobs, ids)
        .await
        .map_err(|e| e.0)
}

/// An RFC 3339 instant as a `datetime-local` value in the phone's zone.
fn rfc3339_to_local_input(rfc3339: &str) -> String {
    crate::dates::local_datetime(rfc3339).replacen(' ', "T", 1)
}

/// True when a `datetime-local` value lies more than a minute ahead.
fn is_future(local: &str) -> bool {
    crate::dates::local_input_to_rfc3339(local)
        .map(|at| js_sys::Date::new(&wasm_bindgen::JsValue::from_str(&at)).get_time())
        .is_some_and(|t| t > js_sys::Date::now() + 60_000.0)
}

/// An API enum value as the GraphQL name a `<select>` option carries.
fn wire<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The enum value a `<select>` option names, if it is one.
fn from_wire<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).ok()
}

/// `(value, text)` options of a `<select>` for each of `all`.
fn options<T: serde::Serialize + Copy>(
    all: &[T],
    text: impl Fn(T) -> &'static str,
) -> Vec<(AttrValue, AttrValue)> {
    all.iter()
        .map(|v| (AttrValue::from(wire(v)), AttrValue::from(text(*v))))
        .collect()
}
