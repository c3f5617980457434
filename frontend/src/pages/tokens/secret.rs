//! The new token's secret, shown this once in a box to copy from, with a
//! warning that it cannot be seen again.

use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api::CreatedApiToken;
use crate::i18n::{use_i18n, K};

#[derive(Properties, PartialEq)]
pub struct TokenSecretProps {
    pub created: CreatedApiToken,
    pub on_close: Callback<()>,
}

#[derive(Clone, Copy, PartialEq)]
enum Copy {
    Not,
    Done,
    Failed,
}

#[component]
pub fn TokenSecret(props: &TokenSecretProps) -> Html {
    let i18n = use_i18n();
    let copied = use_state(|| Copy::Not);
    let input = use_node_ref();

    let on_copy = {
        let (copied, input, token) = (copied.clone(), input.clone(), props.created.token.clone());
        Callback::from(move |_: MouseEvent| {
            // Selected text can still be copied by hand if the API refuses.
            if let Some(el) = input.cast::<HtmlInputElement>() {
                el.select();
            }
            let Some(window) = web_sys::window() else {
                copied.set(Copy::Failed);
                return;
            };
            let promise = window.navigator().clipboard().write_text(&token);
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(match JsFuture::from(promise).await {
                    Ok(_) => Copy::Done,
                    Err(_) => Copy::Failed,
                });
            });
        })
    };
    let on_focus = Callback::from(|e: FocusEvent| {
        e.target_unchecked_into::<HtmlInputElement>().select();
    });
    let close = {
        let cb = props.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <div class="token-secret" role="region" aria-labelledby="token-secret-title">
            <h3 id="token-secret-title" class="form-title">
                { i18n.f(K::TokenCreated, &[&props.created.api_token.name]) }
            </h3>
            <div class="alert alert-warn" role="alert"><strong>{ i18n.t(K::TokenOnce) }</strong></div>
            <label class="field-label" for="new-token">{ i18n.t(K::TokenLabel) }</label>
            <div class="copy-row">
                <input id="new-token" ref={input} class="input mono" type="text" readonly=true
                    value={props.created.token.clone()} onfocus={on_focus} spellcheck="false" />
                <button id="copy-token" type="button" class="btn btn-primary" onclick={on_copy}>
                    { i18n.t(if *copied == Copy::Done { K::Copied } else { K::Copy }) }
                </button>
            </div>
            if *copied == Copy::Failed {
                <p class="field-error" role="alert">{ i18n.t(K::CopyFailed) }</p>
            }
            <p class="field-hint mono-hint">{ i18n.t(K::TokenUsage) }</p>
            <div class="form-actions">
                <button id="token-done" type="button" class="btn btn-secondary" onclick={close}>
                    { i18n.t(K::Done) }
                </button>
            </div>
        </div>
    }
}
