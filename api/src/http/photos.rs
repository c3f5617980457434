//! `POST /api/photos` (raw image bytes) and `GET /api/photos/{id}` and
//! `/{id}/thumbnail` (the derived, EXIF-free JPEGs). Outside GraphQL so a
//! phone can send a photo as one plain body, with the bearer token the
//! GraphQL endpoint takes and the same `Scope`. Only a bearer header is
//! read, never a cookie, so another site cannot make a browser upload.
use crate::auth::actor;
use crate::error::{AppError, Key, Lang};
use crate::photos::rejection::{Rejection, UploadError};
use crate::photos::service;
use crate::photos::sniff::ImageType;
use crate::photos::store::Variant;
use crate::scope::{Permission, Scope};
use crate::state::{RequestContext, SharedState};
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use futures_util::StreamExt;
use serde_json::json;
use std::sync::LazyLock;
use std::time::Duration;
use tokio::sync::Semaphore;

/// Every upload in flight holds up to the byte cap in memory; this many at
/// once bounds that (32 × 8 MiB), and the rest are told to retry.
static UPLOAD_SLOTS: LazyLock<Semaphore> = LazyLock::new(|| Semaphore::new(32));
/// A photo over a weak village signal can take minutes; a client that
/// trickles bytes slower than this does not hold a slot for ever.
const BODY_TIMEOUT: Duration = Duration::from_secs(300);
/// `Cache-Control` of a served photo.
pub const PHOTO_CACHE: &str = "private, max-age=300";

