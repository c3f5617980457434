//! Uploading a photo and finding one the caller may see. Upload order:
//! check the bytes, decode and derive off the async threads, write the
//! files, and only then commit the row with its audit entry, so a row
//! never names a file that is not there.
use super::derive::{self, Derived};
use super::exif_facts::{self, ExifFacts};
use super::rejection::{Rejection, UploadError};
use super::sniff::{self, ImageType};
use super::store::{self, Variant};
use crate::audit::{self, AuditEntry};
use crate::error::{AppError, AppResult};
use crate::idempotency::{self, PhotoKey};
use crate::scope::{Permission, Scope};
use crate::state::{AppState, RequestContext};
use entity::photo;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};
use std::sync::LazyLock;
use tokio::sync::Semaphore;
use uuid::Uuid;

/// Decoding a large photo takes a core and up to ~200 MB for a moment; more
/// at once than there are cores only queues them up in memory.
static DECODE_SLOTS: LazyLock<Semaphore> =
    LazyLock::new(|| Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get())));

pub struct Uploaded {
    pub photo: photo::Model,
    /// False when this was a retry of an upload already stored.
    pub created: bool,
}

/// Stores `bytes` (already capped by the caller while reading) as the
/// caller's unattached photo. The same bytes sent again by the same account
/// before they are attached give the same photo: a phone on a weak network
/// retries when it missed the answer.
pub async fn upload(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    declared: ImageType,
    bytes: Vec<u8>,
) -> Result<Uploaded, UploadError> {
    scope.require(Permission::FieldWork)?;
    if bytes.len() > state.settings.field.max_photo_bytes {
        return Err(Rejection::TooLarge.into());
    }
    let sniffed = sniff::sniff(&bytes).ok_or(Rejection::UnsupportedType)?;
    if sniffed != declared {
        return Err(Rejection::TypeMismatch.into());
    }
    let byte_size = bytes.len();
    let (bytes, sha256) = blocking(move || {
        let sha256 = hex::encode(Sha256::digest(&bytes));
        (bytes, sha256)
    })
    .await?;
    let key = PhotoKey {
        uploader: scope.account_id(),
        sha256: sha256.clone(),
    };
    if let Some(existing) = idempotency::stored::<photo::Entity>(&state.db, scope, &key).await? {
        return Ok(Uploaded {
            photo: existing,
            created: false,
        });
    }

    let data_dir = state.settings.data_dir.clone();
    let (derived, facts) = {
        let _slot = DECODE_SLOTS
            .acquire()
            .await
            .map_err(|e| AppError::internal(anyhow::anyhow!("decode slots closed: {e}")))?;
        let sha = sha256.clone();
        blocking(move || process(&data_dir, &sha, sniffed, &bytes)).await??
    };
    let now = state.now();
    let row = photo::Model {
        id: Uuid::new_v4(),
        sha256: sha256.clone(),
        // Until attached, the uploader's own node; attaching moves it to
        // the record's node. Visibility of unattached photos does not use it.
        node_code: scope.root().code,
        owner_kind: None,
        owner_id: None,
        uploaded_by: scope.account_id(),
        mime: sniffed.mime().to_string(),
        byte_size: i64::try_from(byte_size).map_err(AppError::internal)?,
        width: i32::try_from(derived.width).map_err(AppError::internal)?,
        height: i32::try_from(derived.height).map_err(AppError::internal)?,
        exif_latitude: facts.latitude,
        exif_longitude: facts.longitude,
        exif_taken_at: facts.taken_at,
        created_at: now,
    };

    let (writer, txn) = state.begin_write().await?;
    // Checked again inside the write transaction (the database's writer
    // lock): two concurrent retries, from any server, must not both insert.
    if let Some(existing) = idempotency::stored::<photo::Entity>(&txn, scope, &key).await? {
        return Ok(Uploaded {
            photo: existing,
            created: false,
        });
    }
    let Some(photo) = idempotency::insert(&txn, photo::ActiveModel::from(row)).await? else {
        drop(txn);
        drop(writer);
        return Ok(Uploaded {
            photo: idempotency::winner::<photo::Entity>(&state.db, scope, &key).await?,
            created: false,
        });
    };
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "upload",
            "photo",
            photo.id.to_string(),
        )
        .at_node(photo.node_code)
        .after(&photo),
    )
    .await?;
    txn.commit().await?;
    Ok(Uploaded {
        photo,
        created: true,
    })
}

/// Decodes, derives and writes the three files; returns what the row needs.
fn process(
    data_dir: &std::path::Path,
    sha256: &str,
    kind: ImageType,
    bytes: &[u8],
) -> Result<(Derived, ExifFacts), UploadError> {
    let derived = derive::derive(bytes, kind)?;
    let facts = exif_facts::read(bytes);
    for (variant, content) in [
        (Variant::Original, bytes),
        (Variant::Display, derived.display_jpeg.as_slice()),
        (Variant::Thumbnail, derived.thumbnail_jpeg.as_slice()),
    ] {
        let path = store::path(data_dir, sha256, variant)
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("bad photo hash {sha256}")))?;
        store::write_atomic(&path, content).map_err(AppError::internal)?;
    }
    Ok((derived, facts))
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> AppResult<T> {
    actix_web::web::block(f)
        .await
        .map_err(|e| AppError::internal(anyhow::anyhow!("blocking task failed: {e}")))
}

/// A photo the caller may see: their own upload while it is unattached, or
/// one attached to a record whose node lies in their subtree. Anything else
/// is NOT_FOUND, exactly like an id that does not exist.
pub async fn find_visible(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<photo::Model> {
    let own_unattached = Condition::all()
        .add(photo::Column::OwnerId.is_null())
        .add(photo::Column::UploadedBy.eq(scope.account_id()));
    let attached_in_scope = Condition::all()
        .add(photo::Column::OwnerId.is_not_null())
        .add(crate::authz::subtree(scope, photo::Column::NodeCode));
    photo::Entity::find_by_id(id)
        .filter(Condition::any().add(own_unattached).add(attached_in_scope))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The bytes served for a visible photo (never the original).
pub async fn read_served(
    state: &AppState,
    photo: &photo::Model,
    variant: Variant,
) -> AppResult<Vec<u8>> {
    let path = store::path(&state.settings.data_dir, &photo.sha256, variant)
        .filter(|_| variant != Variant::Original)
        .ok_or_else(|| {
            AppError::internal(anyhow::anyhow!("photo {} cannot be served", photo.id))
        })?;
    tokio::fs::read(&path).await.map_err(|e| {
        AppError::internal(anyhow::anyhow!(
            "photo {} file {}: {e}",
            photo.id,
            path.display()
        ))
    })
}
