//! What every request shares, and what each request carries.
use crate::auth::throttle::LoginThrottle;
use crate::auth::token::TokenKeys;
use crate::config::Settings;
use sea_orm::DatabaseConnection;
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

pub struct AppState {
    pub db: DatabaseConnection,
    pub keys: TokenKeys,
    pub settings: Arc<Settings>,
    pub throttle: LoginThrottle,
    pub rate_limiter: crate::http::rate_limit::RateLimiter,
    /// Serialises writes in this process so the audit hash chain stays a
    /// chain (and SQLite never sees two writers racing).
    pub writer: tokio::sync::Mutex<()>,
    /// Verified against when a username is unknown, so timing says nothing.
    pub dummy_hash: String,
    /// Display names of the levels (a small table, read at start-up).
    pub level_labels: std::sync::RwLock<Vec<entity::level_label::Model>>,
    /// Statements sent to the database so far (`db::count_statements`).
    pub statements: Arc<std::sync::atomic::AtomicU64>,
}

impl AppState {
    /// Every write goes through here: the process-wide writer lock (keeps
    /// the audit chain a chain), then a transaction that on SQLite takes the
    /// write lock at BEGIN (IMMEDIATE), so it waits its turn instead of
    /// failing "database is locked" when a read has to turn into a write.
    /// Drop order matters: the transaction ends before the lock is released.
    pub async fn begin_write(
        &self,
    ) -> Result<
        (
            tokio::sync::MutexGuard<'_, ()>,
            sea_orm::DatabaseTransaction,
        ),
        sea_orm::DbErr,
    > {
        use sea_orm::{DbBackend, SqliteTransactionMode, TransactionOptions, TransactionTrait};
        let guard = self.writer.lock().await;
        let txn = if self.db.get_database_backend() == DbBackend::Sqlite {
            self.db
                .begin_with_options(TransactionOptions {
                    sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                    ..Default::default()
                })
                .await?
        } else {
            self.db.begin().await?
        };
        Ok((guard, txn))
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.settings.clock.now()
    }

    /// Today in China time, by the configured clock.
    pub fn today(&self) -> chrono::NaiveDate {
        self.settings.clock.today()
    }

    pub fn level_name(&self, level: i16) -> String {
        self.level_labels
            .read()
            .ok()
            .and_then(|labels| {
                labels
                    .iter()
                    .find(|l| l.level == level)
                    .map(|l| l.name_zh.clone())
            })
            .unwrap_or_default()
    }
}

pub type SharedState = Arc<AppState>;

/// Facts about one HTTP request, put into the GraphQL request data.
pub struct RequestContext {
    pub request_id: String,
    pub ip: Option<IpAddr>,
    pub refresh_cookie: Option<String>,
    /// Set by the first credential-checking field; a second one in the same
    /// document is refused, so aliases cannot multiply guesses.
    credential_field_used: AtomicBool,
}

impl RequestContext {
    pub fn new(request_id: String, ip: Option<IpAddr>, refresh_cookie: Option<String>) -> Self {
        Self {
            request_id,
            ip,
            refresh_cookie,
            credential_field_used: AtomicBool::new(false),
        }
    }

    /// True the first time only.
    pub fn claim_credential_field(&self) -> bool {
        !self.credential_field_used.swap(true, Ordering::SeqCst)
    }
}
