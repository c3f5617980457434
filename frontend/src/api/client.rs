//! The signed-in caller's handle to the API. The access token lives here, in
//! memory only; the refresh token is the server's httpOnly `sg_refresh`
//! cookie. When a call answers UNAUTHENTICATED the client refreshes once
//! (one refresh at a time, however many calls failed together, so a
//! rotating refresh token is never spent twice) and retries.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use serde::de::DeserializeOwned;
use serde_json::Value;
use yew::Callback;

use super::{auth, request, ApiError, AuthPayload, Me};

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

    fn accept(&self, payload: AuthPayload) {
        *self.token.borrow_mut() = Some(payload.access_token);
        self.events.emit(AuthEvent::SignedIn(payload.me));
    }

    /// Runs an operation as the signed-in user.
    pub async fn run<T: DeserializeOwned>(
        &self,
        query: &str,
        variables: Value,
    ) -> Result<T, ApiError> {
        let used = self.token();
        match request(query, &variables, used.as_deref()).await {
            Err(ApiError::Unauthenticated) => {
                if !self.refresh_after(used).await {
                    return Err(ApiError::Unauthenticated);
                }
                let retried = request(query, &variables, self.token().as_deref()).await;
                if matches!(retried, Err(ApiError::Unauthenticated)) {
                    self.expire();
                }
                retried
            }
            other => other,
        }
    }

    /// On app start: a still-valid refresh cookie signs the user in.
    pub async fn resume(&self) {
        match auth::refresh_session().await {
            Ok(payload) => self.accept(payload),
            Err(_) => self.events.emit(AuthEvent::SignedOut),
        }
    }

    pub async fn login(&self, username: &str, password: &str) -> Result<(), ApiError> {
        let payload = auth::login(username, password).await?;
        self.accept(payload);
        Ok(())
    }

    pub async fn logout(&self) {
        let token = self.token();
        // The server forgets the refresh token and clears the cookie; if it
        // cannot be reached we still forget the access token here.
        let _ = auth::logout(token.as_deref()).await;
        *self.token.borrow_mut() = None;
        self.events.emit(AuthEvent::SignedOut);
    }

    fn expire(&self) {
        *self.token.borrow_mut() = None;
        self.events.emit(AuthEvent::Expired);
    }

    /// Gets a fresh access token unless another call already did since
    /// `stale` was used. Returns false (and expires the session) on failure.
    async fn refresh_after(&self, stale: Option<String>) -> bool {
        while self.refreshing.get() {
            TimeoutFuture::new(50).await;
        }
        let current = self.token();
        if current.is_some() && current != stale {
            return true;
        }
        self.refreshing.set(true);
        let result = auth::refresh_session().await;
        self.refreshing.set(false);
        match result {
            Ok(payload) => {
                self.accept(payload);
                true
            }
            Err(_) => {
                self.expire();
                false
            }
        }
    }
}
