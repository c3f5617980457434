//! `GET /api/exports/{ledger}.xlsx?nodeId=…&…`: a ledger as an Excel file.
//! The bearer token as for `/graphql` (a session's JWT or a dashboard
//! token), never a cookie or a token in the URL. An unknown ledger is the
//! JSON 404 of any unknown `/api` path; a node outside the caller's
//! subtree is NOT_FOUND byte for byte like a missing one; a bad parameter
//! is 400 with its stable code and key.
use super::photos::{app_error, authenticate, error_reply, lang};
use crate::error::{self, AppError, Described, Key};
use crate::exports::{self, Ledger, Params};
use crate::state::SharedState;
use actix_web::http::header::{
    self, Charset, ContentDisposition, DispositionParam, DispositionType, ExtendedValue,
};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use std::collections::HashMap;
use std::time::Duration;

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

pub async fn download(
    req: HttpRequest,
    file: web::Path<String>,
    state: web::Data<SharedState>,
) -> HttpResponse {
    let Some(ledger) = Ledger::from_file_name(&file) else {
        return super::spa::api_not_found().await;
    };
    let ip = super::client_addr::resolve(&req, &state.settings.trusted_proxies).ip;
    if !state.rate_limiter.allow(ip) {
        return app_error(&req, AppError::rate_limited(Key::RequestRateLimited));
    }
    let scope = match authenticate(&req, &state).await {
        Ok(scope) => scope,
        Err(err) => return app_error(&req, err),
    };
    // A query string that does not decode reads as no parameters: nodeId
    // is then missing, which says what to send.
    let params = Params::new(
        web::Query::<HashMap<String, String>>::from_query(req.query_string())
            .map(web::Query::into_inner)
            .unwrap_or_default(),
    );
    let timeout = Duration::from_secs(state.settings.request_timeout_secs);
    let work = exports::export(&state, &scope, ledger, &params);
    match tokio::time::timeout(timeout, work).await {
        Ok(Ok(export)) => HttpResponse::Ok()
            .content_type(XLSX)
            .insert_header(disposition(ledger, &export.file_name))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(export.bytes),
        Ok(Err(err)) => app_error(&req, err),
        // As `/graphql` answers a request past its time.
        Err(_) => error_reply(
            StatusCode::SERVICE_UNAVAILABLE,
            Described::of(
                "INTERNAL",
                Key::RequestTimedOut,
                error::Params::default(),
                lang(&req),
            )
            .json(),
        ),
    }
}

/// `attachment; filename="hazards.xlsx"; filename*=UTF-8''隐患台账-…`
/// (RFC 6266 with RFC 5987's encoding): every browser saves the Chinese
/// name, and one that cannot read it falls back to the ASCII one.
fn disposition(ledger: Ledger, file_name: &str) -> ContentDisposition {
    ContentDisposition {
        disposition: DispositionType::Attachment,
        parameters: vec![
            DispositionParam::Filename(format!("{}.xlsx", ledger.slug())),
            DispositionParam::FilenameExt(ExtendedValue {
                charset: Charset::Ext("UTF-8".into()),
                language_tag: None,
                value: file_name.as_bytes().to_vec(),
            }),
        ],
    }
}
