//! SECURITY.md 30: a backup restores with the same counts and an intact
//! audit chain (SQLite: VACUUM INTO; PostgreSQL: pg_dump / pg_restore).
use crate::helpers::database::{backend, Backend, TestDatabase};
use crate::helpers::{spawn_demo_app, TestApp};
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};
use serde_json::json;

async fn counts(db: &DatabaseConnection) -> [u64; 5] {
    [
        entity::grid_node::Entity::find().count(db).await.unwrap(),
        entity::person::Entity::find().count(db).await.unwrap(),
        entity::appointment::Entity::find().count(db).await.unwrap(),
        entity::account::Entity::find().count(db).await.unwrap(),
        entity::audit_log::Entity::find().count(db).await.unwrap(),
    ]
}

async fn change_something(app: &TestApp) {
    let heba = app.login_demo("heba").await;
    let lingyun = app.node_id("520327002204").await;
    app.query(
        &heba.access_token,
        "mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }",
        json!({ "input": { "parentId": lingyun, "name": "备份前新建组" } }),
    )
    .await
    .data();
}

#[tokio::test]
async fn a_backup_restores_with_the_same_counts_and_an_intact_audit_chain() {
    let app = spawn_demo_app().await;
    change_something(&app).await;
    let settings = &app.state.settings;
    let file = settings.data_dir.join("safegrid.backup");
    api::backup::backup(&app.state.db, &settings.database_url, &file)
        .await
        .unwrap();

    let mut _restore_target = None;
    let url = match backend() {
        Backend::Sqlite => format!("sqlite://{}?mode=rwc", file.display()),
        Backend::Postgres => {
            let target = TestDatabase::create(false).await;
            let status = std::process::Command::new("pg_restore")
                .args(["--no-owner", "--exit-on-error", "-d"])
                .arg(&target.url)
                .arg(&file)
                .status()
                .expect("run pg_restore");
            assert!(status.success(), "pg_restore failed");
            let url = target.url.clone();
            _restore_target = Some(target);
            url
        }
    };
    let restored = api::db::connect(&url).await.unwrap();
    assert_eq!(counts(&restored).await, counts(&app.state.db).await);
    let (rows, broken) = api::audit::verify_chain(&restored).await.unwrap();
    assert_eq!(broken, None);
    assert_eq!(rows, counts(&app.state.db).await[4]);
    restored.close().await.unwrap();
}

#[tokio::test]
async fn a_backup_never_overwrites_an_existing_file() {
    let app = spawn_demo_app().await;
    let settings = &app.state.settings;
    let file = settings.data_dir.join("already-there");
    std::fs::write(&file, "precious").unwrap();
    assert!(
        api::backup::backup(&app.state.db, &settings.database_url, &file)
            .await
            .is_err()
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "precious");
}
