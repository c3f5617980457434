//! One error type, with stable codes and keys a client can translate.
//!
//! Every error answers `extensions.code` (what kind of failure), a stable
//! `extensions.key` (which one: `hazard.verifier_is_rectifier`) and
//! `extensions.params` (the values its message uses). The message is in one
//! language, chosen from the request's `Accept-Language` ([`Lang`]); the
//! texts live in [`catalog`]. Internal failures are logged with a
//! correlation id and never shown.
//!
//! `AppError` is `Display` (zh-CN) through `thiserror`, so `?` in a resolver
//! goes through async-graphql's own conversion, which keeps the `AppError`
//! as the error's source; [`localize`] then writes every error of a response
//! from that source in the caller's language.
pub mod catalog;
mod lang;
mod nulls;
mod params;

pub use catalog::Key;
pub use lang::Lang;
pub use nulls::NullPropagation;
pub use params::Params;

use async_graphql::ErrorExtensionValues;
use serde_json::Value;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{}", Key::AuthRequired.template(Lang::Zh))]
    Unauthenticated,
    #[error("{}", Key::AuthBadCredentials.template(Lang::Zh))]
    BadCredentials,
    #[error("{}", Key::AccessForbidden.template(Lang::Zh))]
    Forbidden,
    /// Also what a caller gets for anything outside their subtree.
    #[error("{}", Key::RecordNotFound.template(Lang::Zh))]
    NotFound,
    /// Someone else changed the record since the caller read it.
    #[error("{}", Key::RecordChanged.template(Lang::Zh))]
    Conflict,
    /// A hazard step that its current state does not allow; the answer
    /// lists the states it may go to (`extensions.allowedNextStates`).
    #[error("{}", transition(.from, .allowed).message(Lang::Zh))]
    IllegalTransition { from: String, allowed: Vec<String> },
    /// The client's to fix (or to wait for): a code, a key and its values.
    #[error("{}", .0.message(Lang::Zh))]
    Refused(Box<Refusal>),
    /// Not yet converted to a key ("中文 (English)"); shown as
    /// `conflict.other` in one language.
    #[error("{}", lang::legacy_half(.0, Lang::Zh))]
    ConflictWith(String),
    /// Not yet converted to a key; shown as `rate_limited.other`.
    #[error("{}", lang::legacy_half(.0, Lang::Zh))]
    RateLimited(String),
    /// Shown only as `internal.error` with a correlation id; the cause
    /// goes to the log.
    #[error("内部错误，请稍后重试")]
    Internal(anyhow::Error),
}

pub type AppResult<T> = Result<T, AppError>;

/// A refusal with its catalog key: what [`AppError::Refused`] carries.
#[derive(Debug, Clone)]
pub struct Refusal {
    code: &'static str,
    key: Key,
    params: Params,
    field: Option<&'static str>,
}

impl Refusal {
    fn message(&self, lang: Lang) -> String {
        if matches!(
            self.key,
            Key::InputInvalid | Key::ConflictOther | Key::RateLimitedOther
        ) {
            let detail = self.params.get_str("detail").unwrap_or_default();
            return lang::legacy_half(detail, lang);
        }
        self.params.render(self.key.template(lang), lang)
    }
}

fn transition(from: &str, allowed: &[String]) -> Refusal {
    Refusal {
        code: "BAD_USER_INPUT",
        key: Key::HazardIllegalTransition,
        params: Params::default()
            .with("from", from)
            .with("allowedNextStates", allowed.to_vec()),
        field: Some("state"),
    }
}

impl AppError {
    fn refused(code: &'static str, key: Key, field: Option<&'static str>) -> Self {
        Self::Refused(Box::new(Refusal {
            code,
            key,
            params: Params::default(),
            field,
        }))
    }

    /// BAD_USER_INPUT on `field` (`extensions.field`).
    pub fn input(field: &'static str, key: Key) -> Self {
        Self::refused("BAD_USER_INPUT", key, Some(field))
    }

    /// BAD_USER_INPUT about the request as a whole.
    pub fn request(key: Key) -> Self {
        Self::refused("BAD_USER_INPUT", key, None)
    }

    /// CONFLICT with a reason (a name already taken, a key already used).
    pub fn conflict(key: Key) -> Self {
        Self::refused("CONFLICT", key, None)
    }

    /// FORBIDDEN with a reason (what the caller must do first).
    pub fn forbidden(key: Key) -> Self {
        Self::refused("FORBIDDEN", key, None)
    }

    /// RATE_LIMITED with a reason.
    pub fn rate_limited(key: Key) -> Self {
        Self::refused("RATE_LIMITED", key, None)
    }

    /// Adds a value the message uses (`extensions.params.name`).
    pub fn with(mut self, name: &str, value: impl Into<Value>) -> Self {
        if let Self::Refused(refusal) = &mut self {
            refusal.params.set(name, value);
        }
        self
    }

