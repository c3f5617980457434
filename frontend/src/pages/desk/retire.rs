//! Taking a vehicle off the register (注销): from today, with the reason.
//! The row stays, listed as retired, and the version before is kept.

use yew::prelude::*;

use crate::api::{retire_vehicle, DeskRecord};
use crate::components::TextField;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, D, K, R};
use crate::pages::forms::FormFrame;

const FIELDS: &[&str] = &["reason"];

#[derive(Properties, PartialEq)]
pub struct RetireFormProps {
    pub record: DeskRecord,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn RetireForm(props: &RetireFormProps) -> Html {
    let i18n = use_i18n();
    let reason = use_state(String::new);
    let missing = use_state(|| false);
    let submit = use_submit();
    let on_reason = {
        let reason = reason.clone();
        Callback::from(move |v: String| reason.set(v))
    };
    let onsubmit = {
        let (id, reason, missing, submit, done) = (
            props.record.id.clone(),
            reason.clone(),
            missing.clone(),
            submit.clone(),
            props.on_done.clone(),
        );
        Callback::from(move |()| {
            let why = reason.trim().to_owned();
            if why.is_empty() {
                return missing.set(true);
            }
            missing.set(false);
            let id = id.clone();
            submit.run(
                move |client| async move { retire_vehicle(&client, &id, &why).await },
                done.clone(),
            );
        })
    };
    let error = if *missing {
        Some(AttrValue::from(i18n.t(R::ReasonRequired)))
    } else {
        submit
            .error
            .as_ref()
            .and_then(|e| e.field_message("reason", &i18n))
            .map(AttrValue::from)
    };
    let plate = props.record.text("plate");
    html! {
        <FormFrame title={i18n.t(D::RetireTitle)} submit={K::Save} busy={submit.busy} danger=true
            confirm={Some(AttrValue::from(i18n.f(D::RetireConfirm, &[&plate])))}
            error={submit.error.clone()} fields={FIELDS} {onsubmit} on_cancel={props.on_cancel.clone()}>
            <TextField id="retire-reason" label={i18n.t(D::RetiredReason)} value={(*reason).clone()}
                oninput={on_reason} required=true {error} />
        </FormFrame>
    }
}
