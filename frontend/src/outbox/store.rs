//! The outbox's storage: bindings to `js/outbox.js` (IndexedDB) and the
//! typed item the Rust side keeps in it.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use web_sys::Blob;

use super::draft::Draft;

#[wasm_bindgen(module = "/js/outbox.js")]
extern "C" {
    #[wasm_bindgen(js_name = outboxPut, catch)]
    async fn put_js(meta: &str, photos: js_sys::Array) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = outboxSetMeta, catch)]
    async fn set_meta_js(id: &str, meta: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = outboxList, catch)]
    async fn list_js() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = outboxGet, catch)]
    async fn get_js(id: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = outboxDelete, catch)]
    async fn delete_js(id: &str) -> Result<JsValue, JsValue>;
}

/// Where an item stands. "Sending" is not stored: an app closed mid-send
/// finds the item waiting and sends it again (the key makes that safe).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ItemState {
    Waiting,
    /// The server refused it (a code such as BAD_USER_INPUT): it stays
    /// until the user edits and resends it or discards it.
    Failed,
}

/// Everything about an item except its photo Blobs.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemMeta {
    /// The idempotency key, made once when the item is created.
    pub id: String,
    /// The account that made it: only that account's session sends it.
    pub owner: String,
    pub created_at: f64,
    pub draft: Draft,
    /// One entry per photo Blob: its server id once uploaded.
    pub photo_ids: Vec<Option<String>>,
    pub state: ItemState,
    pub attempts: u32,
    /// Epoch ms before which the sender leaves it alone.
    pub next_attempt_at: f64,
    pub error: Option<String>,
}

/// An item with its photos, as the sender and the edit form need it.
pub struct Item {
    pub meta: ItemMeta,
    pub photos: Vec<Blob>,
}

/// The storage failed (private mode, quota, a browser without IndexedDB).
#[derive(Clone, Debug, PartialEq)]
pub struct StoreError(pub String);

fn store_error(e: JsValue) -> StoreError {
    StoreError(
        js_sys::Reflect::get(&e, &JsValue::from_str("message"))
            .ok()
            .and_then(|m| m.as_string())
            .or_else(|| e.as_string())
            .unwrap_or_else(|| "IndexedDB".to_owned()),
    )
}

fn to_json(meta: &ItemMeta) -> Result<String, StoreError> {
    serde_json::to_string(meta).map_err(|e| StoreError(e.to_string()))
}

/// Adds or replaces an item with its photos; resolves once it is on disk.
pub async fn put(meta: &ItemMeta, photos: &[Blob]) -> Result<(), StoreError> {
    let array = photos.iter().collect::<js_sys::Array>();
    put_js(&to_json(meta)?, array).await.map_err(store_error)?;
    Ok(())
}

/// Saves a changed meta (photo ids, retry state), keeping the photos.
pub async fn set_meta(meta: &ItemMeta) -> Result<(), StoreError> {
    set_meta_js(&meta.id, &to_json(meta)?)
        .await
        .map_err(store_error)?;
    Ok(())
}

/// Every item's meta, oldest first. Items this build cannot read (made by
/// a newer version) are skipped, not deleted.
pub async fn list() -> Result<Vec<ItemMeta>, StoreError> {
    let all = list_js().await.map_err(store_error)?;
    let mut items: Vec<ItemMeta> = js_sys::Array::from(&all)
        .iter()
        .filter_map(|v| v.as_string())
        .filter_map(|json| serde_json::from_str(&json).ok())
        .collect();
    items.sort_by(|a, b| a.created_at.total_cmp(&b.created_at));
    Ok(items)
}

pub async fn get(id: &str) -> Result<Option<Item>, StoreError> {
    let found = get_js(id).await.map_err(store_error)?;
    if found.is_null() || found.is_undefined() {
        return Ok(None);
    }
    let field = |name: &str| js_sys::Reflect::get(&found, &JsValue::from_str(name));
    let meta = field("meta")
        .ok()
        .and_then(|m| m.as_string())
        .and_then(|json| serde_json::from_str::<ItemMeta>(&json).ok());
    let Some(meta) = meta else {
        return Ok(None);
    };
    let photos = field("photos")
        .map(|p| {
            js_sys::Array::from(&p)
                .iter()
                .filter_map(|b| b.dyn_into::<Blob>().ok())
                .collect()
        })
        .unwrap_or_default();
    Ok(Some(Item { meta, photos }))
}

pub async fn delete(id: &str) -> Result<(), StoreError> {
    delete_js(id).await.map_err(store_error)?;
    Ok(())
}
