//! One flat error type with stable codes the web app translates.
//! Internal failures are logged with a correlation id and never shown.
use async_graphql::ErrorExtensions;

/// Deliberately not `Display`: async-graphql converts any `Display` type into
/// an error without our `code` extension, so this type must go through
/// `From<AppError>` below.
#[derive(Debug)]
pub enum AppError {
    Unauthenticated,
    BadCredentials,
    Forbidden,
    /// Also what a caller gets for anything outside their subtree.
    NotFound,
    BadInput {
        field: Option<&'static str>,
        message: String,
    },
    /// A hazard step that its current state does not allow; the answer
    /// lists the states it may go to (`extensions.allowedNextStates`).
    IllegalTransition {
        from: &'static str,
        allowed: Vec<&'static str>,
    },
    Conflict,
    ConflictWith(String),
    RateLimited(String),
    Internal(anyhow::Error),
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn bad_input(field: &'static str, message: impl Into<String>) -> Self {
        Self::BadInput {
            field: Some(field),
            message: message.into(),
        }
    }

    /// What the user reads (Chinese first, English in brackets).
    pub fn message(&self) -> String {
        match self {
            Self::Unauthenticated => "请先登录 (authentication required)".into(),
            Self::BadCredentials => "用户名或密码错误 (wrong username or password)".into(),
            Self::Forbidden => "无权执行此操作 (forbidden)".into(),
            Self::NotFound => "未找到 (not found)".into(),
            Self::BadInput { message, .. } => message.clone(),
            Self::IllegalTransition { from, allowed } => format!(
                "当前状态 {from} 不允许此操作，可转入：{} (not allowed from {from}; next states: {})",
                allowed.join("、"),
                allowed.join(", ")
            ),
            Self::Conflict => {
                "数据已被他人修改，请刷新后重试 (changed by someone else; reload and retry)".into()
            }
            Self::ConflictWith(m) | Self::RateLimited(m) => m.clone(),
            Self::Internal(_) => "内部错误 (internal error)".into(),
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Self::Unauthenticated | Self::BadCredentials => "UNAUTHENTICATED",
            Self::Forbidden => "FORBIDDEN",
            Self::NotFound => "NOT_FOUND",
            Self::BadInput { .. } | Self::IllegalTransition { .. } => "BAD_USER_INPUT",
            Self::Conflict | Self::ConflictWith(_) => "CONFLICT",
            Self::RateLimited(_) => "RATE_LIMITED",
            Self::Internal(_) => "INTERNAL",
        }
    }

    pub fn internal(err: impl Into<anyhow::Error>) -> Self {
        Self::Internal(err.into())
    }
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
            return Self::RateLimited(
                "服务器繁忙，请稍后重试 (the server is busy; retry shortly)".into(),
            );
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

impl From<AppError> for async_graphql::Error {
    fn from(err: AppError) -> Self {
        let code = err.code();
        if let AppError::Internal(inner) = &err {
            let correlation = uuid::Uuid::new_v4().simple().to_string();
            tracing::error!(correlation_id = %correlation, error = ?inner, "internal error");
            return async_graphql::Error::new(format!(
                "内部错误，请稍后重试 (internal error, ref {correlation})"
            ))
            .extend_with(|_, e| {
                e.set("code", code);
                e.set("correlationId", correlation.clone());
            });
        }
        let field = match &err {
            AppError::BadInput { field, .. } => *field,
            AppError::IllegalTransition { .. } => Some("state"),
            _ => None,
        };
        let allowed = match &err {
            AppError::IllegalTransition { allowed, .. } => Some(allowed.clone()),
            _ => None,
        };
        async_graphql::Error::new(err.message()).extend_with(|_, e| {
            e.set("code", code);
            if let Some(field) = field {
                e.set("field", field);
            }
            if let Some(allowed) = &allowed {
                e.set("allowedNextStates", allowed.clone());
            }
        })
    }
}

/// Resolvers return this so `?` works on both our errors and async-graphql's.
pub type GqlResult<T> = async_graphql::Result<T>;
