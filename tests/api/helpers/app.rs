//! The real server, in-process, on a free port, over a fresh database.
use super::database::TestDatabase;
use api::config::{Secret, Settings};
use api::startup::Application;
use api::state::SharedState;

/// Password of the demo accounts in every demo test server.
pub const DEMO_PASSWORD: &str = "safegrid-demo";

pub struct TestApp {
    /// `http://127.0.0.1:PORT`
    pub address: String,
    /// The server's state, for what only white-box checks can see
    /// (stored password hashes, the audit chain).
    pub state: SharedState,
    /// The key access tokens are signed with, to forge tokens.
    pub jwt_secret: String,
    pub http: reqwest::Client,
    // Declared last: dropped (and the database removed) after the rest.
    _database: TestDatabase,
}

/// A server on an empty, migrated database.
pub async fn spawn_app() -> TestApp {
    spawn(false, |_| {}).await
}

/// A server on an empty database with some settings changed.
pub async fn spawn_app_with(configure: impl FnOnce(&mut Settings)) -> TestApp {
    spawn(false, configure).await
}

/// A server with the Fenggang County demo grid and the six demo accounts.
pub async fn spawn_demo_app() -> TestApp {
    spawn_demo_app_with(|_| {}).await
}

/// The demo server with some settings changed (dev mode, limits …).
pub async fn spawn_demo_app_with(configure: impl FnOnce(&mut Settings)) -> TestApp {
    spawn(true, configure).await
}

/// `TEST_LOG=1` shows the server's log (internal errors name their cause
/// there, never in the answer).
fn init_logging() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("TEST_LOG").is_some() {
            let filter = tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn".into());
            let _ = tracing_subscriber::fmt()
                .with_env_filter(filter)
                .with_test_writer()
                .try_init();
        }
    });
}

async fn spawn(demo: bool, configure: impl FnOnce(&mut Settings)) -> TestApp {
    init_logging();
    let database = TestDatabase::create(demo).await;
    let mut settings = Settings::for_tests(database.url.clone(), database.data_dir.clone());
    if demo {
        // On a database that already holds the demo (PostgreSQL's clone)
        // this adds nothing, which `serve --demo` promises too.
        settings.demo_password = Some(Secret::new(DEMO_PASSWORD));
    }
    configure(&mut settings);
    let jwt_secret = settings
        .jwt_secret
        .as_ref()
        .map(|s| s.expose().to_string())
        .expect("Settings::for_tests sets a JWT secret");
    let app = Application::build(settings)
        .await
        .expect("build the application");
    let port = app.port();
    let state = app.state();
    // The server lives as long as the test's runtime: when the test ends the
    // task is dropped, which stops the workers.
    tokio::spawn(app.run_until_stopped());
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(60))
        .build()
        .expect("build the HTTP client");
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        state,
        jwt_secret,
        http,
        _database: database,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }
}
