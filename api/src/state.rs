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
    /// Queues this process's writers before they take a database
    /// connection, so waiting writers do not hold the pool. Only a queue:
    /// what keeps the audit chain a chain across processes is the lock
    /// `audit::begin_write` takes inside the database.
    pub writer: tokio::sync::Mutex<()>,
    /// Verified against when a username is unknown, so timing says nothing.
    pub dummy_hash: String,
    /// Display names of the levels (a small table, read at start-up).
    pub level_labels: std::sync::RwLock<Vec<entity::level_label::Model>>,
    /// Statements sent to the database so far (`db::count_statements`).
    pub statements: Arc<std::sync::atomic::AtomicU64>,
}

impl AppState {
    /// Every write goes through here: this process's queue, then a
    /// transaction that holds the database's writer lock from its first
    /// statement (`audit::begin_write`: SQLite BEGIN IMMEDIATE, PostgreSQL
    /// the chain-head advisory lock), so writers of every process — other
    /// servers, the CLI — take turns. Drop order matters: the transaction
    /// ends before the queue moves on.
    pub async fn begin_write(
        &self,
    ) -> Result<
        (
            tokio::sync::MutexGuard<'_, ()>,
            sea_orm::DatabaseTransaction,
        ),
        sea_orm::DbErr,
    > {
        let guard = self.writer.lock().await;
        let txn = crate::audit::begin_write(&self.db).await?;
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
    /// The server's clock, which stamps this request's audit rows.
    pub clock: crate::clock::Clock,
    /// Set by the first credential-checking field; a second one in the same
    /// document is refused, so aliases cannot multiply guesses.
    credential_field_used: AtomicBool,
}

impl RequestContext {
    pub fn new(
        request_id: String,
        ip: Option<IpAddr>,
        refresh_cookie: Option<String>,
        clock: crate::clock::Clock,
    ) -> Self {
        Self {
            request_id,
            ip,
            refresh_cookie,
            clock,
            credential_field_used: AtomicBool::new(false),
        }
    }

    /// Now, by the server's configured clock.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// Today in China time, by the server's configured clock.
    pub fn today(&self) -> chrono::NaiveDate {
        self.clock.today()
    }

    /// True the first time only.
    pub fn claim_credential_field(&self) -> bool {
        !self.credential_field_used.swap(true, Ordering::SeqCst)
    }
}
