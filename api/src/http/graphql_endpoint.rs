//! `POST /graphql`, guarded where async-graphql's actix integration is not
//! (SECURITY.md): the body is capped by us (413), only `application/json` is
//! executed (415; this also stops text/plain CSRF), GET never executes, a
//! JSON array (batch) is refused (400), cross-origin requests are refused
//! (403), and every request runs under a timeout.
use crate::auth::actor;
use crate::auth::schema::REFRESH_COOKIE;
use crate::error::{AppError, Described, Key, Lang, Params};
use crate::graphql::AppSchema;
use crate::state::{RequestContext, SharedState};
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use futures_util::StreamExt;
use std::time::Duration;

/// The caller's language for messages (`Accept-Language`, zh-CN default).
fn lang(req: &HttpRequest) -> Lang {
    Lang::from_accept_language(
        req.headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

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

/// Browsers send Origin on cross-site POSTs; it must name this host.
fn same_origin(req: &HttpRequest) -> bool {
    let Some(origin) = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|o| o.to_str().ok())
    else {
        return true;
    };
    let host = req.connection_info().host().to_string();
    origin
        .split_once("://")
        .map(|(_, rest)| rest == host)
        .unwrap_or(false)
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
    if !state.rate_limiter.allow(req.peer_addr().map(|a| a.ip())) {
        return reply(
            &req,
            StatusCode::TOO_MANY_REQUESTS,
            "RATE_LIMITED",
            Key::RequestRateLimited,
            Params::default(),
        );
    }
    if !same_origin(&req) {
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
    let ip = req.peer_addr().map(|a| a.ip());
    let mut gql_request =
        gql_request.data(RequestContext::new(request_id.clone(), ip, refresh_cookie));
    // Nested fields read in batches per request (see `authz::loaders`).
    gql_request = gql_request.data(crate::authz::loaders::per_request(
        state.db.clone(),
        state.today(),
    ));

    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    if let Some(token) = bearer {
        match actor::scope_from_bearer(&state, token).await {
            Ok(scope) => gql_request = gql_request.data(scope),
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
    let mut response = match tokio::time::timeout(timeout, schema.execute(gql_request)).await {
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
    crate::error::localize(&mut response, lang(&req));
    let mut http = HttpResponse::Ok();
    http.insert_header((header::CACHE_CONTROL, "no-store"));
    http.insert_header(("x-request-id", request_id));
    for (name, value) in response.http_headers.iter() {
        http.append_header((name.as_str(), value.as_bytes()));
    }
    http.json(&response)
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
