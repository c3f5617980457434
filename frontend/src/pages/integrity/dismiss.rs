//! Dismissing a signal with the reason it is not what it looks like (a
//! husband and wife sharing one phone). Shown only where the signal's
//! `allowedActions` has DISMISS_INTEGRITY_SIGNAL; a refusal shows by its
//! key.

use yew::prelude::*;

use crate::api::{dismiss_integrity_signal, ApiError};
use crate::components::ErrorBanner;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, I, K};
use crate::pages::field::TextArea;

#[derive(Properties, PartialEq)]
pub struct DismissFormProps {
    pub signal_id: String,
    pub on_dismissed: Callback<()>,
}

#[component]
pub fn DismissForm(props: &DismissFormProps) -> Html {
    let i18n = use_i18n();
    let open = use_state(|| false);
    let reason = use_state(String::new);
    let missing = use_state(|| false);
    let submit = use_submit();
    if !*open {
        let open = open.clone();
        return html! {
            <button type="button" class="btn btn-secondary btn-small dismiss-open no-print"
                onclick={Callback::from(move |_: MouseEvent| open.set(true))}>
                { i18n.t(I::Dismiss) }
            </button>
        };
    }
    let onsubmit = {
        let (reason, missing, submit, on_dismissed) = (
            reason.clone(),
            missing.clone(),
            submit.clone(),
            props.on_dismissed.clone(),
        );
        let id = props.signal_id.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = reason.trim().to_owned();
            // The server refuses an empty reason too; say so before asking.
            missing.set(text.is_empty());
            if text.is_empty() {
                return;
            }
            let (id, on_dismissed) = (id.clone(), on_dismissed.clone());
            submit.run(
                move |client| async move {
                    dismiss_integrity_signal(&client, &id, &text).await?;
                    Ok::<(), ApiError>(())
                },
                Callback::from(move |()| on_dismissed.emit(())),
            );
        })
    };
    let oninput = {
        let reason = reason.clone();
        Callback::from(move |v: String| reason.set(v))
    };
    let cancel = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    let error = missing.then(|| AttrValue::from(i18n.t(I::ReasonRequired)));
    html! {
        <form class="form inline-form dismiss-form no-print" {onsubmit}>
            if let Some(err) = submit.error.clone() { <ErrorBanner error={err} /> }
            <TextArea id={format!("dismiss-reason-{}", props.signal_id)} label={i18n.t(I::DismissReason)}
                value={(*reason).clone()} {oninput} required=true {error} />
            <div class="form-actions">
                <button type="button" class="btn btn-secondary" onclick={cancel}>{ i18n.t(K::Cancel) }</button>
                <button type="submit" class="btn btn-primary dismiss-submit" disabled={submit.busy}>
                    { if submit.busy { i18n.t(K::Working) } else { i18n.t(I::DismissSubmit) } }
                </button>
            </div>
        </form>
    }
}
