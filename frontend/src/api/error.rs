//! The one error type every API call returns, one variant per
//! `extensions.code` of the contract plus `Network` for a failed fetch.

use serde::Deserialize;

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    Unauthenticated,
    Forbidden,
    NotFound,
    BadUserInput {
        message: String,
        field: Option<String>,
    },
    Conflict,
    RateLimited,
    Internal,
    Network,
}

impl ApiError {
    /// The server's message for a field (matched on the last segment of
    /// `extensions.field`, so `newPerson.phone` belongs to `phone`).
    pub fn field_message(&self, name: &str) -> Option<&str> {
        match self {
            ApiError::BadUserInput {
                message,
                field: Some(field),
            } if field.rsplit('.').next() == Some(name) => Some(message),
            _ => None,
        }
    }

    /// True when the error is shown next to a field rather than as a banner.
    pub fn is_for_field(&self, names: &[&str]) -> bool {
        names.iter().any(|n| self.field_message(n).is_some())
    }
}

#[derive(Deserialize, Debug)]
pub(super) struct GraphQlError {
    #[serde(default)]
    message: String,
    #[serde(default)]
    extensions: Option<Extensions>,
}

#[derive(Deserialize, Debug)]
struct Extensions {
    code: Option<String>,
    field: Option<String>,
}

impl From<GraphQlError> for ApiError {
    fn from(err: GraphQlError) -> Self {
        let (code, field) = match err.extensions {
            Some(ext) => (ext.code, ext.field),
            None => (None, None),
        };
        match code.as_deref() {
            Some("UNAUTHENTICATED") => ApiError::Unauthenticated,
            Some("FORBIDDEN") => ApiError::Forbidden,
            Some("NOT_FOUND") => ApiError::NotFound,
            Some("BAD_USER_INPUT") => ApiError::BadUserInput {
                message: err.message,
                field,
            },
            Some("CONFLICT") => ApiError::Conflict,
            Some("RATE_LIMITED") => ApiError::RateLimited,
            _ => ApiError::Internal,
        }
    }
}
