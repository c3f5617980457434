//! Issue 3, photos: `POST /api/photos` refuses what is not a JPEG, PNG or
//! WebP, what lies about its type, what is too large and what is broken;
//! keeps EXIF position as data but never serves it; and shows a photo only
//! to its uploader (unattached) or to those whose subtree holds its record.
mod images;
mod serving;
mod upload;
mod visibility;

use crate::helpers::{Answer, TestApp};

/// POSTs `bytes` as `content_type`, with a bearer token if given.
pub async fn upload(
    app: &TestApp,
    token: Option<&str>,
    content_type: &str,
    bytes: Vec<u8>,
) -> Answer {
    let mut request = app
        .http
        .post(app.url("/api/photos"))
        .header("Content-Type", content_type)
        .body(bytes);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    crate::helpers::graphql::answer(request.send().await.expect("send the upload")).await
}

/// An upload that must succeed; its id.
pub async fn uploaded_id(app: &TestApp, token: &str, content_type: &str, bytes: Vec<u8>) -> String {
    let answer = upload(app, Some(token), content_type, bytes).await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    answer.body["id"].as_str().expect("id").to_string()
}

/// The raw answer to `GET path`: status, headers, bytes.
pub struct Fetched {
    pub status: reqwest::StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub bytes: Vec<u8>,
}

impl Fetched {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

pub async fn fetch(app: &TestApp, token: Option<&str>, path: &str) -> Fetched {
    let mut request = app.http.get(app.url(path));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("send the GET");
    Fetched {
        status: response.status(),
        headers: response.headers().clone(),
        bytes: response.bytes().await.expect("read the body").to_vec(),
    }
}
