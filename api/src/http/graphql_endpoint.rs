//! `POST /graphql`, guarded where async-graphql's actix integration is not
//! (SECURITY.md): the body is capped by us (413), only `application/json` is
//! executed (415; this also stops text/plain CSRF), GET never executes, a
//! JSON array (batch) is refused (400), cross-origin requests are refused
//! (403), and every request runs under a timeout.
use super::client_addr;
use crate::auth::actor;
use crate::auth::schema::REFRESH_COOKIE;
use crate::error::AppError;
use crate::graphql::AppSchema;
use crate::state::{RequestContext, SharedState};
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use futures_util::StreamExt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

const MAX_ERRORS: usize = 20;

fn error_body(code: &str, message: &str) -> serde_json::Value {
    serde_json::json!({"errors": [{"message": message, "extensions": {"code": code}}]})
}

fn reply(status: actix_web::http::StatusCode, code: &str, message: &str) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(error_body(code, message))
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

/// Errors async-graphql raises itself (syntax, unknown fields, wrong
/// argument types, depth and complexity limits) carry no code; they are all
/// the client's to fix, so they get BAD_USER_INPUT like every other bad input.
fn code_unlabelled_errors(response: &mut async_graphql::Response) {
    // One mistake repeated over thousands of aliases is one mistake.
    response.errors.truncate(MAX_ERRORS);
    for error in &mut response.errors {
        if error.message == "Query is too complex." {
            error.message = crate::graphql::TOO_COMPLEX.into();
        }
        let extensions = error.extensions.get_or_insert_with(Default::default);
        if extensions.get("code").is_none() {
            extensions.set("code", "BAD_USER_INPUT");
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
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "BAD_USER_INPUT",
            "Content-Type must be application/json",
        );
    }
    let client = client_addr::resolve(&req, &state.settings.trusted_proxies);
    if !state.rate_limiter.allow(client.ip) {
        return reply(
            StatusCode::TOO_MANY_REQUESTS,
            "RATE_LIMITED",
            "too many requests; slow down",
        );
    }
    if !same_origin(&req, &client) {
        return reply(
            StatusCode::FORBIDDEN,
            "FORBIDDEN",
            "cross-origin request refused",
        );
    }
    let limit = state.settings.max_body_bytes;
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let Ok(chunk) = chunk else {
            return reply(
                StatusCode::BAD_REQUEST,
                "BAD_USER_INPUT",
                "could not read the request body",
            );
        };
        if body.len() + chunk.len() > limit {
            return reply(
                StatusCode::PAYLOAD_TOO_LARGE,
                "BAD_USER_INPUT",
                "request body too large",
            );
        }
        body.extend_from_slice(&chunk);
    }
    let gql_request: async_graphql::Request = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(_) => {
            return reply(
                StatusCode::BAD_REQUEST,
                "BAD_USER_INPUT",
                "the body must be one JSON object {query, variables, operationName}; batches are not accepted",
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
                    StatusCode::UNAUTHORIZED,
                    "UNAUTHENTICATED",
                    "invalid or expired token",
                )
            }
            Err(other) => {
                let err: async_graphql::Error = other.into();
                return HttpResponse::InternalServerError()
                    .json(serde_json::json!({"errors": [{"message": err.message, "extensions": err.extensions}]}));
            }
        }
    }

    let timeout = Duration::from_secs(state.settings.request_timeout_secs);
    let statements = Arc::new(AtomicU64::new(0));
    let work = crate::db::counting_request(statements.clone(), schema.execute(gql_request));
    let mut response = match tokio::time::timeout(timeout, work).await {
        Ok(r) => r,
        Err(_) => {
            return reply(
                StatusCode::SERVICE_UNAVAILABLE,
                "INTERNAL",
                "request timed out",
            )
        }
    };
    let budget = state.settings.max_statements_per_request;
    if statements.load(Ordering::Relaxed) > budget {
        // Cut at its budget: one error for the request, not one per field.
        return HttpResponse::Ok()
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .json(serde_json::json!({"data": null, "errors": [{
                "message": crate::graphql::over_budget_message(budget),
                "extensions": {"code": "BAD_USER_INPUT", "reason": crate::graphql::BUDGET_REASON},
            }]}));
    }
    code_unlabelled_errors(&mut response);
    let body = match serde_json::to_vec(&response) {
        Ok(body) if body.len() <= state.settings.max_response_bytes => body,
        Ok(_) => {
            return reply(
                StatusCode::OK,
                "BAD_USER_INPUT",
                &format!(
                "回答超过 {} MiB 上限 (the answer is larger than {} MiB; ask for smaller pages)",
                state.settings.max_response_bytes >> 20,
                state.settings.max_response_bytes >> 20
            ),
            )
        }
        Err(_) => {
            return reply(
                StatusCode::INTERNAL_SERVER_ERROR,
                "INTERNAL",
                "could not encode the answer",
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
pub async fn get(state: web::Data<SharedState>) -> HttpResponse {
    if !state.settings.dev_mode {
        return reply(
            actix_web::http::StatusCode::METHOD_NOT_ALLOWED,
            "BAD_USER_INPUT",
            "use POST with Content-Type: application/json",
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
