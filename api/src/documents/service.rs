//! Uploading a document and reading one the caller may see. The file is
//! written first (content-addressed, so a file that exists is complete),
//! then the row and its audit entry commit together. The same bytes sent
//! again by the same account for the same node and kind answer the
//! document already stored.
use super::file_type::{self, DocType};
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action, Authorized};
use crate::error::{AppError, AppResult, Key};
use crate::grid::service as grid;
use crate::idempotency::{self, Keyed};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use entity::document;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, Set};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use uuid::Uuid;

/// Largest document accepted (a scanned plan of a few dozen pages).
pub const MAX_DOCUMENT_BYTES: usize = 20 * 1024 * 1024;
pub const MAX_TITLE: usize = 200;

pub struct Upload {
    pub node_id: Uuid,
    pub kind: String,
    pub title: String,
    /// The document this one replaces (a newer version of it).
    pub supersedes: Option<Uuid>,
    pub declared: DocType,
    pub bytes: Vec<u8>,
}

pub struct Uploaded {
    pub document: document::Model,
    /// False when this was a retry of an upload already stored.
    pub created: bool,
}

/// A document's idempotency: who sent which bytes for which node and kind.
pub struct DocumentKey {
    pub uploader: Uuid,
    pub sha256: String,
    pub node_id: Uuid,
    pub kind: String,
}

impl Keyed for document::Entity {
    type Key = DocumentKey;
    fn answering(key: &DocumentKey) -> Condition {
        use document::Column as C;
        Condition::all()
            .add(C::UploadedBy.eq(key.uploader))
            .add(C::Sha256.eq(key.sha256.as_str()))
            .add(C::NodeId.eq(key.node_id))
            .add(C::Kind.eq(key.kind.as_str()))
    }
    fn made_by(model: &document::Model) -> Uuid {
        model.uploaded_by
    }
}

/// `<data_dir>/documents/<aa>/<sha256>`; `None` unless `sha256` is a hash.
pub fn path(data_dir: &Path, sha256: &str) -> Option<PathBuf> {
    let valid = sha256.len() == 64
        && sha256
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    valid.then(|| data_dir.join("documents").join(&sha256[..2]).join(sha256))
}

pub fn too_large() -> AppError {
    AppError::input("file", Key::DocumentTooLarge).with("maxMib", MAX_DOCUMENT_BYTES >> 20)
}

pub async fn upload(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    up: Upload,
) -> AppResult<Uploaded> {
    if up.bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(too_large());
    }
    let sniffed = file_type::sniff(&up.bytes)
        .ok_or_else(|| AppError::input("file", Key::DocumentUnsupportedType))?;
    if sniffed != up.declared {
        return Err(AppError::input("file", Key::DocumentTypeMismatch));
    }
    let title = crate::validate::name("title", &up.title, MAX_TITLE)?;
    let byte_size = i64::try_from(up.bytes.len()).map_err(AppError::internal)?;
    let data_dir = state.settings.data_dir.clone();
    let bytes = up.bytes;
    let sha256 = actix_web::web::block(move || -> AppResult<String> {
        let sha256 = hex::encode(Sha256::digest(&bytes));
        let target = path(&data_dir, &sha256)
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("bad document hash")))?;
        crate::photos::store::write_atomic(&target, &bytes).map_err(AppError::internal)?;
        Ok(sha256)
    })
    .await
    .map_err(|e| AppError::internal(anyhow::anyhow!("blocking task failed: {e}")))??;

    let key = DocumentKey {
        uploader: scope.account_id(),
        sha256: sha256.clone(),
        node_id: up.node_id,
        kind: up.kind.clone(),
    };
    let (writer, txn) = state.begin_write().await?;
    if let Some(existing) = idempotency::stored::<document::Entity>(&txn, scope, &key).await? {
        return Ok(Uploaded {
            document: existing,
            created: false,
        });
    }
    let node = grid::find(&txn, scope, up.node_id).await?;
    authz::check(scope, Action::UploadDocument, &node)?;
    super::kinds::check_active(&txn, &up.kind).await?;
    let version = match up.supersedes {
        None => 1,
        Some(old_id) => {
            let old = find(&txn, scope, old_id).await?;
            authz::check(scope, Action::SupersedeDocument, &old)?;
            if old.node_id != node.id || old.kind != up.kind {
                return Err(AppError::input(
                    "supersedes",
                    Key::DocumentNewerKeepsNodeAndKind,
                ));
            }
            old.version + 1
        }
    };
    let row = document::ActiveModel {
        id: Set(Uuid::new_v4()),
        node_id: Set(node.id),
        node_code: Set(node.code),
        kind: Set(up.kind),
        title: Set(title),
        sha256: Set(sha256),
        mime: Set(sniffed.mime().to_string()),
        byte_size: Set(byte_size),
        supersedes_id: Set(up.supersedes),
        version: Set(version),
        uploaded_by: Set(scope.account_id()),
        created_at: Set(state.now()),
    };
    let Some(doc) = idempotency::insert(&txn, row).await? else {
        drop(txn);
        drop(writer);
        // A retry that won the race, or the old version superseded meanwhile.
        return match idempotency::stored::<document::Entity>(&state.db, scope, &key).await? {
            Some(document) => Ok(Uploaded {
                document,
                created: false,
            }),
            None => Err(AppError::conflict(Key::DocumentAlreadySuperseded)),
        };
    };
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "upload",
            "document",
            doc.id.to_string(),
        )
        .at_node(doc.node_code)
        .after(&doc),
    )
    .await?;
    txn.commit().await?;
    Ok(Uploaded {
        document: doc,
        created: true,
    })
}

/// A document the caller may see; NOT_FOUND otherwise, like a missing id.
pub async fn find(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<Authorized<document::Model>> {
    authz::find::<document::Entity>(db, scope, id, document::Column::NodeCode).await
}

/// The stored bytes of a visible document.
pub async fn read(state: &AppState, doc: &document::Model) -> AppResult<Vec<u8>> {
    let target = path(&state.settings.data_dir, &doc.sha256)
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("document {} has no path", doc.id)))?;
    tokio::fs::read(&target)
        .await
        .map_err(|e| AppError::internal(anyhow::anyhow!("document {}: {e}", doc.id)))
}
