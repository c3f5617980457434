//! Appoint a new person as this village's officer, this group's liaison or
//! one of this township's leaders (one of them in charge of safety, 分管安全).

use yew::prelude::*;

use super::frame::FormFrame;
use super::person_fields::{DateFields, PersonDraft, PersonFields, PERSON_FIELDS};
use crate::api::{appoint, appoint_input, AppointmentDates, AppointmentRole};
use crate::components::CheckField;
use crate::dates::today;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, K, M};

#[derive(Properties, PartialEq)]
pub struct AppointFormProps {
    pub node_id: String,
    pub role: AppointmentRole,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn AppointForm(props: &AppointFormProps) -> Html {
    let i18n = use_i18n();
    let person = use_state(PersonDraft::default);
    let dates = use_state(|| AppointmentDates {
        start_date: today(),
        ..AppointmentDates::default()
    });
    let safety = use_state(|| false);
    let submit = use_submit();

    let onsubmit = {
        let (person, dates, safety, submit) = (
            person.clone(),
            dates.clone(),
            safety.clone(),
            submit.clone(),
        );
        let (node_id, role, on_done) = (props.node_id.clone(), props.role, props.on_done.clone());
        Callback::from(move |()| {
            let input = appoint_input(&node_id, role, &person.to_input(&node_id), &dates, *safety);
            submit.run(
                move |client| async move { appoint(&client, input).await.map(|_| ()) },
                on_done.clone(),
            );
        })
    };
    let leader = props.role == AppointmentRole::TownshipLeader;
    let title = match props.role {
        AppointmentRole::VillageOfficer => K::AppointOfficer,
        AppointmentRole::GroupLiaison => K::AppointLiaison,
        AppointmentRole::TownshipLeader => K::AppointLeader,
    };
    html! {
        <FormFrame title={i18n.t(title)} submit={K::Appoint} busy={submit.busy}
            error={submit.error.clone()} fields={PERSON_FIELDS}
            {onsubmit} on_cancel={props.on_cancel.clone()}>
            <PersonFields prefix="appoint" draft={(*person).clone()}
                onchange={let p = person.clone(); Callback::from(move |d| p.set(d))}
                error={submit.error.clone()} />
            <DateFields prefix="appoint" dates={(*dates).clone()}
                onchange={let d = dates.clone(); Callback::from(move |v| d.set(v))}
                error={submit.error.clone()} />
            if leader {
                <CheckField id="appoint-safety" label={i18n.t(M::InChargeOfSafety)}
                    checked={*safety}
                    onchange={let s = safety.clone(); Callback::from(move |on| s.set(on))} />
            }
        </FormFrame>
    }
}
