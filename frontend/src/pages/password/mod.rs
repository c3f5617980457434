//! Change one's own password, and turn the TOTP second factor on or off.
//! While the server wants a step done first (a password someone else set,
//! or TOTP that the role requires), this is the only page the app shows.

mod totp;

use yew::prelude::*;

use crate::api::{change_password, ApiError};
use crate::components::{ErrorBanner, TextField};
use crate::hooks::use_submit;
use crate::i18n::{labels, use_i18n, K, S};
use crate::session::use_session;
use totp::TotpSection;

#[component]
pub fn PasswordPage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let me = session.as_ref().and_then(|s| s.me());
    let must_change = me.as_ref().is_some_and(|m| m.must_change_password);
    let must_enroll = me
        .as_ref()
        .is_some_and(|m| !m.must_change_password && m.totp_required && !m.totp_enabled);
    let current = use_state(String::new);
    let new = use_state(String::new);
    let confirm = use_state(String::new);
    let mismatch = use_state(|| false);
    let done = use_state(|| false);
    let submit = use_submit();

    let onsubmit = {
        let (current, new, confirm) = (current.clone(), new.clone(), confirm.clone());
        let (mismatch, done, submit) = (mismatch.clone(), done.clone(), submit.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            done.set(false);
            if *new != *confirm {
                mismatch.set(true);
                return;
            }
            mismatch.set(false);
            let (cur, next) = ((*current).clone(), (*new).clone());
            let on_ok = {
                let (current, new, confirm, done) =
                    (current.clone(), new.clone(), confirm.clone(), done.clone());
                Callback::from(move |()| {
                    current.set(String::new());
                    new.set(String::new());
                    confirm.set(String::new());
                    done.set(true);
                })
            };
            submit.run(
                move |client| async move { change_password(&client, &cur, &next).await },
                on_ok,
            );
        })
    };

    let err = submit.error.clone();
    // A wrong current password comes back as UNAUTHENTICATED or as a
    // BAD_USER_INPUT on `currentPassword`; both belong to that field.
    let current_error = match &err {
        Some(ApiError::Unauthenticated) => Some(i18n.t(K::CurrentPasswordWrong).into()),
        Some(e) => e
            .field_message("currentPassword", &i18n)
            .map(AttrValue::from),
        None => None,
    };
    let new_error = if *mismatch {
        Some(AttrValue::from(i18n.t(K::PasswordMismatch)))
    } else {
        err.as_ref()
            .and_then(|e| {
                e.field_message("newPassword", &i18n)
                    .or_else(|| e.field_message("password", &i18n))
            })
            .map(AttrValue::from)
    };
    let banner = err.filter(|e| {
        *e != ApiError::Unauthenticated
            && !e.is_for_field(&["currentPassword", "newPassword", "password"])
    });
    let set = |h: &UseStateHandle<String>| {
        let h = h.clone();
        Callback::from(move |v| h.set(v))
    };

    // The server ended every session with the change: sign in again.
    let sign_in_again = {
        let session = session.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = session.clone() {
                wasm_bindgen_futures::spawn_local(async move { s.client.logout().await });
            }
        })
    };

    html! {
        <>
        if must_change {
            <div class="alert alert-info narrow" role="status">
                <strong>{ i18n.t(S::MustChangeTitle) }</strong>{ " " }{ i18n.t(S::MustChangeHint) }
            </div>
        }
        if must_enroll {
            <div class="alert alert-info narrow" role="status">
                <strong>{ i18n.t(S::MustEnrollTitle) }</strong>{ " " }{ i18n.t(S::MustEnrollHint) }
            </div>
        }
        <section class="card narrow">
            <h1 class="card-title">{ i18n.t(K::ChangePassword) }</h1>
            if *done {
                <div class="alert alert-success" role="status">
                    { i18n.t(S::PasswordChangedSignIn) }{ " " }
                    <button type="button" class="btn btn-small btn-primary" onclick={sign_in_again}>
                        { i18n.t(K::Login) }
                    </button>
                </div>
            }
            if let Some(e) = banner {
                <ErrorBanner error={e} />
            }
            <form class="form" {onsubmit}>
                <TextField id="current-password" label={i18n.t(K::CurrentPassword)} kind="password"
                    value={(*current).clone()} oninput={set(&current)} required=true
                    autocomplete="current-password" error={current_error} />
                <TextField id="new-password" label={i18n.t(K::NewPassword)} kind="password"
                    value={(*new).clone()} oninput={set(&new)} required=true
                    autocomplete="new-password" hint={i18n.t(K::PasswordHint)} error={new_error} />
                <TextField id="confirm-password" label={i18n.t(K::ConfirmPassword)} kind="password"
                    value={(*confirm).clone()} oninput={set(&confirm)} required=true
                    autocomplete="new-password" />
                <div class="form-actions">
                    <button class="btn btn-primary" type="submit" disabled={submit.busy}>
                        { labels::submit_text(&i18n, submit.busy, K::Save) }
                    </button>
                </div>
            </form>
        </section>
        if !must_change {
            if let Some(me) = me {
                <TotpSection enabled={me.totp_enabled} required={me.totp_required}
                    username={me.username.clone()} />
            }
        }
        </>
    }
}
