//! All HTTP goes through [`request`]: one POST of `{query, variables}` to
//! `/graphql`, with the bearer token when there is one, and GraphQL errors
//! mapped to [`ApiError`]. Typed operations live beside it, one file per
//! domain; [`Client`] adds the token and the refresh-on-expiry retry.

mod accounts;
mod actions;
// Issue 9, officer assessments (考核).
mod assessment_form;
mod assessments;
mod auth;
mod campaign_edit;
mod campaigns;
mod client;
mod deadline;
mod demonstrations;
// Issue 8, desk: the programme kinds beside meetings.
mod desk_lists;
mod desk_record;
mod documents;
mod error;
mod exports;
mod grid;
mod hazards;
mod inspections;
mod integrity;
mod leaders;
mod liaison;
mod meetings;
mod money;
mod month;
mod people;
mod photos;
mod quota;
mod remembered;
mod roster;
mod sanctions;
// The township scorecard (考核表).
mod scorecards;
mod tokens;
mod types;
mod year;

pub use accounts::*;
pub use actions::{records_inspections, Action};
pub use assessment_form::*;
pub use assessments::*;
pub use auth::*;
pub use campaign_edit::*;
pub use campaigns::*;
pub use client::{AuthEvent, Client, LoginStep};
pub use deadline::Deadline;
pub use demonstrations::*;
pub use desk_lists::*;
pub use desk_record::*;
pub use documents::*;
pub use error::ApiError;
pub use exports::{ledger_file, ledger_url, Ledger};
pub use grid::*;
pub use hazards::*;
pub use inspections::*;
pub use integrity::*;
pub use leaders::*;
pub use liaison::*;
pub use meetings::*;
pub use money::*;
pub use month::*;
pub use people::*;
pub use photos::*;
pub use quota::*;
pub use roster::*;
pub use sanctions::*;
pub use scorecards::*;
pub use tokens::*;
pub use types::*;
pub use year::*;

use gloo_net::http::Request;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

const ENDPOINT: &str = "/graphql";

#[derive(Serialize)]
struct Body<'a> {
    query: &'a str,
    variables: &'a Value,
}

#[derive(Deserialize)]
struct Response {
    data: Option<Value>,
    #[serde(default)]
    errors: Vec<error::GraphQlError>,
}

/// Sends one GraphQL operation and decodes its `data` into `T`; `signal`
/// aborts it (a [`Deadline`]).
pub async fn request<T: DeserializeOwned>(
    query: &str,
    variables: &Value,
    token: Option<&str>,
    signal: Option<web_sys::AbortSignal>,
) -> Result<T, ApiError> {
    let mut builder = Request::post(ENDPOINT).header("Content-Type", "application/json");
    if let Some(token) = token {
        builder = builder.header("Authorization", &format!("Bearer {token}"));
    }
    if let Some(signal) = &signal {
        builder = builder.abort_signal(Some(signal));
    }
    let response = builder
        .json(&Body { query, variables })
        .map_err(|_| ApiError::Internal)?
        .send()
        .await
        .map_err(|_| ApiError::Network)?;
    let status = response.status();
    let text = response.text().await.map_err(|_| ApiError::Network)?;
    let Ok(body) = serde_json::from_str::<Response>(&text) else {
        return Err(match status {
            429 => ApiError::RateLimited,
            401 => ApiError::Unauthenticated,
            // A proxy's error page or a server that is not there.
            502..=504 => ApiError::Network,
            // Any other 5xx without a GraphQL body: the server is in trouble,
            // which callers treat like a network failure (retry later).
            500..=599 => ApiError::Internal,
            _ => ApiError::Internal,
        });
    };
    if let Some(first) = body.errors.into_iter().next() {
        return Err(first.into());
    }
    let data = body.data.ok_or(ApiError::Internal)?;
    serde_json::from_value(data).map_err(|_| ApiError::Internal)
}
