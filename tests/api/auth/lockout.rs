use crate::helpers::{spawn_demo_app, DEMO_PASSWORD};

#[tokio::test]
async fn five_failed_logins_lock_the_account_even_against_the_right_password() {
    let app = spawn_demo_app().await;
    for attempt in 1..=5 {
        let answer = app.try_login("longquan", &format!("wrong-{attempt}")).await;
        assert_eq!(
            answer.error_code().as_deref(),
            Some("UNAUTHENTICATED"),
            "attempt {attempt}"
        );
    }
    let locked = app.try_login("longquan", DEMO_PASSWORD).await;
    assert_eq!(
        locked.error_code().as_deref(),
        Some("RATE_LIMITED"),
        "{}",
        locked.text
    );
    // Other accounts are not affected.
    app.login_demo("heba").await;
}

#[tokio::test]
async fn four_failed_logins_then_the_right_password_still_log_in() {
    let app = spawn_demo_app().await;
    for attempt in 1..=4 {
        app.try_login("longquan", &format!("wrong-{attempt}")).await;
    }
    app.login_demo("longquan").await;
}

#[tokio::test]
async fn twenty_failures_from_one_address_block_further_logins_from_it() {
    let app = spawn_demo_app().await;
    for attempt in 0..20 {
        app.try_login(&format!("nobody-{attempt}"), "whatever-password")
            .await;
    }
    let answer = app.try_login("heba", DEMO_PASSWORD).await;
    assert_eq!(
        answer.error_code().as_deref(),
        Some("RATE_LIMITED"),
        "{}",
        answer.text
    );
}
