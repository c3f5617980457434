//! The account lock (five wrong credentials, 15 minutes, kept in the
//! database) and the per-address slow-down that never shuts an address.
use crate::helpers::{spawn_demo_app, Answer, DEMO_PASSWORD};
use serde_json::json;

/// The answer without what differs on every request anyway.
fn comparable(answer: &Answer) -> (reqwest::StatusCode, String) {
    (answer.status, answer.text.clone())
}

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
        Some("UNAUTHENTICATED"),
        "{}",
        locked.text
    );
    assert!(locked.body["data"]["login"].is_null());
    // Other accounts are not affected.
    app.login_demo("heba").await;
}

#[tokio::test]
async fn a_locked_account_answers_exactly_like_a_wrong_password_and_an_unknown_user() {
    let app = spawn_demo_app().await;
    let wrong = app.try_login("longquan", "wrong-password").await;
    for attempt in 2..=5 {
        app.try_login("longquan", &format!("wrong-{attempt}")).await;
    }
    let locked = app.try_login("longquan", DEMO_PASSWORD).await;
    let unknown = app.try_login("nobody-here", "wrong-password").await;
    assert_eq!(comparable(&locked), comparable(&wrong));
    assert_eq!(comparable(&unknown), comparable(&wrong));
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
async fn concurrent_guesses_cannot_outrun_the_lock() {
    let app = spawn_demo_app().await;
    let guesses = (0..12).map(|n| {
        let app = &app;
        async move { app.try_login("longquan", &format!("parallel-{n}")).await }
    });
    futures_util::future::join_all(guesses).await;
    let locked = app.try_login("longquan", DEMO_PASSWORD).await;
    assert_eq!(
        locked.error_code().as_deref(),
        Some("UNAUTHENTICATED"),
        "{}",
        locked.text
    );
}

#[tokio::test]
async fn wrong_current_passwords_in_change_password_lock_the_account_too() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let change = "mutation($c: String!) { changePassword(currentPassword: $c, newPassword: \"另一个新密码-2026\") }";
    for attempt in 1..=5 {
        let answer = app
            .query(
                &heba.access_token,
                change,
                json!({ "c": format!("wrong-{attempt}") }),
            )
            .await;
        assert_eq!(
            answer.error_field(),
            Some("currentPassword"),
            "attempt {attempt}"
        );
    }
    let locked = app.try_login("heba", DEMO_PASSWORD).await;
    assert_eq!(
        locked.error_code().as_deref(),
        Some("UNAUTHENTICATED"),
        "{}",
        locked.text
    );
}

#[tokio::test]
async fn failures_from_one_address_slow_it_but_do_not_lock_out_a_colleague_behind_it() {
    let app = spawn_demo_app().await;
    // Past the free allowance (10): the address is slowed from here on.
    for attempt in 0..12 {
        app.try_login(&format!("nobody-{attempt}"), "whatever-password")
            .await;
    }
    assert!(app.state.throttle.failures(Some([127, 0, 0, 1].into())) >= 12);
    let answer = app.try_login("heba", DEMO_PASSWORD).await;
    assert!(
        answer.body["data"]["login"]["accessToken"].is_string(),
        "{}",
        answer.text
    );
}
