//! Record when an appointed person was trained and got their notebook
//! (the campaign's 05-30 deadline is about exactly these two dates).

use yew::prelude::*;

use super::frame::FormFrame;
use super::{field_error, setter};
use crate::api::{update_appointment_dates, Appointment};
use crate::components::TextField;
use crate::dates::optional;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, K};

#[derive(Properties, PartialEq)]
pub struct DatesFormProps {
    pub appointment: Appointment,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn DatesForm(props: &DatesFormProps) -> Html {
    let i18n = use_i18n();
    let a = &props.appointment;
    let training = use_state(|| a.training_date.clone().unwrap_or_default());
    let notebook = use_state(|| a.notebook_issued_date.clone().unwrap_or_default());
    let submit = use_submit();
    let onsubmit = {
        let (training, notebook) = (training.clone(), notebook.clone());
        let (submit, on_done, a) = (submit.clone(), props.on_done.clone(), a.clone());
        Callback::from(move |()| {
            let (id, version) = (a.id.clone(), a.version);
            let (t, n) = (optional(&training), optional(&notebook));
            submit.run(
                move |client| async move {
                    update_appointment_dates(&client, &id, version, t.as_deref(), n.as_deref())
                        .await
                },
                on_done.clone(),
            );
        })
    };
    html! {
        <FormFrame title={i18n.f(K::DatesTitle, &[&a.person.name])} submit={K::Save}
            busy={submit.busy} error={submit.error.clone()}
            fields={&["trainingDate", "notebookIssuedDate"][..]}
            {onsubmit} on_cancel={props.on_cancel.clone()}>
            <TextField id="dates-training" label={i18n.t(K::TrainingDate)} kind="date"
                value={(*training).clone()} oninput={setter(&training)}
                error={field_error(&submit.error, "trainingDate")} />
            <TextField id="dates-notebook" label={i18n.t(K::NotebookDate)} kind="date"
                value={(*notebook).clone()} oninput={setter(&notebook)}
                error={field_error(&submit.error, "notebookIssuedDate")} />
        </FormFrame>
    }
}
