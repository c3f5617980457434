//! Recording the county's decision on one proposal: the day (today by
//! default) and the reason. Shown only where the subject's
//! `allowedActions` has RECORD_SANCTION; a refusal shows by its key.

use yew::prelude::*;

use crate::api::{record_sanction, ApiError, NewSanction, SanctionKind};
use crate::components::{ErrorBanner, TextField};
use crate::dates::today;
use crate::device::uuid_v4;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, K, X};
use crate::pages::field::TextArea;

#[derive(Properties, PartialEq)]
pub struct DecideFormProps {
    pub kind: SanctionKind,
    pub subject_id: String,
    pub year: i32,
    pub on_decided: Callback<()>,
}

#[component]
pub fn DecideForm(props: &DecideFormProps) -> Html {
    let i18n = use_i18n();
    let open = use_state(|| false);
    let day = use_state(today);
    let reason = use_state(String::new);
    let key = use_state(uuid_v4);
    let submit = use_submit();
    if !*open {
        let open = open.clone();
        return html! {
            <button type="button" class="btn btn-primary btn-small decide-open"
                onclick={Callback::from(move |_: MouseEvent| open.set(true))}>
                { i18n.t(X::Decide) }
            </button>
        };
    }
    let onsubmit = {
        let (day, reason, key, submit, on_decided) = (
            day.clone(),
            reason.clone(),
            key.clone(),
            submit.clone(),
            props.on_decided.clone(),
        );
        let (kind, subject_id, year) = (props.kind, props.subject_id.clone(), props.year);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let new = NewSanction {
                kind,
                subject_id: subject_id.clone(),
                year,
                decided_on: (*day).clone(),
                reason: reason.trim().to_owned(),
                idempotency_key: (*key).clone(),
            };
            let on_decided = on_decided.clone();
            submit.run(
                move |client| async move {
                    record_sanction(&client, &new).await?;
                    Ok::<(), ApiError>(())
                },
                Callback::from(move |()| on_decided.emit(())),
            );
        })
    };
    let set = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    let cancel = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    html! {
        <form class="form inline-form decide-form" {onsubmit}>
            if let Some(err) = submit.error.clone() { <ErrorBanner error={err} /> }
            <TextField id={format!("decide-on-{}", props.subject_id)} label={i18n.t(X::DecisionDay)} kind="date"
                value={(*day).clone()} oninput={set(&day)} required=true />
            <TextArea id={format!("decide-reason-{}", props.subject_id)} label={i18n.t(X::DecisionReason)}
                value={(*reason).clone()} oninput={set(&reason)} required=true />
            <div class="form-actions">
                <button type="button" class="btn btn-secondary" onclick={cancel}>{ i18n.t(K::Cancel) }</button>
                <button type="submit" class="btn btn-primary decide-submit" disabled={submit.busy}>
                    { if submit.busy { i18n.t(K::Working) } else { i18n.t(X::Decide) } }
                </button>
            </div>
        </form>
    }
}
