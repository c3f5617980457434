use crate::helpers::{spawn_app, spawn_demo_app};

#[tokio::test]
async fn healthz_answers_200_when_the_database_answers() {
    let app = spawn_app().await;
    let response = app.http.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn the_demo_accounts_can_log_in() {
    let t = std::time::Instant::now();
    let app = spawn_demo_app().await;
    eprintln!("demo app in {:?}", t.elapsed());
    let session = app.login_demo("heba").await;
    assert!(app.token_works(&session.access_token).await);
}
