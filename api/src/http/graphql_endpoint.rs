//! `POST /graphql`, guarded where async-graphql's actix integration is not
//! (SECURITY.md): the body is capped by us (413), only `application/json` is
//! executed (415; this also stops text/plain CSRF), GET never executes, a
//! JSON array (batch) is refused (400), cross-origin requests are refused
//! (403), and every request runs under a timeout.
use super::client_addr;
use crate::auth::actor;
use crate::auth::schema::REFRESH_COOKIE;
use crate::error::{AppError, Described, Key, Lang, Params};
use crate::graphql::AppSchema;
use crate::state::{RequestContext, SharedState};
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use futures_util::StreamExt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// The caller's language for messages (`Accept-Language`, zh-CN default).
fn lang(req: &HttpRequest) -> Lang {
    Lang::from_accept_language(
        req.headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

const MAX_ERRORS: usize = 20;

fn reply(
    req: &HttpRequest,
    status: actix_web::http::StatusCode,
    code: &'static str,
    key: Key,
    params: Params,
) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(Described::of(code, key, params, lang(req)).graphql_body())
}

/// Browsers send Origin on cross-site POSTs; it must name this host (as
/// the client asked for it: forwarded by a trusted proxy, or `Host`).
fn same_origin(req: &HttpRequest, client: &client_addr::Client) -> bool {
    let Some(origin) = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|o| o.to_str().ok())
    else {
        return true;
    };
    let host = &client.host;
    origin
        .split_once("://")
        .map(|(_, rest)| rest == host.as_str())
        .unwrap_or(false)
}

/// At most [`MAX_ERRORS`] errors (one mistake repeated over thousands of
/// aliases is one mistake); async-graphql's complexity refusal reads as
/// `request.too_complex`. [`crate::error::localize`] then writes them all.
fn trim_errors(response: &mut async_graphql::Response) {
    response.errors.truncate(MAX_ERRORS);
    for error in &mut response.errors {
        if error.message == "Query is too complex." {
            error.message = crate::error::marker(Key::RequestTooComplex);
        }
    }
}

