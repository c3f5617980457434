//! `POST /api/documents?nodeId=…&kind=…&title=…[&supersedes=…]` (the raw
//! file as the body, its type in `Content-Type`) and `GET
//! /api/documents/{id}`. Bearer token only, as for photos; the body is cut
//! off at the cap while it is read.
use super::photos::{app_error, authenticate, error_reply, lang};
use crate::documents::file_type::DocType;
use crate::documents::service::{self, Upload, MAX_DOCUMENT_BYTES};
use crate::error::{AppError, Key};
use crate::state::{RequestContext, SharedState};
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use futures_util::StreamExt;
use serde_json::json;

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UploadParams {
    node_id: String,
    kind: String,
    title: String,
    supersedes: Option<String>,
}

/// A refused upload with the status a client expects for it.
fn refused(req: &HttpRequest, status: StatusCode, err: AppError) -> HttpResponse {
    error_reply(status, err.describe(lang(req)).json())
}

pub async fn upload(
    req: HttpRequest,
    params: Option<web::Query<UploadParams>>,
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
    let Some(params) = params else {
        return app_error(&req, AppError::input("nodeId", Key::DocumentParamsRequired));
    };
    let Ok(node_id) = uuid::Uuid::parse_str(&params.node_id) else {
        return app_error(&req, AppError::NotFound);
    };
    let supersedes = match params.supersedes.as_deref().map(uuid::Uuid::parse_str) {
        None => None,
        Some(Ok(id)) => Some(id),
        Some(Err(_)) => return app_error(&req, AppError::NotFound),
    };
    let declared = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(DocType::from_content_type);
    let Some(declared) = declared else {
        return refused(
            &req,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::input("file", Key::DocumentUnsupportedType),
        );
    };
    let too_large = || refused(&req, StatusCode::PAYLOAD_TOO_LARGE, service::too_large());
    let announced = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > MAX_DOCUMENT_BYTES as u64) {
        return too_large();
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = payload.next().await {
        let Ok(chunk) = chunk else {
            return app_error(&req, AppError::input("file", Key::DocumentUploadCutOff));
        };
        if bytes.len() + chunk.len() > MAX_DOCUMENT_BYTES {
            return too_large();
        }
        bytes.extend_from_slice(&chunk);
    }
    let params = params.into_inner();
    let context = RequestContext::new(request_id.clone(), ip, None, state.settings.clock.clone());
    let up = Upload {
        node_id,
        kind: params.kind,
        title: params.title,
        supersedes,
        declared,
        bytes,
    };
    match service::upload(&state, &context, &scope, up).await {
        Ok(uploaded) => {
            let d = &uploaded.document;
            let status = if uploaded.created {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            HttpResponse::build(status)
                .insert_header((header::CACHE_CONTROL, "no-store"))
                .insert_header((header::LOCATION, format!("/api/documents/{}", d.id)))
                .insert_header(("x-request-id", request_id))
                .json(json!({
                    "id": d.id.to_string(),
                    "mime": d.mime,
                    "byteSize": d.byte_size,
                    "version": d.version,
                }))
        }
        Err(err) => app_error(&req, err),
    }
}

pub async fn download(
    req: HttpRequest,
    id: web::Path<String>,
    state: web::Data<SharedState>,
) -> HttpResponse {
    let ip = super::client_addr::resolve(&req, &state.settings.trusted_proxies).ip;
    if !state.rate_limiter.allow(ip) {
        return app_error(&req, AppError::rate_limited(Key::RequestRateLimited));
    }
    let scope = match authenticate(&req, &state).await {
        Ok(scope) => scope,
        Err(err) => return app_error(&req, err),
    };
    let Ok(id) = uuid::Uuid::parse_str(&id) else {
        return app_error(&req, AppError::NotFound);
    };
    let found = match service::find(&state.db, &scope, id).await {
        Ok(doc) => service::read(&state, &doc).await.map(|b| (doc, b)),
        Err(err) => Err(err),
    };
    match found {
        Ok((doc, bytes)) => HttpResponse::Ok()
            .content_type(doc.mime.clone())
            .insert_header(("X-Content-Type-Options", "nosniff"))
            // A PDF opened in the browser runs no script of ours or its own.
            .insert_header(("Content-Security-Policy", "sandbox"))
            .insert_header((header::CACHE_CONTROL, super::photos::PHOTO_CACHE))
            .body(bytes),
        Err(err) => app_error(&req, err),
    }
}
