//! Field capture for phones: the landing screen, record a patrol, report a
//! hazard. Both forms save into the outbox, never straight to the server.

mod form_edit;
mod hazard;
mod home;
mod meeting;
mod node_choice;
mod patrol;
mod saved;
mod sector_checks;
mod text_area;

pub use hazard::HazardReportPage;
pub use home::FieldHome;
pub use meeting::MeetingFormPage;
pub use patrol::PatrolPage;
pub use sector_checks::sector_name;
pub use text_area::TextArea;

use crate::components::PhotoPick;
use crate::outbox::{enqueue, store, Draft};

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
