//! Settings: defaults, then environment (`SAFEGRID_*`), then command-line
//! flags. Secrets never appear in `Debug` output.
use std::path::PathBuf;

#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Clone, Debug)]
pub struct Settings {
    /// `sqlite://PATH?mode=rwc` or `postgres://…`.
    pub database_url: String,
    /// `127.0.0.1:8080`; port 0 picks a free port (tests).
    pub bind: String,
    /// Where the built web app lives (`frontend/dist`).
    pub web_dir: PathBuf,
    /// Where SQLite files, the JWT key and uploads live.
    pub data_dir: PathBuf,
    /// HMAC key for access tokens; generated and kept in `data_dir` if unset.
    pub jwt_secret: Option<Secret>,
    /// GraphQL introspection, field suggestions and GraphiQL (`GET /graphql`).
    pub dev_mode: bool,
    /// Load the demo grid and accounts with this password.
    pub demo_password: Option<Secret>,
    /// Mark the refresh cookie `Secure` (set when served over HTTPS).
    pub secure_cookies: bool,
    pub access_token_minutes: i64,
    /// A session dies after this long without a refresh (idle timeout).
    pub session_idle_minutes: i64,
    /// A session dies this long after login whatever happens (absolute timeout).
    pub session_absolute_hours: i64,
    pub max_body_bytes: usize,
    pub request_timeout_secs: u64,
    /// Passwords need three kinds of character (等保 2.0); off by default.
    pub password_complexity: bool,
    /// GraphQL requests per minute from one IP address before 429.
    pub requests_per_minute_per_ip: u32,
    /// Quotas, month close day, escalation interval, photo limits.
    pub field: crate::field_rules::FieldRules,
    /// The system clock, or a fixed instant in tests.
    pub clock: crate::clock::Clock,
    /// With the demo: two months of made-up patrols and hazards too.
    pub demo_field_work: bool,
    // HTTP and cost limits (issue 7, items 4 and 12).
    /// Database statements one GraphQL request may send before it is cut.
    pub max_statements_per_request: u64,
    /// How long a request's batch reader waits for the rest of a page's
    /// rows to ask before it reads them (`SAFEGRID_BATCH_WINDOW_MS`): each
    /// nested level of a page waits this long once, so it is short; the
    /// tests, which count statements on a loaded machine, wait longer.
    pub batch_window: std::time::Duration,
    /// Largest GraphQL answer sent; a bigger one is replaced by an error.
    pub max_response_bytes: usize,
    /// Proxies whose forwarded headers (`Forwarded`, `X-Forwarded-*`) are
    /// believed; from anyone else they are ignored.
    pub trusted_proxies: Vec<crate::http::client_addr::IpNet>,
    /// Accounts: roles that must use a TOTP second factor.
    pub require_totp: Vec<crate::auth::role::Role>,
}

impl Settings {
    /// Defaults for one machine: SQLite in `./data`, the app on port 8080.
    pub fn local_default() -> Self {
        let data_dir = std::env::var("SAFEGRID_DATA_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|_| PathBuf::from("data"));
        let database_url = std::env::var("SAFEGRID_DATABASE_URL").unwrap_or_else(|_| {
            format!(
                "sqlite://{}?mode=rwc",
                data_dir.join("safegrid.db").display()
            )
        });
        Self {
            database_url,
            bind: std::env::var("SAFEGRID_BIND").unwrap_or_else(|_| "127.0.0.1:8080".into()),
            web_dir: std::env::var("SAFEGRID_WEB_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|_| PathBuf::from("frontend/dist")),
            data_dir,
            jwt_secret: std::env::var("SAFEGRID_JWT_SECRET").ok().map(Secret::new),
            dev_mode: env_flag("SAFEGRID_DEV_MODE"),
            demo_password: None,
            secure_cookies: env_flag("SAFEGRID_SECURE_COOKIES"),
            access_token_minutes: 15,
            session_idle_minutes: env_number("SAFEGRID_SESSION_IDLE_MINUTES", 120),
            session_absolute_hours: env_number("SAFEGRID_SESSION_ABSOLUTE_HOURS", 12),
            max_body_bytes: 256 * 1024,
            request_timeout_secs: 30,
            password_complexity: env_flag("SAFEGRID_PASSWORD_COMPLEXITY"),
            requests_per_minute_per_ip: std::env::var("SAFEGRID_RATE_LIMIT")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(600),
            field: crate::field_rules::FieldRules::from_env(),
            clock: crate::clock::Clock::System,
            demo_field_work: false,
            max_statements_per_request: std::env::var("SAFEGRID_MAX_STATEMENTS")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(DEFAULT_MAX_STATEMENTS),
            batch_window: std::time::Duration::from_millis(
                std::env::var("SAFEGRID_BATCH_WINDOW_MS")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(DEFAULT_BATCH_WINDOW_MS),
            ),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            trusted_proxies: std::env::var("SAFEGRID_TRUSTED_PROXIES")
                .map(|v| crate::http::client_addr::parse_list(&v))
                .unwrap_or_default(),
            require_totp: std::env::var("SAFEGRID_REQUIRE_TOTP")
                .map(|v| crate::auth::role::parse_list(&v))
                .unwrap_or_default(),
        }
    }

    /// Settings for a throwaway server in tests: port 0, a temp data dir.
    pub fn for_tests(database_url: String, data_dir: PathBuf) -> Self {
        Self {
            database_url,
            bind: "127.0.0.1:0".into(),
            web_dir: PathBuf::from("frontend/dist"),
            data_dir,
            jwt_secret: Some(Secret::new(uuid::Uuid::new_v4().to_string())),
            dev_mode: false,
            demo_password: None,
            secure_cookies: false,
            access_token_minutes: 15,
            session_idle_minutes: 120,
            session_absolute_hours: 12,
            max_body_bytes: 256 * 1024,
            request_timeout_secs: 30,
            password_complexity: false,
            // Tests fire many requests from 127.0.0.1 on purpose.
            requests_per_minute_per_ip: 100_000,
            field: crate::field_rules::FieldRules::default(),
            clock: crate::clock::Clock::System,
            demo_field_work: false,
            max_statements_per_request: DEFAULT_MAX_STATEMENTS,
            // Long enough that a page of 100 rows lands in one batch with
            // four test servers sharing two busy cores (1 and 10 ms split
            // pages of 50 on PostgreSQL there): the statement counts hold.
            batch_window: std::time::Duration::from_millis(25),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            trusted_proxies: Vec::new(),
            require_totp: Vec::new(),
        }
    }
}

pub const DEFAULT_MAX_STATEMENTS: u64 = 1_000;
/// A page's nested rows ask within microseconds of each other; 2 ms keeps
/// them in one batch on a served request and costs each nested level only
/// that (it was 25 ms: 30 ms of a 37 ms overdue list).
pub const DEFAULT_BATCH_WINDOW_MS: u64 = 2;
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 8 * 1024 * 1024;
/// A positive whole number from the environment, else the default.
fn env_number(name: &str, default: i64) -> i64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|n: &i64| *n > 0)
        .unwrap_or(default)
}

fn env_flag(name: &str) -> bool {
    matches!(
        std::env::var(name).as_deref(),
        Ok("1") | Ok("true") | Ok("yes") | Ok("on")
    )
}
