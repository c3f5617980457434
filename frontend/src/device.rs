//! Bindings to `js/device.js`: the idempotency key, the phone's position,
//! and two questions about the screen and the network.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/device.js")]
extern "C" {
    #[wasm_bindgen(js_name = uuidV4)]
    fn uuid_v4_js() -> String;
    #[wasm_bindgen(js_name = locate, catch)]
    async fn locate_js() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = isNarrow)]
    pub fn is_narrow() -> bool;
    #[wasm_bindgen(js_name = isOnline)]
    pub fn is_online() -> bool;
}

/// A fresh UUID v4, the idempotency key of one field record.
pub fn uuid_v4() -> String {
    uuid_v4_js()
}

/// Where the phone is, as the API takes it.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize, Serialize)]
pub struct Position {
    pub latitude: f64,
    pub longitude: f64,
    /// Metres, as the browser estimates it.
    pub accuracy: f64,
}

/// Why there is no position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LocateError {
    Denied,
    Unavailable,
    Timeout,
    Unsupported,
}

pub async fn locate() -> Result<Position, LocateError> {
    match locate_js().await {
        Ok(value) => {
            let get = |name: &str| {
                js_sys::Reflect::get(&value, &JsValue::from_str(name))
                    .ok()
                    .and_then(|v| v.as_f64())
            };
            match (get("latitude"), get("longitude"), get("accuracy")) {
                (Some(latitude), Some(longitude), Some(accuracy)) => Ok(Position {
                    latitude,
                    longitude,
                    accuracy,
                }),
                _ => Err(LocateError::Unavailable),
            }
        }
        Err(code) => Err(match code.as_string().as_deref() {
            Some("1") => LocateError::Denied,
            Some("3") => LocateError::Timeout,
            Some("0") => LocateError::Unsupported,
            _ => LocateError::Unavailable,
        }),
    }
}
