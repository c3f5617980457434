//! The node's current village safety officer(s) or group liaison(s), with
//! appoint / replace / end / record-dates actions for editors.

use std::rc::Rc;

use yew::prelude::*;

use crate::api::{Appointment, AppointmentRole, NodeDetail};
use crate::i18n::{labels, use_i18n, I18n, K};
use crate::pages::forms::{AppointForm, DatesForm, EndForm, ReplaceForm};

#[derive(Properties, PartialEq)]
pub struct AppointmentsCardProps {
    pub node: Rc<NodeDetail>,
    pub can_edit: bool,
    pub on_change: Callback<()>,
}

/// Which form is open: at most one at a time.
#[derive(Clone, PartialEq)]
enum Open {
    None,
    Appoint,
    Replace(Appointment),
    End(Appointment),
    Dates(Appointment),
}

#[component]
pub fn AppointmentsCard(props: &AppointmentsCardProps) -> Html {
    let i18n = use_i18n();
    let open = use_state(|| Open::None);
    let node = &props.node;
    let role = node.level.appointment_role();
    let current: Vec<&Appointment> = node.appointments.iter().filter(|a| a.current).collect();

    let set_open = |next: Open| {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(next.clone()))
    };
    let on_done = {
        let (open, on_change) = (open.clone(), props.on_change.clone());
        Callback::from(move |()| {
            open.set(Open::None);
            on_change.emit(());
        })
    };
    let on_cancel = {
        let open = open.clone();
        Callback::from(move |()| open.set(Open::None))
    };
    let title = match role {
        Some(AppointmentRole::GroupLiaison) => K::GroupLiaisons,
        _ => K::VillageOfficers,
    };

    let rows = current.iter().map(|a| {
        let actions = props.can_edit.then(|| html! {
            <div class="row-actions">
                <button type="button" class="btn btn-small btn-secondary"
                    onclick={set_open(Open::Replace((*a).clone()))}>{ i18n.t(K::Replace) }</button>
                <button type="button" class="btn btn-small btn-secondary"
                    onclick={set_open(Open::Dates((*a).clone()))}>{ i18n.t(K::RecordDates) }</button>
                <button type="button" class="btn btn-small btn-danger-outline"
                    onclick={set_open(Open::End((*a).clone()))}>{ i18n.t(K::EndAppointment) }</button>
            </div>
        });
        appointment_row(&i18n, a, actions)
    });

    let form = match &*open {
        Open::None => Html::default(),
        Open::Appoint => match role {
            Some(role) => html! {
                <AppointForm node_id={node.id.clone()} {role} on_done={on_done.clone()}
                    on_cancel={on_cancel.clone()} />
            },
            None => Html::default(),
        },
        Open::Replace(a) => html! {
            <ReplaceForm appointment={a.clone()} node_id={node.id.clone()}
                on_done={on_done.clone()} on_cancel={on_cancel.clone()} />
        },
        Open::End(a) => html! {
            <EndForm appointment={a.clone()} on_done={on_done.clone()} on_cancel={on_cancel.clone()} />
        },
        Open::Dates(a) => html! {
            <DatesForm appointment={a.clone()} on_done={on_done.clone()} on_cancel={on_cancel.clone()} />
        },
    };

    html! {
        <section class="card appointments-card">
            <div class="card-head">
                <h2 class="card-title">{ i18n.t(title) }</h2>
                if props.can_edit && role.is_some() && *open == Open::None {
                    <button type="button" class="btn btn-primary btn-small" onclick={set_open(Open::Appoint)}>
                        { i18n.t(if role == Some(AppointmentRole::GroupLiaison) { K::AppointLiaison } else { K::AppointOfficer }) }
                    </button>
                }
            </div>
            if current.is_empty() {
                <div class="alert alert-warn">
                    { i18n.t(if role == Some(AppointmentRole::GroupLiaison) { K::NoLiaison } else { K::NoOfficer }) }
                </div>
            } else {
                <table class="table stack">
                    <thead>
                        <tr>
                            <th>{ i18n.t(K::Name) }</th>
                            <th>{ i18n.t(K::Phone) }</th>
                            <th>{ i18n.t(K::StartDate) }</th>
                            <th>{ i18n.t(K::TrainingDate) }</th>
                            <th>{ i18n.t(K::NotebookDate) }</th>
                            if props.can_edit { <th><span class="sr-only">{ i18n.t(K::Actions) }</span></th> }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
            { form }
        </section>
    }
}

fn appointment_row(i18n: &I18n, a: &Appointment, actions: Option<Html>) -> Html {
    let phone = &a.person.phone;
    // A masked number (138****1234) is not dialable.
    let phone_html = if phone.contains('*') {
        html! { <span class="mono">{ phone.clone() }</span> }
    } else {
        html! { <a class="mono" href={format!("tel:{phone}")}>{ phone.clone() }</a> }
    };
    let date = |d: &Option<String>, missing: K| match d {
        Some(d) => html! { <span>{ d.clone() }</span> },
        None => html! { <span class="chip chip-gap">{ i18n.t(missing) }</span> },
    };
    html! {
        <tr class="appointment" key={a.id.clone()}>
            <td data-label={i18n.t(K::Name)}>
                <span class="person-name">{ a.person.name.clone() }</span>
                if let Some(post) = a.person.auxiliary_post {
                    <span class="badge badge-post">{ labels::post(i18n, post) }</span>
                }
            </td>
            <td data-label={i18n.t(K::Phone)}>{ phone_html }</td>
            <td data-label={i18n.t(K::StartDate)}>{ a.start_date.clone() }</td>
            <td data-label={i18n.t(K::TrainingDate)}>{ date(&a.training_date, K::NotTrained) }</td>
            <td data-label={i18n.t(K::NotebookDate)}>{ date(&a.notebook_issued_date, K::NotIssued) }</td>
            if let Some(actions) = actions {
                <td class="cell-actions">{ actions }</td>
            }
        </tr>
    }
}
