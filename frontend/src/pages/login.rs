//! Sign-in. Shown on any URL while signed out.

use yew::prelude::*;

use crate::api::ApiError;
use crate::components::{ErrorBanner, TextField};
use crate::i18n::{use_i18n, K};
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

    let onsubmit = {
        let (username, password) = (username.clone(), password.clone());
        let (busy, error) = (busy.clone(), error.clone());
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
            let (busy, error) = (busy.clone(), error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = session.client.login(&user, &pass).await;
                busy.set(false);
                if let Err(err) = result {
                    error.set(Some(err));
                }
            });
        })
    };

    // Login has its own wording: UNAUTHENTICATED here means wrong credentials.
    let message = error.as_ref().map(|err| match err {
        ApiError::Unauthenticated => html! {
            <div class="alert alert-error" role="alert">{ i18n.t(K::LoginWrong) }</div>
        },
        ApiError::RateLimited => html! {
            <div class="alert alert-error" role="alert">{ i18n.t(K::LoginLocked) }</div>
        },
        ApiError::Forbidden => html! {
            <div class="alert alert-error" role="alert">{ i18n.t(K::LoginDisabled) }</div>
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
            </div>
            <p class="login-footer muted">{ i18n.t(K::Footer) }</p>
        </div>
    }
}
