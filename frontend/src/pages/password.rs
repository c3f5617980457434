//! Change one's own password.

use yew::prelude::*;

use crate::api::{change_password, ApiError};
use crate::components::{ErrorBanner, TextField};
use crate::hooks::use_submit;
use crate::i18n::{labels, use_i18n, K};

#[component]
pub fn PasswordPage() -> Html {
    let i18n = use_i18n();
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

    html! {
        <section class="card narrow">
            <h1 class="card-title">{ i18n.t(K::ChangePassword) }</h1>
            if *done {
                <div class="alert alert-success" role="status">{ i18n.t(K::PasswordChanged) }</div>
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
    }
}
