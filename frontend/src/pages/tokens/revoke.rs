//! The question asked before a token is revoked: revoking cannot be undone
//! and the dashboards using it stop at once.

use yew::prelude::*;

use crate::api::ApiToken;
use crate::i18n::{use_i18n, K};

#[derive(Properties, PartialEq)]
pub struct RevokeQuestionProps {
    pub token: ApiToken,
    pub busy: bool,
    pub on_confirm: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn RevokeQuestion(props: &RevokeQuestionProps) -> Html {
    let i18n = use_i18n();
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let confirm = props.on_confirm.reform(|_: MouseEvent| ());
    html! {
        <div class="inline-form confirm-panel" role="alertdialog" aria-labelledby="revoke-q">
            <p id="revoke-q" class="alert alert-warn">
                { i18n.f(K::RevokeConfirm, &[&props.token.name]) }
            </p>
            <div class="form-actions">
                <button type="button" class="btn btn-secondary" onclick={cancel}>
                    { i18n.t(K::Cancel) }
                </button>
                <button id="confirm-revoke" type="button" class="btn btn-danger"
                    disabled={props.busy} onclick={confirm}>
                    { i18n.f(K::ConfirmDo, &[&i18n.t(K::Revoke)]) }
                </button>
            </div>
        </div>
    }
}
