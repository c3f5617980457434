//! Documents (文件) kept as evidence: the kinds (data on the server), the
//! paged list under a node, uploading one (`POST /api/documents`, the raw
//! file as the body) and reading one back with the bearer header.

use gloo_net::http::Request;
use serde::Deserialize;
use serde_json::json;
use web_sys::Blob;

use super::{ApiError, Client, Connection, Deadline, NodeRef, RecordFilter};

const UPLOAD: &str = "/api/documents";
const UPLOAD_TIMEOUT_MS: u32 = 180_000;

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentKind {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentItem {
    pub id: String,
    /// Absent where the record citing it already says where it is.
    #[serde(default)]
    pub node: Option<NodeRef>,
    pub title: String,
    pub kind: String,
    pub mime: String,
    pub byte_size: i64,
    pub url: String,
    pub version: i64,
    pub supersedes_id: Option<String>,
    pub uploaded_by_name: String,
    pub created_at: String,
    #[serde(default)]
    pub allowed_actions: Vec<super::Action>,
}

pub async fn document_kinds(client: &Client) -> Result<Vec<DocumentKind>, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        document_kinds: Vec<DocumentKind>,
    }
    let query = "query DocumentKinds { documentKinds { code nameZh nameEn } }";
    let data: Data = client.run(query, json!({})).await?;
    Ok(data.document_kinds)
}

pub async fn documents_page(
    client: &Client,
    filter: &RecordFilter,
    include_superseded: bool,
    first: i64,
    after: Option<String>,
) -> Result<Connection<DocumentItem>, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        documents: Connection<DocumentItem>,
    }
    let mut vars = filter.variables(first, after);
    vars["includeSuperseded"] = json!(include_superseded);
    let query = include_str!("queries/documents_page.graphql");
    let data: Data = client.run(query, vars).await?;
    Ok(data.documents)
}

/// A document to upload: where, of which kind, titled how, and the older
/// version it replaces, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct NewDocument {
    pub node_id: String,
    pub kind: String,
    pub title: String,
    pub supersedes: Option<String>,
}

impl NewDocument {
    fn url(&self) -> String {
        let mut url = format!(
            "{UPLOAD}?nodeId={}&kind={}&title={}",
            encode(&self.node_id),
            encode(&self.kind),
            encode(self.title.trim())
        );
        if let Some(old) = &self.supersedes {
            url.push_str(&format!("&supersedes={}", encode(old)));
        }
        url
    }
}

fn encode(value: &str) -> String {
    String::from(js_sys::encode_uri_component(value))
}

/// Uploads one file; answers the new document's id.
pub async fn upload_document(
    client: &Client,
    doc: &NewDocument,
    file: &Blob,
) -> Result<String, ApiError> {
    #[derive(Deserialize)]
    struct Created {
        id: String,
    }
    let url = doc.url();
    let mime = file.type_();
    client
        .authorized(|token| {
            let (url, mime) = (url.clone(), mime.clone());
            async move {
                let deadline = Deadline::new(UPLOAD_TIMEOUT_MS);
                let mut builder = Request::post(&url).header("Content-Type", &mime);
                if let Some(token) = token {
                    builder = builder.header("Authorization", &format!("Bearer {token}"));
                }
                let signal = deadline.signal();
                let response = builder
                    .abort_signal(signal.as_ref())
                    .body(file.clone())
                    .map_err(|_| ApiError::Internal)?
                    .send()
                    .await
                    .map_err(|_| ApiError::Network)?;
                if response.ok() {
                    let text = response.text().await.map_err(|_| ApiError::Network)?;
                    let created: Created =
                        serde_json::from_str(&text).map_err(|_| ApiError::Internal)?;
                    return Ok(created.id);
                }
                Err(super::photos::refusal(&response, "file").await)
            }
        })
        .await
}

/// Fetches a document (`url` from the API) and answers a `blob:` URL of
/// its type; the caller revokes it when done.
pub async fn document_object_url(
    client: &Client,
    url: &str,
    mime: &str,
) -> Result<String, ApiError> {
    super::photos::object_url(client, url, mime).await
}
