//! `GET /graphql/schema.graphql`: the SDL for third-party developers, to
//! any authenticated caller (a session or an API token), also when
//! introspection is off in production. Without a valid bearer token: 401.
use crate::auth::actor;
use crate::error::{AppError, Lang};
use crate::state::SharedState;
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use std::sync::LazyLock;

static SDL: LazyLock<String> = LazyLock::new(crate::graphql::sdl);

pub async fn get(req: HttpRequest, state: web::Data<SharedState>) -> HttpResponse {
    let token = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let verified = match token {
        Some(token) => actor::scope_from_bearer(&state, token).await,
        None => Err(AppError::Unauthenticated),
    };
    match verified {
        Ok(_) => HttpResponse::Ok()
            .content_type("application/graphql; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "private, no-cache"))
            .body(SDL.as_str()),
        Err(err) => {
            let lang = Lang::from_accept_language(
                req.headers()
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok()),
            );
            let status = match err {
                AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
                _ => StatusCode::UNAUTHORIZED,
            };
            HttpResponse::build(status)
                .insert_header((header::CACHE_CONTROL, "no-store"))
                .insert_header((header::WWW_AUTHENTICATE, "Bearer"))
                .json(err.describe(lang).json())
        }
    }
}
