//! Set a new password for someone else's account (they forgot theirs).
//! Asks before sending: the account's sessions end at once.

use yew::prelude::*;

use super::frame::FormFrame;
use super::{field_error, setter};
use crate::api::{reset_account_password, AccountItem};
use crate::components::TextField;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, K};

#[derive(Properties, PartialEq)]
pub struct ResetPasswordFormProps {
    pub account: AccountItem,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn ResetPasswordForm(props: &ResetPasswordFormProps) -> Html {
    let i18n = use_i18n();
    let password = use_state(String::new);
    let again = use_state(String::new);
    let mismatch = use_state(|| false);
    let submit = use_submit();
    let a = &props.account;

    let onsubmit = {
        let (password, again, mismatch) = (password.clone(), again.clone(), mismatch.clone());
        let (submit, on_done, id) = (submit.clone(), props.on_done.clone(), a.id.clone());
        Callback::from(move |()| {
            if *password != *again {
                mismatch.set(true);
                return;
            }
            mismatch.set(false);
            let (id, new) = (id.clone(), (*password).clone());
            submit.run(
                move |client| async move { reset_account_password(&client, &id, &new).await },
                on_done.clone(),
            );
        })
    };
    // Ask only once the two entries agree; otherwise say so at the field.
    let ready = !password.is_empty() && *password == *again;
    let confirm = ready.then(|| AttrValue::from(i18n.f(K::ResetPasswordConfirm, &[&a.username])));
    let new_error = if *mismatch {
        Some(AttrValue::from(i18n.t(K::PasswordMismatch)))
    } else {
        // The policy check names the field `password`.
        field_error(&submit.error, "newPassword").or_else(|| field_error(&submit.error, "password"))
    };
    html! {
        <FormFrame title={i18n.f(K::ResetPasswordTitle, &[&a.username])} submit={K::ResetPassword}
            danger=true busy={submit.busy} error={submit.error.clone()}
            fields={&["newPassword", "password"][..]} {confirm} {onsubmit} on_cancel={props.on_cancel.clone()}>
            <TextField id="reset-password" label={i18n.t(K::NewPassword)} kind="password"
                value={(*password).clone()} oninput={setter(&password)} required=true
                autocomplete="new-password" hint={i18n.t(K::PasswordHint)} error={new_error} />
            <TextField id="reset-password-again" label={i18n.t(K::ConfirmPassword)} kind="password"
                value={(*again).clone()} oninput={setter(&again)} required=true
                autocomplete="new-password" />
        </FormFrame>
    }
}