    /// Adds several values at once.
    pub fn with_params(mut self, params: Params) -> Self {
        if let Self::Refused(refusal) = &mut self {
            refusal.params.extend(params);
        }
        self
    }

    /// Code not yet converted to a key: `message` is "中文 (English)", and
    /// the answer shows only the caller's half of it. New code uses
    /// [`AppError::input`] with a catalog key.
    pub fn bad_input(field: &'static str, message: impl Into<String>) -> Self {
        Self::input(field, Key::InputInvalid).with("detail", message.into())
    }

    pub fn internal(err: impl Into<anyhow::Error>) -> Self {
        Self::Internal(err.into())
    }

    pub fn code(&self) -> &'static str {
        match self {
            Self::Unauthenticated | Self::BadCredentials => "UNAUTHENTICATED",
            Self::Forbidden => "FORBIDDEN",
            Self::NotFound => "NOT_FOUND",
            Self::IllegalTransition { .. } => "BAD_USER_INPUT",
            Self::Refused(r) => r.code,
            Self::Conflict | Self::ConflictWith(_) => "CONFLICT",
            Self::RateLimited(_) => "RATE_LIMITED",
            Self::Internal(_) => "INTERNAL",
        }
    }

    /// The error as the caller reads it, in `lang`. An internal error is
    /// logged here, under the correlation id its answer names.
    pub fn describe(&self, lang: Lang) -> Described {
        let simple = |key: Key| Refusal {
            code: self.code(),
            key,
            params: Params::default(),
            field: None,
        };
        let refusal = match self {
            Self::Unauthenticated => simple(Key::AuthRequired),
            Self::BadCredentials => simple(Key::AuthBadCredentials),
            Self::Forbidden => simple(Key::AccessForbidden),
            Self::NotFound => simple(Key::RecordNotFound),
            Self::Conflict => simple(Key::RecordChanged),
            Self::IllegalTransition { from, allowed } => transition(from, allowed),
            Self::Refused(r) => (**r).clone(),
            Self::ConflictWith(m) => Refusal {
                params: Params::default().with("detail", m.as_str()),
                ..simple(Key::ConflictOther)
            },
            Self::RateLimited(m) => Refusal {
                params: Params::default().with("detail", m.as_str()),
                ..simple(Key::RateLimitedOther)
            },
            Self::Internal(inner) => {
                let correlation = uuid::Uuid::new_v4().simple().to_string();
                tracing::error!(correlation_id = %correlation, error = ?inner, "internal error");
                Refusal {
                    params: Params::default().with("correlationId", correlation),
                    ..simple(Key::InternalError)
                }
            }
        };
        let allowed = match self {
            Self::IllegalTransition { allowed, .. } => Some(allowed.clone()),
            _ => None,
        };
        Described {
            message: refusal.message(lang),
            code: refusal.code,
            key: refusal.key,
            params: refusal.params,
            field: refusal.field,
            allowed_next_states: allowed,
        }
    }
}

/// One error, ready to answer.
#[derive(Debug)]
pub struct Described {
    pub message: String,
    pub code: &'static str,
    pub key: Key,
    pub params: Params,
    pub field: Option<&'static str>,
    pub allowed_next_states: Option<Vec<String>>,
}

impl Described {
    /// What a request refused before GraphQL ran answers (or a response
    /// that came without an `AppError`).
    pub fn of(code: &'static str, key: Key, params: Params, lang: Lang) -> Self {
        let refusal = Refusal {
            code,
            key,
            params,
            field: None,
        };
        Described {
            message: refusal.message(lang),
            code,
            key,
            params: refusal.params,
            field: None,
            allowed_next_states: None,
        }
    }

    fn write(&self, extensions: &mut ErrorExtensionValues) {
        extensions.set("code", self.code);
        extensions.set("key", self.key.as_str());
        extensions.set("params", self.params.to_graphql());
        if let Some(field) = self.field {
            extensions.set("field", field);
        }
        if let Some(allowed) = &self.allowed_next_states {
            extensions.set("allowedNextStates", allowed.clone());
        }
        if let Some(id) = self.params.get_str("correlationId") {
            extensions.set("correlationId", id);
        }
    }

    /// `{"code", "key", "params", "message"[, "field"]}` for the plain HTTP
    /// endpoints (photos).
    pub fn json(&self) -> Value {
        let mut body = serde_json::json!({
            "code": self.code,
            "key": self.key.as_str(),
            "params": self.params.to_json(),
            "message": self.message,
        });
        if let Some(field) = self.field {
            body["field"] = field.into();
        }
        if let Some(id) = self.params.get_str("correlationId") {
            body["correlationId"] = id.into();
        }
        body
    }

    /// `{"errors": [...]}` for a GraphQL request refused before it ran.
    pub fn graphql_body(&self) -> Value {
        let mut extensions = serde_json::json!({
            "code": self.code,
            "key": self.key.as_str(),
            "params": self.params.to_json(),
        });
        if let Some(id) = self.params.get_str("correlationId") {
            extensions["correlationId"] = id.into();
        }
        serde_json::json!({"errors": [{"message": self.message, "extensions": extensions}]})
    }
}