pub async fn post(
    req: HttpRequest,
    mut payload: web::Payload,
    schema: web::Data<AppSchema>,
    state: web::Data<SharedState>,
) -> HttpResponse {
    use actix_web::http::StatusCode;
    let is_json = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .eq_ignore_ascii_case("application/json")
        })
        .unwrap_or(false);
    if !is_json {
        return reply(
            &req,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "BAD_USER_INPUT",
            Key::RequestJsonRequired,
            Params::default(),
        );
    }
    let client = client_addr::resolve(&req, &state.settings.trusted_proxies);
    if !state.rate_limiter.allow(client.ip) {
        return reply(
            &req,
            StatusCode::TOO_MANY_REQUESTS,
            "RATE_LIMITED",
            Key::RequestRateLimited,
            Params::default(),
        );
    }
    if !same_origin(&req, &client) {
        return reply(
            &req,
            StatusCode::FORBIDDEN,
            "FORBIDDEN",
            Key::RequestCrossOrigin,
            Params::default(),
        );
    }
    let limit = state.settings.max_body_bytes;
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let Ok(chunk) = chunk else {
            return reply(
                &req,
                StatusCode::BAD_REQUEST,
                "BAD_USER_INPUT",
                Key::RequestBodyUnreadable,
                Params::default(),
            );
        };
        if body.len() + chunk.len() > limit {
            return reply(
                &req,
                StatusCode::PAYLOAD_TOO_LARGE,
                "BAD_USER_INPUT",
                Key::RequestBodyTooLarge,
                Params::default().with("max", limit),
            );
        }
        body.extend_from_slice(&chunk);
    }
    let gql_request: async_graphql::Request = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(_) => {
            return reply(
                &req,
                StatusCode::BAD_REQUEST,
                "BAD_USER_INPUT",
                Key::RequestSingleObject,
                Params::default(),
            )
        }
    };

    let request_id = uuid::Uuid::new_v4().simple().to_string();
    let refresh_cookie = req.cookie(REFRESH_COOKIE).map(|c| c.value().to_string());
    let ip = client.ip;
    let mut gql_request = gql_request.data(RequestContext::new(
        request_id.clone(),
        ip,
        refresh_cookie,
        state.settings.clock.clone(),
    ));
    // Nested fields read in batches per request (see `authz::loaders`).
    gql_request = gql_request.data(crate::authz::loaders::per_request(
        state.db.clone(),
        state.today(),
        state.settings.batch_window,
    ));

    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    if let Some(token) = bearer {
        match actor::authenticate(&state, token).await {
            Ok((scope, pending)) => gql_request = gql_request.data(scope).data(pending),
            Err(AppError::Unauthenticated) => {
                return reply(
                    &req,
                    StatusCode::UNAUTHORIZED,
                    "UNAUTHENTICATED",
                    Key::AuthTokenInvalid,
                    Params::default(),
                )
            }
            Err(other) => {
                return HttpResponse::InternalServerError()
                    .json(other.describe(lang(&req)).graphql_body());
            }
        }
    }

    let timeout = Duration::from_secs(state.settings.request_timeout_secs);
    let schema: &crate::graphql::AppSchema =
        if state.settings.dev_mode && crate::graphql::is_introspection_only(&gql_request.query) {
            crate::graphql::introspection()
        } else {
            &schema
        };
    let statements = Arc::new(AtomicU64::new(0));
    let work = crate::db::counting_request(statements.clone(), schema.execute(gql_request));
    let mut response = match tokio::time::timeout(timeout, work).await {
        Ok(r) => r,
        Err(_) => {
            return reply(
                &req,
                StatusCode::SERVICE_UNAVAILABLE,
                "INTERNAL",
                Key::RequestTimedOut,
                Params::default(),
            )
        }
    };
    let budget = state.settings.max_statements_per_request;
    if statements.load(Ordering::Relaxed) > budget {
        // Cut at its budget: one error for the request, not one per field.
        let described = Described::of(
            "BAD_USER_INPUT",
            Key::RequestOverBudget,
            Params::default().with("max", budget),
            lang(&req),
        );
        let mut body = described.graphql_body();
        body["data"] = serde_json::Value::Null;
        body["errors"][0]["extensions"]["reason"] = crate::graphql::BUDGET_REASON.into();
        return HttpResponse::Ok()
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .json(body);
    }
    trim_errors(&mut response);
    crate::error::localize(&mut response, lang(&req));
    let body = match serde_json::to_vec(&response) {
        Ok(body) if body.len() <= state.settings.max_response_bytes => body,
        Ok(_) => {
            return reply(
                &req,
                StatusCode::OK,
                "BAD_USER_INPUT",
                Key::RequestAnswerTooLarge,
                Params::default().with("maxMib", state.settings.max_response_bytes >> 20),
            )
        }
        Err(_) => {
            return reply(
                &req,
                StatusCode::INTERNAL_SERVER_ERROR,
                "INTERNAL",
                Key::RequestEncodeFailed,
                Params::default(),
            )
        }
    };
    let mut http = HttpResponse::Ok();
    http.insert_header((header::CACHE_CONTROL, "no-store"));
    http.insert_header(("x-request-id", request_id));
    for (name, value) in response.http_headers.iter() {
        http.append_header((name.as_str(), value.as_bytes()));
    }
    http.content_type("application/json").body(body)
}

/// GraphiQL in development; never executes anything over GET.
pub async fn get(req: HttpRequest, state: web::Data<SharedState>) -> HttpResponse {
    if !state.settings.dev_mode {
        return reply(
            &req,
            actix_web::http::StatusCode::METHOD_NOT_ALLOWED,
            "BAD_USER_INPUT",
            Key::RequestPostOnly,
            Params::default(),
        );
    }
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(
            async_graphql::http::GraphiQLSource::build()
                .endpoint("/graphql")
                .finish(),
        )
}
