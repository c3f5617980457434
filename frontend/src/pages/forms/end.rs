//! End an appointment without a successor (the node becomes a gap).

use yew::prelude::*;

use super::frame::FormFrame;
use super::{field_error, setter};
use crate::api::{end_appointment, Appointment};
use crate::components::TextField;
use crate::dates::today;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, K};

#[derive(Properties, PartialEq)]
pub struct EndFormProps {
    pub appointment: Appointment,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn EndForm(props: &EndFormProps) -> Html {
    let i18n = use_i18n();
    let end_date = use_state(today);
    let submit = use_submit();
    let onsubmit = {
        let (end_date, submit, on_done) = (end_date.clone(), submit.clone(), props.on_done.clone());
        let appointment = props.appointment.clone();
        Callback::from(move |()| {
            let (id, version, end) = (
                appointment.id.clone(),
                appointment.version,
                (*end_date).clone(),
            );
            submit.run(
                move |client| async move { end_appointment(&client, &id, version, &end).await },
                on_done.clone(),
            );
        })
    };
    html! {
        <FormFrame title={i18n.f(K::EndTitle, &[&props.appointment.person.name])}
            submit={K::EndAppointment} danger=true busy={submit.busy} error={submit.error.clone()}
            fields={&["endDate"][..]} {onsubmit} on_cancel={props.on_cancel.clone()}>
            <TextField id="end-date" label={i18n.t(K::EndDate)} kind="date"
                value={(*end_date).clone()} oninput={setter(&end_date)} required=true
                hint={i18n.t(K::EndHint)} error={field_error(&submit.error, "endDate")} />
        </FormFrame>
    }
}