/// Writes every error of `response` in `lang`: ours from their `AppError`,
/// async-graphql's own (syntax, unknown fields, limits) as
/// `request.invalid` with its text in `params.detail`, BAD_USER_INPUT
/// like every other bad input.
pub fn localize(response: &mut async_graphql::Response, lang: Lang) {
    for error in &mut response.errors {
        if let Some(app) = error.source::<AppError>() {
            let described = app.describe(lang);
            error.message = described.message.clone();
            described.write(error.extensions.get_or_insert_with(Default::default));
            continue;
        }
        let extensions = error.extensions.get_or_insert_with(Default::default);
        if extensions.get("key").is_some() {
            continue;
        }
        if let Some(key) = marked_key(&error.message) {
            // A scalar refused its input (see [`marker`]).
            let mut described = Described::of("BAD_USER_INPUT", key, Params::default(), lang);
            described.field = argument_name(&error.message);
            described.write(extensions);
            error.message = described.message;
            continue;
        }
        // A code another layer set (a limit's own) stays as it is.
        let code = extensions.get("code").cloned();
        let detail = Params::default().with("detail", error.message.as_str());
        let described = Described::of("BAD_USER_INPUT", Key::RequestInvalid, detail, lang);
        described.write(extensions);
        if let Some(code) = code {
            extensions.set("code", code);
        }
        error.message = described.message;
    }
}

/// What a scalar's parse error says so that [`localize`] answers `key`:
/// async-graphql keeps only the text of a scalar's error.
pub fn marker(key: Key) -> String {
    format!("[key:{}]", key.as_str())
}

/// The key of a scalar's refusal: from its [`marker`] when the scalar's
/// own message survived, or from the scalar's name when validation only
/// says "expected type".
fn marked_key(message: &str) -> Option<Key> {
    if let Some((_, rest)) = message.split_once("[key:") {
        let (name, _) = rest.split_once(']')?;
        return Key::ALL.iter().copied().find(|k| k.as_str() == name);
    }
    let (_, rest) = message.split_once("expected type \"")?;
    let (scalar, _) = rest.split_once('"')?;
    match scalar.trim_end_matches('!') {
        "Month" => Some(Key::InputMonthFormat),
        _ => None,
    }
}

/// The argument or variable an input error names; only the arguments a
/// scalar guards are named (our `field` extensions are static names).
fn argument_name(message: &str) -> Option<&'static str> {
    let (_, rest) = message
        .split_once("argument \"")
        .or_else(|| message.split_once("\"$"))?;
    let (name, _) = rest.split_once('"')?;
    ["month"].into_iter().find(|known| *known == name)
}

impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        // No pooled connection in time (db::ACQUIRE_TIMEOUT), or PostgreSQL
        // stopped a statement at its timeout: say "busy", not INTERNAL.
        let busy = matches!(
            err,
            sea_orm::DbErr::ConnectionAcquire(sea_orm::ConnAcquireErr::Timeout)
        ) || err
            .to_string()
            .contains("canceling statement due to statement timeout");
        if busy {
            return Self::rate_limited(Key::ServerBusy);
        }
        Self::Internal(err.into())
    }
}

impl From<sea_orm::TransactionError<AppError>> for AppError {
    fn from(err: sea_orm::TransactionError<AppError>) -> Self {
        match err {
            sea_orm::TransactionError::Connection(db) => db.into(),
            sea_orm::TransactionError::Transaction(app) => app,
        }
    }
}

/// Resolvers return this so `?` works on both our errors and async-graphql's.
pub type GqlResult<T> = async_graphql::Result<T>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_refused_by_validation_answers_its_key_and_argument() {
        let message = r#"Invalid value for argument "month", expected type "Month""#;
        assert_eq!(marked_key(message), Some(Key::InputMonthFormat));
        assert_eq!(argument_name(message), Some("month"));
        let parsed = r#"Failed to parse "Month": [key:input.month_format]"#;
        assert_eq!(marked_key(parsed), Some(Key::InputMonthFormat));
        assert_eq!(marked_key(r#"expected type "Int""#), None);
    }

    #[test]
    fn every_error_reads_in_one_language() {
        let errors = [
            AppError::input("first", Key::InputFirstOutOfRange).with("max", 100),
            AppError::IllegalTransition {
                from: "CLOSED".into(),
                allowed: vec!["REOPENED".into()],
            },
            AppError::bad_input("x", "不能为空 (must not be empty)"),
            AppError::NotFound,
        ];
        for err in errors {
            let zh = err.describe(Lang::Zh).message;
            let en = err.describe(Lang::En).message;
            assert!(
                !en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{en}"
            );
            assert!(!zh.contains(" ("), "{zh}");
        }
    }
}
