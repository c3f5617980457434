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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> ApiError {
        match serde_json::from_str::<GraphQlError>(json) {
            Ok(err) => err.into(),
            Err(_) => ApiError::Network,
        }
    }

    #[test]
    fn every_contract_code_maps_to_its_variant() {
        let cases = [
            ("UNAUTHENTICATED", ApiError::Unauthenticated),
            ("FORBIDDEN", ApiError::Forbidden),
            ("NOT_FOUND", ApiError::NotFound),
            ("CONFLICT", ApiError::Conflict),
            ("RATE_LIMITED", ApiError::RateLimited),
            ("INTERNAL", ApiError::Internal),
        ];
        for (code, want) in cases {
            let json = format!(r#"{{"message":"m","extensions":{{"code":"{code}"}}}}"#);
            assert_eq!(parse(&json), want, "{code}");
        }
    }

    #[test]
    fn bad_user_input_keeps_the_message_and_field() {
        let err = parse(
            r#"{"message":"请输入手机号码","extensions":{"code":"BAD_USER_INPUT","field":"newPerson.phone"}}"#,
        );
        assert_eq!(err.field_message("phone"), Some("请输入手机号码"));
        assert_eq!(err.field_message("name"), None);
        assert!(err.is_for_field(&["name", "phone"]));
    }

    #[test]
    fn an_error_without_a_code_is_internal() {
        assert_eq!(parse(r#"{"message":"boom"}"#), ApiError::Internal);
        assert_eq!(
            parse(r#"{"message":"x","extensions":{"code":"SOMETHING_NEW"}}"#),
            ApiError::Internal
        );
    }
}
