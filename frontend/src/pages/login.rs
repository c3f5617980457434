//! Sign-in. Shown on any URL while signed out. With TOTP on, the password
//! step is followed by a code step (`LoginStep::SecondFactor`).

use yew::prelude::*;

use crate::api::{ApiError, LoginStep};
use crate::components::{ErrorBanner, TextField};
use crate::i18n::{use_i18n, K, S};
use crate::session::use_session;

#[derive(Properties, PartialEq)]
pub struct LoginPageProps {
    /// The session ended (token could not be refreshed).
    #[prop_or_default]
    pub expired: bool,
}

#[component]
pub fn LoginPage(props: &LoginPageProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let username = use_state(String::new);
    let password = use_state(String::new);
    let busy = use_state(|| false);
    let error = use_state(|| None::<ApiError>);
    // Set once the password was right and a code is due.
    let challenge = use_state(|| None::<String>);
    let code = use_state(String::new);

    let onsubmit = {
        let (username, password) = (username.clone(), password.clone());
        let (busy, error) = (busy.clone(), error.clone());
        let (challenge, code) = (challenge.clone(), code.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(session) = session.clone() else {
                return;
            };
            if *busy {
                return;
            }
            busy.set(true);
            error.set(None);
            let (user, pass) = (username.trim().to_owned(), (*password).clone());
            let (pending, typed) = ((*challenge).clone(), code.trim().to_owned());
            let (busy, error, challenge) = (busy.clone(), error.clone(), challenge.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = match pending {
                    Some(token) => session.client.login_second_factor(&token, &typed).await,
                    None => match session.client.login(&user, &pass).await {
                        Ok(LoginStep::SecondFactor(token)) => {
                            challenge.set(Some(token));
                            Ok(())
                        }
                        Ok(LoginStep::SignedIn) => Ok(()),
                        Err(err) => Err(err),
                    },
                };
                busy.set(false);
                if let Err(err) = result {
                    // A dead challenge (expired, or the account locked):
                    // back to the password.
                    if err == ApiError::Unauthenticated {
                        challenge.set(None);
                    }
                    error.set(Some(err));
                }
            });
        })
    };
    let back = {
        let (challenge, code, error) = (challenge.clone(), code.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            challenge.set(None);
            code.set(String::new());
            error.set(None);
        })
    };
    let second_step = challenge.is_some();

    // Login has its own wording: UNAUTHENTICATED here means wrong credentials.
    let message = error.as_ref().map(|err| match err {
        ApiError::Unauthenticated => html! {
            <div class="alert alert-error" role="alert">{ i18n.t(K::LoginWrong) }</div>
        },
        ApiError::RateLimited => html! {
            <div class="alert alert-error" role="alert">{ i18n.t(S::LoginSlowed) }</div>
        },
        ApiError::Forbidden => html! {
            <div class="alert alert-error" role="alert">{ i18n.t(K::LoginDisabled) }</div>
        },
        e if second_step && e.is_for_field(&["code"]) => html! {
            <div class="alert alert-error" role="alert">{ i18n.t(S::CodeWrong) }</div>
        },
        other => html! { <ErrorBanner error={other.clone()} /> },
    });
    let on_lang = {
        let i18n = i18n.clone();
        Callback::from(move |_: MouseEvent| i18n.set_lang(i18n.lang.other()))
    };

    html! {
        <div class="login-screen">
            <div class="login-lang">
                <button id="lang-switch" class="btn btn-ghost btn-small" type="button" onclick={on_lang}
                    title={i18n.t(K::LangSwitchTitle)}>
                    { i18n.t(K::LangSwitch) }
                </button>
            </div>
            <div class="login-card card">
                <div class="login-brand">
                    <img src="/icon.svg" alt="" width="56" height="56" />
                    <h1>{ i18n.t(K::AppName) }</h1>
                    <p class="muted">{ i18n.t(K::AppTagline) }</p>
                </div>
                if props.expired && error.is_none() {
                    <div class="alert alert-info" role="status">{ i18n.t(K::SessionExpired) }</div>
                }
                { message.unwrap_or_default() }
                if second_step {
                    <form class="form" {onsubmit}>
                        <h2 class="card-title">{ i18n.t(S::SecondFactorTitle) }</h2>
                        <p class="muted">{ i18n.t(S::SecondFactorHint) }</p>
                        <TextField id="second-factor-code" label={i18n.t(S::Code)} value={(*code).clone()}
                            oninput={let s = code.clone(); Callback::from(move |v| s.set(v))}
                            required=true autocomplete="one-time-code" />
                        <button id="second-factor-submit" class="btn btn-primary btn-block" type="submit"
                            disabled={*busy}>
                            { i18n.t(if *busy { S::Verifying } else { S::Verify }) }
                        </button>
                        <button type="button" class="btn btn-ghost btn-block" onclick={back}>
                            { i18n.t(S::BackToLogin) }
                        </button>
                    </form>
                } else {
                    <form class="form" {onsubmit}>
                        <TextField id="username" label={i18n.t(K::Username)} value={(*username).clone()}
                            oninput={let s = username.clone(); Callback::from(move |v| s.set(v))}
                            required=true autocomplete="username" />
                        <TextField id="password" label={i18n.t(K::Password)} kind="password"
                            value={(*password).clone()}
                            oninput={let s = password.clone(); Callback::from(move |v| s.set(v))}
                            required=true autocomplete="current-password" />
                        <button id="login-submit" class="btn btn-primary btn-block" type="submit"
                            disabled={*busy}>
                            { i18n.t(if *busy { K::LoggingIn } else { K::Login }) }
                        </button>
                    </form>
                }
            </div>
            <p class="login-footer muted">{ i18n.t(K::Footer) }</p>
        </div>
    }
}
