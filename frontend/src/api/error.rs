//! The one error type every API call returns, one variant per
//! `extensions.code` of the contract plus `Network` for a failed fetch.
//! A refused input keeps the server's `extensions.key` and `params`, which
//! the translation table turns into a sentence ([`crate::i18n::server_text`]);
//! the server's own message is never shown.

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::i18n::{server_text, I18n};

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    Unauthenticated,
    Forbidden,
    NotFound,
    BadUserInput {
        key: String,
        params: Map<String, Value>,
        field: Option<String>,
    },
    /// CONFLICT: a stale version, or a refusal with its own key (a second
    /// duty report for the month, `duty_report.exists`).
    Conflict {
        key: String,
        params: Map<String, Value>,
    },
    RateLimited,
    Internal,
    Network,
    /// FORBIDDEN with a reason of its own (`assessment.of_self`): not for
    /// this caller, and the key says why. A plain refusal stays
    /// [`ApiError::Forbidden`], so the pages' own wording for it holds.
    Refused {
        key: String,
        params: Map<String, Value>,
    },
}

impl ApiError {
    /// The translated sentence for an input refused on a field (matched on
    /// the last segment of `extensions.field`, so `newPerson.phone` belongs
    /// to `phone`); a key this build does not know reads as the generic
    /// "input is invalid".
    pub fn field_message(&self, name: &str, i18n: &I18n) -> Option<String> {
        match self {
            ApiError::BadUserInput {
                field: Some(field), ..
            } if field.rsplit('.').next() == Some(name) => Some(self.sentence(i18n)),
            _ => None,
        }
    }

    /// True when the error is shown next to a field rather than as a banner.
    pub fn is_for_field(&self, names: &[&str]) -> bool {
        match self {
            ApiError::BadUserInput {
                field: Some(field), ..
            } => names.iter().any(|n| field.rsplit('.').next() == Some(*n)),
            _ => false,
        }
    }

    /// The sentence for a refused input from its key, if the table has it.
    pub fn keyed_text(&self, i18n: &I18n) -> Option<String> {
        match self {
            ApiError::BadUserInput { key, params, .. }
            | ApiError::Conflict { key, params }
            | ApiError::Refused { key, params } => server_text(i18n.lang, key, params),
            _ => None,
        }
    }

    fn sentence(&self, i18n: &I18n) -> String {
        self.keyed_text(i18n)
            .unwrap_or_else(|| i18n.t(crate::i18n::K::ErrBadInput).to_owned())
    }
}

#[derive(Deserialize, Debug)]
pub(super) struct GraphQlError {
    #[serde(default)]
    extensions: Option<Extensions>,
}

#[derive(Deserialize, Debug, Default)]
pub(super) struct Extensions {
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub key: Option<String>,
    #[serde(default)]
    pub params: Option<Map<String, Value>>,
    #[serde(default)]
    pub field: Option<String>,
}

impl From<GraphQlError> for ApiError {
    fn from(err: GraphQlError) -> Self {
        err.extensions.unwrap_or_default().into()
    }
}

impl From<Extensions> for ApiError {
    fn from(ext: Extensions) -> Self {
        match ext.code.as_deref() {
            Some("UNAUTHENTICATED") => ApiError::Unauthenticated,
            Some("FORBIDDEN") => match ext.key {
                Some(key) if !key.is_empty() && key != "access.forbidden" => ApiError::Refused {
                    key,
                    params: ext.params.unwrap_or_default(),
                },
                _ => ApiError::Forbidden,
            },
            Some("NOT_FOUND") => ApiError::NotFound,
            Some("BAD_USER_INPUT") => ApiError::BadUserInput {
                key: ext.key.unwrap_or_default(),
                params: ext.params.unwrap_or_default(),
                field: ext.field,
            },
            Some("CONFLICT") => ApiError::Conflict {
                key: ext.key.unwrap_or_default(),
                params: ext.params.unwrap_or_default(),
            },
            Some("RATE_LIMITED") => ApiError::RateLimited,
            _ => ApiError::Internal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

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
            (
                "CONFLICT",
                ApiError::Conflict {
                    key: String::new(),
                    params: Map::new(),
                },
            ),
            ("RATE_LIMITED", ApiError::RateLimited),
            ("INTERNAL", ApiError::Internal),
        ];
        for (code, want) in cases {
            let json = format!(r#"{{"message":"m","extensions":{{"code":"{code}"}}}}"#);
            assert_eq!(parse(&json), want, "{code}");
        }
    }

    #[test]
    fn a_refusal_with_its_own_reason_says_it_and_a_plain_one_stays_forbidden() {
        let own = parse(
            r#"{"message":"m","extensions":{"code":"FORBIDDEN","key":"assessment.of_self"}}"#,
        );
        let zh = I18n::fixed(Lang::Zh);
        assert_eq!(crate::i18n::labels::error(&zh, &own), "不能考核自己");
        let plain =
            parse(r#"{"message":"m","extensions":{"code":"FORBIDDEN","key":"access.forbidden"}}"#);
        assert_eq!(plain, ApiError::Forbidden);
    }

    #[test]
    fn a_refused_field_reads_from_its_key_in_the_chosen_language() {
        let err = parse(
            r#"{"message":"请输入 11 位手机号码","extensions":{"code":"BAD_USER_INPUT","key":"input.phone","params":{},"field":"newPerson.phone"}}"#,
        );
        let zh = I18n::fixed(Lang::Zh);
        let en = I18n::fixed(Lang::En);
        assert_eq!(
            err.field_message("phone", &zh).as_deref(),
            Some("请输入 11 位手机号码")
        );
        assert_eq!(
            err.field_message("phone", &en).as_deref(),
            Some("Enter an 11-digit mainland mobile number")
        );
        assert_eq!(err.field_message("name", &en), None);
        assert!(err.is_for_field(&["name", "phone"]));
    }

    #[test]
    fn the_servers_prose_is_never_shown_for_an_unknown_key() {
        let err = parse(
            r#"{"message":"some server prose","extensions":{"code":"BAD_USER_INPUT","key":"no.such_key","field":"x"}}"#,
        );
        let en = I18n::fixed(Lang::En);
        let shown = err.field_message("x", &en).unwrap_or_default();
        assert!(!shown.contains("prose"), "{shown}");
        assert_eq!(shown, "Some input is invalid; please check it.");
    }

    #[test]
    fn a_conflict_with_a_key_says_why_and_a_stale_version_says_refresh() {
        let err = parse(
            r#"{"message":"m","extensions":{"code":"CONFLICT","key":"duty_report.exists","params":{"month":"2026-11"}}}"#,
        );
        let zh = I18n::fixed(Lang::Zh);
        assert_eq!(
            crate::i18n::labels::error(&zh, &err),
            "该领导 2026-11 的履职报告已提交，请更正原报告"
        );
        let stale =
            parse(r#"{"message":"m","extensions":{"code":"CONFLICT","key":"conflict.other"}}"#);
        assert_eq!(
            crate::i18n::labels::error(&zh, &stale),
            "数据已被他人修改，请刷新"
        );
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
