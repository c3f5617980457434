//! Replace an officer: the current appointment ends on a date and a new
//! person's starts. History stays on the server.

use yew::prelude::*;

use super::frame::FormFrame;
use super::person_fields::{DateFields, PersonDraft, PersonFields, PERSON_FIELDS};
use super::{field_error, setter};
use crate::api::{replace_appointment, Appointment, AppointmentDates};
use crate::components::TextField;
use crate::dates::today;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, K};

#[derive(Properties, PartialEq)]
pub struct ReplaceFormProps {
    pub appointment: Appointment,
    pub node_id: String,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn ReplaceForm(props: &ReplaceFormProps) -> Html {
    let i18n = use_i18n();
    let end_date = use_state(today);
    let person = use_state(PersonDraft::default);
    let dates = use_state(|| AppointmentDates {
        start_date: today(),
        ..AppointmentDates::default()
    });
    let submit = use_submit();

    let onsubmit = {
        let (end_date, person, dates) = (end_date.clone(), person.clone(), dates.clone());
        let (submit, on_done) = (submit.clone(), props.on_done.clone());
        let (appointment, node_id) = (props.appointment.clone(), props.node_id.clone());
        Callback::from(move |()| {
            let input = person.to_input(&node_id);
            let (id, version) = (appointment.id.clone(), appointment.version);
            let (end, dates) = ((*end_date).clone(), (*dates).clone());
            submit.run(
                move |client| async move {
                    replace_appointment(&client, &id, version, &end, &input, &dates)
                        .await
                        .map(|_| ())
                },
                on_done.clone(),
            );
        })
    };
    html! {
        <FormFrame title={i18n.f(K::ReplaceTitle, &[&props.appointment.person.name])}
            submit={K::Replace} busy={submit.busy} error={submit.error.clone()}
            fields={PERSON_FIELDS} {onsubmit} on_cancel={props.on_cancel.clone()}>
            <TextField id="replace-end" label={i18n.t(K::EndDate)} kind="date"
                value={(*end_date).clone()} oninput={setter(&end_date)} required=true
                hint={i18n.t(K::ReplaceEndHint)} error={field_error(&submit.error, "endDate")} />
            <p class="form-section">{ i18n.t(K::Successor) }</p>
            <PersonFields prefix="replace" draft={(*person).clone()}
                onchange={let p = person.clone(); Callback::from(move |d| p.set(d))}
                error={submit.error.clone()} />
            <DateFields prefix="replace" dates={(*dates).clone()}
                onchange={let d = dates.clone(); Callback::from(move |v| d.set(v))}
                error={submit.error.clone()} />
        </FormFrame>
    }
}
