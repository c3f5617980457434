//! Turning the TOTP second factor on (a secret and its otpauth URI shown as
//! text, a first code to confirm, recovery codes shown once) and off
//! (password and a code). Not offered to turn off when the role requires it.

use yew::prelude::*;

use crate::api::{begin_totp_enrollment, confirm_totp_enrollment, disable_totp, TotpEnrollment};
use crate::components::{ErrorBanner, TextField};
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, K, S};
use crate::session::use_session;

#[derive(Properties, PartialEq)]
pub struct TotpSectionProps {
    pub enabled: bool,
    pub required: bool,
    pub username: AttrValue,
}

#[component]
pub fn TotpSection(props: &TotpSectionProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let enrollment = use_state(|| None::<TotpEnrollment>);
    let recovery = use_state(Vec::<String>::new);
    let code = use_state(String::new);
    let password = use_state(String::new);
    let note = use_state(|| None::<S>);
    let submit = use_submit();

    // `me` changes with TOTP (and with it what the app lets the user do).
    let reload_me = {
        let session = session.clone();
        move || {
            if let Some(s) = session.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = s.client.reload_me().await;
                });
            }
        }
    };
    let begin = {
        let (submit, enrollment, note) = (submit.clone(), enrollment.clone(), note.clone());
        Callback::from(move |_: MouseEvent| {
            note.set(None);
            let enrollment = enrollment.clone();
            submit.run(
                move |client| async move {
                    enrollment.set(Some(begin_totp_enrollment(&client).await?));
                    Ok(())
                },
                Callback::noop(),
            );
        })
    };
    let confirm = {
        let (submit, enrollment, recovery) = (submit.clone(), enrollment.clone(), recovery.clone());
        let (code, note, reload_me) = (code.clone(), note.clone(), reload_me.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (typed, recovery_out) = (code.trim().to_owned(), recovery.clone());
            let (enrollment, code, note, reload_me) = (
                enrollment.clone(),
                code.clone(),
                note.clone(),
                reload_me.clone(),
            );
            submit.run(
                move |client| async move {
                    recovery_out.set(confirm_totp_enrollment(&client, &typed).await?);
                    Ok(())
                },
                Callback::from(move |()| {
                    enrollment.set(None);
                    code.set(String::new());
                    note.set(Some(S::TotpEnabled));
                    reload_me();
                }),
            );
        })
    };
    let turn_off = {
        let (submit, code, password, note) =
            (submit.clone(), code.clone(), password.clone(), note.clone());
        let (recovery, reload_me) = (recovery.clone(), reload_me.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (pw, typed) = ((*password).clone(), code.trim().to_owned());
            let (code, password, note, recovery, reload_me) = (
                code.clone(),
                password.clone(),
                note.clone(),
                recovery.clone(),
                reload_me.clone(),
            );
            submit.run(
                move |client| async move { disable_totp(&client, &pw, &typed).await },
                Callback::from(move |()| {
                    code.set(String::new());
                    password.set(String::new());
                    recovery.set(Vec::new());
                    note.set(Some(S::TotpDisabled));
                    reload_me();
                }),
            );
        })
    };
    let set = |h: &UseStateHandle<String>| {
        let h = h.clone();
        Callback::from(move |v| h.set(v))
    };
    let err = submit.error.clone();
    let field = |name: &str| {
        err.as_ref()
            .and_then(|e| e.field_message(name, &i18n))
            .map(AttrValue::from)
    };
    let code_error = err
        .as_ref()
        .filter(|e| e.is_for_field(&["code"]))
        .map(|_| AttrValue::from(i18n.t(S::CodeWrong)));
    let banner = err
        .clone()
        .filter(|e| !e.is_for_field(&["code", "currentPassword"]));

    let body = if let Some(e) = &*enrollment {
        html! {
            <form class="form" onsubmit={confirm}>
                <p>{ i18n.t(S::TotpScanHint) }</p>
                <p class="muted">{ i18n.t(S::TotpSecret) }</p>
                <p><code id="totp-secret">{ e.secret.clone() }</code></p>
                <p class="muted">{ i18n.t(S::TotpUri) }</p>
                <p><code id="totp-uri" class="break-all">{ e.otpauth_uri.clone() }</code></p>
                <TextField id="totp-confirm-code" label={i18n.t(S::Code)} value={(*code).clone()}
                    oninput={set(&code)} required=true autocomplete="one-time-code" error={code_error} />
                <div class="form-actions">
                    <button class="btn btn-primary" type="submit" disabled={submit.busy}>
                        { i18n.t(if submit.busy { S::Verifying } else { S::TotpConfirm }) }
                    </button>
                </div>
            </form>
        }
    } else if props.enabled && !props.required {
        html! {
            <form class="form" onsubmit={turn_off}>
                <p class="muted">{ i18n.t(S::TotpOffHint) }</p>
                <TextField id="totp-off-password" label={i18n.t(K::CurrentPassword)} kind="password"
                    value={(*password).clone()} oninput={set(&password)} required=true
                    autocomplete="current-password" error={field("currentPassword")} />
                <TextField id="totp-off-code" label={i18n.t(S::Code)} value={(*code).clone()}
                    oninput={set(&code)} required=true autocomplete="one-time-code" error={code_error} />
                <div class="form-actions">
                    <button class="btn btn-danger-outline" type="submit" disabled={submit.busy}>
                        { i18n.t(S::TotpTurnOff) }
                    </button>
                </div>
            </form>
        }
    } else if props.enabled {
        html! { <p class="muted">{ i18n.t(S::TotpRequiredNote) }</p> }
    } else {
        html! {
            <div class="form-actions">
                <button id="totp-begin" type="button" class="btn btn-primary" onclick={begin}
                    disabled={submit.busy}>
                    { i18n.t(S::TotpTurnOn) }
                </button>
            </div>
        }
    };

    html! {
        <section class="card narrow totp">
            <h2 class="card-title">{ i18n.t(S::TotpSection) }</h2>
            <p>{ i18n.t(if props.enabled { S::TotpOn } else { S::TotpOff }) }</p>
            if let Some(n) = *note {
                <div class="alert alert-success" role="status">{ i18n.t(n) }</div>
            }
            if !recovery.is_empty() {
                <div class="alert alert-info" role="status">
                    <strong>{ i18n.t(S::RecoveryCodesTitle) }</strong>
                    <p>{ i18n.t(S::RecoveryCodesHint) }</p>
                    <ul id="recovery-codes">
                        { for recovery.iter().map(|c| html! { <li><code>{ c.clone() }</code></li> }) }
                    </ul>
                </div>
            }
            if let Some(e) = banner {
                <ErrorBanner error={e} />
            }
            { body }
        </section>
    }
}
