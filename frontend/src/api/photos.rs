//! Photos travel outside GraphQL: `POST /api/photos` takes the raw bytes
//! and answers an id that a record then names; `GET /api/photos/{id}` and
//! its thumbnail need the bearer header, so the app fetches them itself
//! and shows `blob:` URLs (an `<img src>` cannot send the header).

use gloo_net::http::{Request, Response};
use serde::Deserialize;
use web_sys::Blob;

use super::{ApiError, Client, Deadline};

const UPLOAD: &str = "/api/photos";

/// A photo as records list it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PhotoRef {
    pub id: String,
    pub url: String,
    pub thumbnail_url: String,
}

/// The upload endpoint's error body (`code`, `key`, `params`; its
/// `message` is the server's and not shown).
type UploadError = super::error::Extensions;

/// Uploads one photo; answers its id. Re-sending the same bytes (a retry
/// after a lost answer) gets the same id back from the server.
pub async fn upload_photo(
    client: &Client,
    photo: &Blob,
    timeout_ms: u32,
) -> Result<String, ApiError> {
    #[derive(Deserialize)]
    struct Created {
        id: String,
    }
    // Some phones hand over camera pictures without a type; they are
    // JPEG, and the server sniffs the bytes anyway (a wrong guess is
    // refused with a clear reason, never stored).
    let mime = match photo.type_() {
        t if t.is_empty() => "image/jpeg".to_owned(),
        t => t,
    };
    client
        .authorized(|token| {
            let mime = mime.clone();
            async move {
                let deadline = Deadline::new(timeout_ms);
                let mut builder = Request::post(UPLOAD).header("Content-Type", &mime);
                if let Some(token) = token {
                    builder = builder.header("Authorization", &format!("Bearer {token}"));
                }
                let signal = deadline.signal();
                let response = builder
                    .abort_signal(signal.as_ref())
                    .body(photo.clone())
                    .map_err(|_| ApiError::Internal)?
                    .send()
                    .await
                    .map_err(|_| ApiError::Network)?;
                if response.ok() {
                    let created: Created = read_json(&response).await?;
                    return Ok(created.id);
                }
                Err(refusal(&response, "photos").await)
            }
        })
        .await
}

/// Fetches a photo or thumbnail (`url` from the API) and answers a
/// `blob:` URL for it; the caller revokes it when done.
pub async fn photo_object_url(client: &Client, url: &str) -> Result<String, ApiError> {
    object_url(client, url, "image/jpeg").await
}

/// Fetches a file the API serves behind the bearer header as a `blob:`
/// URL of type `mime`.
pub(super) async fn object_url(client: &Client, url: &str, mime: &str) -> Result<String, ApiError> {
    let blob = client
        .authorized(|token| async move {
            let mut builder = Request::get(url);
            if let Some(token) = token {
                builder = builder.header("Authorization", &format!("Bearer {token}"));
            }
            let response = builder.send().await.map_err(|_| ApiError::Network)?;
            if !response.ok() {
                return Err(refusal(&response, "photos").await);
            }
            let bytes = response.binary().await.map_err(|_| ApiError::Network)?;
            let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
            let options = web_sys::BlobPropertyBag::new();
            options.set_type(mime);
            Blob::new_with_u8_array_sequence_and_options(&parts, &options)
                .map_err(|_| ApiError::Internal)
        })
        .await?;
    web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| ApiError::Internal)
}

async fn read_json<T: for<'de> Deserialize<'de>>(response: &Response) -> Result<T, ApiError> {
    let text = response.text().await.map_err(|_| ApiError::Network)?;
    serde_json::from_str(&text).map_err(|_| ApiError::Internal)
}

/// What a refused upload or download means to the app; a refused input
/// is shown at `field`.
pub(super) async fn refusal(response: &Response, field: &str) -> ApiError {
    let status = response.status();
    let body: Option<UploadError> = read_json(response).await.ok();
    match (status, body) {
        (401, _) => ApiError::Unauthenticated,
        (404, _) => ApiError::NotFound,
        (403, _) => ApiError::Forbidden,
        (429, _) => ApiError::RateLimited,
        (400..=499, Some(b)) => ApiError::BadUserInput {
            key: b.key.unwrap_or_default(),
            params: b.params.unwrap_or_default(),
            field: Some(field.into()),
        },
        // 5xx, a proxy's page, a server that is not there: try again later.
        (500..=599, _) => ApiError::Internal,
        _ => ApiError::Network,
    }
}
