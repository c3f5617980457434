use crate::state::SharedState;
use actix_web::{web, HttpResponse};

/// 200 when the database answers, 503 otherwise.
pub async fn healthz(state: web::Data<SharedState>) -> HttpResponse {
    match state.db.ping().await {
        Ok(()) => HttpResponse::Ok().json(serde_json::json!({"status": "ok"})),
        Err(e) => {
            tracing::error!(error = %e, "health check: database down");
            HttpResponse::ServiceUnavailable()
                .json(serde_json::json!({"status": "database unavailable"}))
        }
    }
}