pub async fn upload(
    req: HttpRequest,
    mut payload: web::Payload,
    state: web::Data<SharedState>,
) -> HttpResponse {
    let request_id = uuid::Uuid::new_v4().simple().to_string();
    let ip = super::client_addr::resolve(&req, &state.settings.trusted_proxies).ip;
    if !state.rate_limiter.allow(ip) {
        return app_error(&req, AppError::rate_limited(Key::RequestRateLimited));
    }
    let scope = match authenticate(&req, &state).await {
        Ok(scope) => scope,
        Err(err) => return app_error(&req, err),
    };
    // Dashboard (API) tokens act as viewers, so this also keeps them read-only.
    if let Err(err) = scope.require(Permission::FieldWork) {
        return app_error(&req, err);
    }
    let cap = state.settings.field.max_photo_bytes;
    let declared = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(ImageType::from_content_type);
    let Some(declared) = declared else {
        return rejected(&req, Rejection::UnsupportedType, cap);
    };
    let announced = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > cap as u64) {
        return rejected(&req, Rejection::TooLarge, cap);
    }
    let Ok(_slot) = UPLOAD_SLOTS.try_acquire() else {
        return app_error(&req, AppError::rate_limited(Key::PhotoUploadsBusy));
    };
    // Read at most the cap: a body that does not say its length (chunked)
    // or lies about it is cut off as soon as it passes the cap.
    let read = tokio::time::timeout(BODY_TIMEOUT, async {
        let mut body = Vec::with_capacity(announced.map_or(0, |n| n as usize));
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|_| Rejection::Unreadable)?;
            if body.len() + chunk.len() > cap {
                return Err(Rejection::TooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    })
    .await;
    let body = match read {
        Ok(Ok(body)) => body,
        Ok(Err(rejection)) => return rejected(&req, rejection, cap),
        Err(_) => {
            return error_reply(
                StatusCode::REQUEST_TIMEOUT,
                AppError::request(Key::PhotoUploadTimedOut)
                    .describe(lang(&req))
                    .json(),
            )
        }
    };
    let context = RequestContext::new(request_id.clone(), ip, None, state.settings.clock.clone());
    match service::upload(&state, &context, &scope, declared, body).await {
        Ok(uploaded) => {
            let p = &uploaded.photo;
            let status = if uploaded.created {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            HttpResponse::build(status)
                .insert_header((header::CACHE_CONTROL, "no-store"))
                .insert_header((header::LOCATION, format!("/api/photos/{}", p.id)))
                .insert_header(("x-request-id", request_id))
                .json(json!({
                    "id": p.id.to_string(),
                    "mime": p.mime,
                    "width": p.width,
                    "height": p.height,
                    "byteSize": p.byte_size,
                }))
        }
        Err(UploadError::Rejected(rejection)) => rejected(&req, rejection, cap),
        Err(UploadError::App(err)) => app_error(&req, err),
    }
}

pub async fn display(
    req: HttpRequest,
    id: web::Path<String>,
    state: web::Data<SharedState>,
) -> HttpResponse {
    serve(req, &id, state, Variant::Display).await
}

pub async fn thumbnail(
    req: HttpRequest,
    id: web::Path<String>,
    state: web::Data<SharedState>,
) -> HttpResponse {
    serve(req, &id, state, Variant::Thumbnail).await
}

async fn serve(
    req: HttpRequest,
    id: &str,
    state: web::Data<SharedState>,
    variant: Variant,
) -> HttpResponse {
    let ip = super::client_addr::resolve(&req, &state.settings.trusted_proxies).ip;
    if !state.rate_limiter.allow(ip) {
        return app_error(&req, AppError::rate_limited(Key::RequestRateLimited));
    }
    let scope = match authenticate(&req, &state).await {
        Ok(scope) => scope,
        Err(err) => return app_error(&req, err),
    };
    // A malformed id is answered like a missing one.
    let Ok(id) = uuid::Uuid::parse_str(id) else {
        return app_error(&req, AppError::NotFound);
    };
    let found = match service::find_visible(&state.db, &scope, id).await {
        Ok(photo) => service::read_served(&state, &photo, variant).await,
        Err(err) => Err(err),
    };
    match found {
        Ok(bytes) => HttpResponse::Ok()
            .content_type("image/jpeg")
            .insert_header(("X-Content-Type-Options", "nosniff"))
            // Only for this user ("private": no shared cache), and only for
            // a while: a browser does not keep showing a photo for long
            // after the session that could see it has ended.
            .insert_header((header::CACHE_CONTROL, PHOTO_CACHE))
            .body(bytes),
        Err(err) => app_error(&req, err),
    }
}

/// The bearer token, verified as the GraphQL endpoint verifies it.
pub(super) async fn authenticate(
    req: &HttpRequest,
    state: &SharedState,
) -> Result<Scope, AppError> {
    let token = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or(AppError::Unauthenticated)?;
    actor::scope_from_bearer(state, token).await
}

/// The caller's language for an error's message.
pub(super) fn lang(req: &HttpRequest) -> Lang {
    Lang::from_accept_language(
        req.headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

fn rejected(req: &HttpRequest, rejection: Rejection, cap: usize) -> HttpResponse {
    let described = AppError::request(rejection.key())
        .with_params(rejection.params(cap))
        .describe(lang(req));
    let mut body = described.json();
    body["reason"] = rejection.reason().into();
    error_reply(rejection.status(), body)
}

/// The error as JSON with its stable code, key and params; internal
/// details go to the log under a correlation id, never into the answer.
pub(super) fn app_error(req: &HttpRequest, err: AppError) -> HttpResponse {
    let status = match err.code() {
        "UNAUTHENTICATED" => StatusCode::UNAUTHORIZED,
        "FORBIDDEN" => StatusCode::FORBIDDEN,
        "NOT_FOUND" => StatusCode::NOT_FOUND,
        "BAD_USER_INPUT" => StatusCode::BAD_REQUEST,
        "CONFLICT" => StatusCode::CONFLICT,
        "RATE_LIMITED" => StatusCode::TOO_MANY_REQUESTS,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    };
    error_reply(status, err.describe(lang(req)).json())
}

pub(super) fn error_reply(status: StatusCode, body: serde_json::Value) -> HttpResponse {
    let mut reply = HttpResponse::build(status);
    reply.insert_header((header::CACHE_CONTROL, "no-store"));
    if status == StatusCode::UNAUTHORIZED {
        reply.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
    }
    reply.json(body)
}
