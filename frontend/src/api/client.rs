//! The signed-in caller's handle to the API. The access token lives here, in
//! memory only; the refresh token is the server's httpOnly `sg_refresh`
//! cookie. When a call answers UNAUTHENTICATED the client refreshes once
//! (one refresh at a time, however many calls failed together, so a
//! rotating refresh token is never spent twice) and retries.
//! The last signed-in user is remembered (not the token) so that the app
//! opens with no signal and field records can still go to the outbox.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use serde::de::DeserializeOwned;
use serde_json::Value;
use yew::Callback;

use super::{auth, remembered, request, ApiError, AuthPayload, Deadline, Me};

/// Where a login stands after the password.
#[derive(Clone, Debug, PartialEq)]
pub enum LoginStep {
    SignedIn,
    /// Send a code with this token (`Client::login_second_factor`).
    SecondFactor(String),
}

/// What the client tells the session about.
#[derive(Clone, Debug, PartialEq)]
pub enum AuthEvent {
    SignedIn(Me),
    SignedOut,
    Expired,
}

pub struct Client {
    token: RefCell<Option<String>>,
    refreshing: Cell<bool>,
    events: Callback<AuthEvent>,
}

impl PartialEq for Client {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Client {
    pub fn new(events: Callback<AuthEvent>) -> Rc<Client> {
        Rc::new(Client {
            token: RefCell::new(None),
            refreshing: Cell::new(false),
            events,
        })
    }

    fn token(&self) -> Option<String> {
        self.token.borrow().clone()
    }

    /// Takes a session from a login step; a payload without one (a
    /// second factor is still due) is not a session.
    fn accept(&self, payload: AuthPayload) -> Result<(), ApiError> {
        let (Some(token), Some(me)) = (payload.access_token, payload.me) else {
            return Err(ApiError::Unauthenticated);
        };
        *self.token.borrow_mut() = Some(token);
        remembered::keep(&me);
        self.events.emit(AuthEvent::SignedIn(me));
        Ok(())
    }

    /// Runs an operation as the signed-in user.
    pub async fn run<T: DeserializeOwned>(
        &self,
        query: &str,
        variables: Value,
    ) -> Result<T, ApiError> {
        let variables = &variables;
        self.authorized(
            |token| async move { request(query, variables, token.as_deref(), None).await },
        )
        .await
    }

    /// Like `run`, but gives up after `timeout_ms`: a weak signal can hold
    /// a request open for minutes, and the outbox would rather retry.
    pub async fn run_within<T: DeserializeOwned>(
        &self,
        query: &str,
        variables: Value,
        timeout_ms: u32,
    ) -> Result<T, ApiError> {
        let variables = &variables;
        self.authorized(|token| async move {
            let deadline = Deadline::new(timeout_ms);
            request(query, variables, token.as_deref(), deadline.signal()).await
        })
        .await
    }

    /// Calls `call` with the access token; on UNAUTHENTICATED refreshes
    /// once and calls again. All authenticated HTTP (GraphQL and photos)
    /// goes through here, so one refresh rule holds for all of it.
    pub async fn authorized<T, F, Fut>(&self, call: F) -> Result<T, ApiError>
    where
        F: Fn(Option<String>) -> Fut,
        Fut: Future<Output = Result<T, ApiError>>,
    {
        let used = self.token();
        match call(used.clone()).await {
            Err(ApiError::Unauthenticated) => {
                self.refresh_after(used).await?;
                let retried = call(self.token()).await;
                if matches!(retried, Err(ApiError::Unauthenticated)) {
                    self.expire();
                }
                retried
            }
            other => other,
        }
    }

    /// On app start: a still-valid refresh cookie signs the user in.
    /// Without a network the last signed-in user (kept in localStorage)
    /// carries on offline: field records go to the outbox, and the first
    /// request once the signal is back refreshes the token.
    pub async fn resume(&self) {
        match auth::refresh_session().await {
            Ok(payload) => {
                if self.accept(payload).is_err() {
                    self.events.emit(AuthEvent::SignedOut);
                }
            }
            Err(ApiError::Network) => match remembered::load() {
                Some(me) => self.events.emit(AuthEvent::SignedIn(me)),
                None => self.events.emit(AuthEvent::SignedOut),
            },
            Err(_) => {
                remembered::forget();
                self.events.emit(AuthEvent::SignedOut)
            }
        }
    }

    /// The first login step: signed in, or a token for the second factor.
    pub async fn login(&self, username: &str, password: &str) -> Result<LoginStep, ApiError> {
        let payload = auth::login(username, password).await?;
        if payload.second_factor_required {
            return payload
                .second_factor_token
                .map(LoginStep::SecondFactor)
                .ok_or(ApiError::Internal);
        }
        self.accept(payload)?;
        Ok(LoginStep::SignedIn)
    }

    /// The second login step, with a code from the authenticator app or a
    /// recovery code.
    pub async fn login_second_factor(&self, token: &str, code: &str) -> Result<(), ApiError> {
        let payload = auth::login_second_factor(token, code).await?;
        self.accept(payload)
    }

    /// Reads `me` again (its pending steps change when TOTP is turned on).
    pub async fn reload_me(&self) -> Result<(), ApiError> {
        let me = auth::me(self).await?;
        remembered::keep(&me);
        self.events.emit(AuthEvent::SignedIn(me));
        Ok(())
    }

    pub async fn logout(&self) {
        let token = self.token();
        // The server forgets the refresh token and clears the cookie; if it
        // cannot be reached we still forget the access token here.
        let _ = auth::logout(token.as_deref()).await;
        *self.token.borrow_mut() = None;
        remembered::forget();
        self.events.emit(AuthEvent::SignedOut);
    }

    fn expire(&self) {
        *self.token.borrow_mut() = None;
        remembered::forget();
        self.events.emit(AuthEvent::Expired);
    }

    /// Gets a fresh access token unless another call already did since
    /// `stale` was used. A refused refresh expires the session; a failed
    /// network only fails this call (the session may well still be good).
    async fn refresh_after(&self, stale: Option<String>) -> Result<(), ApiError> {
        while self.refreshing.get() {
            TimeoutFuture::new(50).await;
        }
        let current = self.token();
        if current.is_some() && current != stale {
            return Ok(());
        }
        self.refreshing.set(true);
        let result = auth::refresh_session().await;
        self.refreshing.set(false);
        match result {
            Ok(payload) => self.accept(payload),
            Err(err @ (ApiError::Network | ApiError::RateLimited | ApiError::Internal)) => Err(err),
            Err(_) => {
                self.expire();
                Err(ApiError::Unauthenticated)
            }
        }
    }
}
