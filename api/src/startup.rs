//! Builds the whole server: database, migrations, optional demo data, the
//! GraphQL schema and the actix app. Binding port 0 gives tests a free port.
use crate::auth::token::TokenKeys;
use crate::config::Settings;
use crate::state::{AppState, SharedState};
use crate::{db, demo, graphql, http};
use actix_web::dev::Server;
use actix_web::{middleware, web, App, HttpServer};
use sea_orm::{DatabaseConnection, EntityTrait};
use std::net::TcpListener;
use std::sync::Arc;

pub struct Application {
    port: u16,
    server: Server,
    state: SharedState,
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        std::fs::create_dir_all(&settings.data_dir)?;
        let db = db::connect(&settings.database_url).await?;
        db::migrate(&db).await?;
        if let Some(pw) = &settings.demo_password {
            demo::load(&db, pw.expose()).await?;
            if settings.demo_field_work {
                crate::demo_field::load(&db, &settings.clock, crate::demo::COUNTY_CODE).await?;
                crate::demo_programme::load(&db, &settings.clock, crate::demo::COUNTY_CODE).await?;
            }
        }
        let state = build_state(db, settings).await?;
        let listener = TcpListener::bind(&state.settings.bind)?;
        let port = listener.local_addr()?.port();
        let server = run(listener, state.clone())?;
        crate::hazards::escalation::spawn_background(
            state.clone(),
            state.settings.field.escalation_check_every,
        );
        Ok(Self {
            port,
            server,
            state,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> SharedState {
        self.state.clone()
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// The shared state without a server (command-line tools use it too).
pub async fn build_state(
    mut db: DatabaseConnection,
    settings: Settings,
) -> anyhow::Result<SharedState> {
    let secret = match &settings.jwt_secret {
        Some(s) => s.expose().as_bytes().to_vec(),
        None => persistent_secret(&settings.data_dir)?,
    };
    let keys = TokenKeys::new(&secret, settings.access_token_minutes)
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let labels = entity::level_label::Entity::find().all(&db).await?;
    let dummy_hash = crate::auth::password::hash_password(uuid::Uuid::new_v4().to_string())
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let rate_limiter =
        crate::http::rate_limit::RateLimiter::new(settings.requests_per_minute_per_ip);
    let statements = db::count_statements(&mut db);
    Ok(Arc::new(AppState {
        db,
        statements,
        keys,
        settings: Arc::new(settings),
        throttle: Default::default(),
        rate_limiter,
        writer: tokio::sync::Mutex::new(()),
        dummy_hash,
        level_labels: std::sync::RwLock::new(labels),
    }))
}

/// The signing key survives restarts (so nobody is logged out by one) and
/// is created with owner-only permissions on first start.
fn persistent_secret(dir: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    let path = dir.join("jwt-secret");
    if let Ok(existing) = std::fs::read(&path) {
        if existing.len() >= 32 {
            return Ok(existing);
        }
    }
    let mut bytes = vec![0u8; 64];
    rand::RngCore::fill_bytes(&mut rand::thread_rng(), &mut bytes);
    let hexed = hex::encode(&bytes).into_bytes();
    #[cfg(unix)]
    {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&path)?;
        f.write_all(&hexed)?;
    }
    #[cfg(not(unix))]
    std::fs::write(&path, &hexed)?;
    Ok(hexed)
}

fn run(listener: TcpListener, state: SharedState) -> anyhow::Result<Server> {
    let schema = graphql::build(Some(state.clone()), state.settings.dev_mode);
    let schema = web::Data::new(schema);
    let data = web::Data::new(state);
    let server = HttpServer::new(move || {
        App::new()
            .wrap(middleware::Compress::default())
            .wrap(
                middleware::DefaultHeaders::new()
                    .add(("X-Content-Type-Options", "nosniff"))
                    .add(("X-Frame-Options", "DENY"))
                    .add(("Referrer-Policy", "same-origin")),
            )
            .app_data(schema.clone())
            .app_data(data.clone())
            .route("/graphql", web::post().to(http::graphql_endpoint::post))
            .route("/graphql", web::get().to(http::graphql_endpoint::get))
            .route(
                "/graphql/schema.graphql",
                web::get().to(http::schema_sdl::get),
            )
            .route("/healthz", web::get().to(http::health::healthz))
            .route("/api/photos", web::post().to(http::photos::upload))
            .route("/api/documents", web::post().to(http::documents::upload))
            .route(
                "/api/documents/{id}",
                web::get().to(http::documents::download),
            )
            .route("/api/photos/{id}", web::get().to(http::photos::display))
            .route(
                "/api/photos/{id}/thumbnail",
                web::get().to(http::photos::thumbnail),
            )
            .route(
                "/api/exports/{file}",
                web::get().to(http::exports::download),
            )
            .route("/api", web::to(http::spa::api_not_found))
            .route("/api/{tail:.*}", web::to(http::spa::api_not_found))
            .route("/robots.txt", web::get().to(http::spa::robots))
            .route("/{tail:.*}", web::get().to(http::spa::serve))
    })
    .client_request_timeout(std::time::Duration::from_secs(10))
    .max_connections(2_000)
    .listen(listener)?
    .run();
    Ok(server)
}
