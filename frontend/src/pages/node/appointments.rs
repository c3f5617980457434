//! The node's current village safety officer(s), group liaison(s) or
//! township leaders, with appoint / replace / end / record-dates actions
//! for editors (and, for a leader, the duty report and the assigned
//! villages), and on demand the former ones (历任), greyed, with their end
//! dates.

use std::rc::Rc;

use yew::prelude::*;

use crate::api::{node_appointments, Action, Appointment, AppointmentRole, Level, NodeDetail};
use crate::components::{ErrorBanner, Loading};
use crate::dates::this_month;
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, K, M};
use crate::pages::forms::{
    AppointForm, AssignVillagesForm, DatesForm, DutyReportForm, EndForm, ReplaceForm,
};

use super::appointment_row::appointment_row;

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
    /// A township leader's monthly duty report.
    DutyReport(Appointment),
    /// A township leader's villages (挂包村).
    Assign(Appointment),
}

#[component]
pub fn AppointmentsCard(props: &AppointmentsCardProps) -> Html {
    let i18n = use_i18n();
    let open = use_state(|| Open::None);
    let show_history = use_state(|| false);
    let node = &props.node;
    // Reloaded with the node, so an edit shows in the history too.
    let history = use_fetch(
        (*show_history, props.node.clone()),
        |client, (show, node)| async move {
            if !show {
                return Ok(Vec::new());
            }
            let mut all = node_appointments(&client, &node.id, true).await?;
            // In post first, then the most recent first.
            all.sort_by(|a, b| (b.current, &b.start_date).cmp(&(a.current, &a.start_date)));
            Ok(all)
        },
    );
    // A township's posts are its leaders'.
    let role = match node.level {
        Level::Township => Some(AppointmentRole::TownshipLeader),
        level => level.appointment_role(),
    };
    let leaders = role == Some(AppointmentRole::TownshipLeader);
    let current: Vec<&Appointment> = node.appointments.iter().filter(|a| a.current).collect();
    let shown: Vec<&Appointment> = match (&*show_history, &history.data) {
        (true, Some(all)) => all.iter().collect(),
        _ => current.clone(),
    };
    let toggle_history = {
        let show_history = show_history.clone();
        Callback::from(move |_: MouseEvent| show_history.set(!*show_history))
    };

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
        Some(AppointmentRole::GroupLiaison) => i18n.t(K::GroupLiaisons),
        // A township's posts are its leadership team (领导班子).
        Some(AppointmentRole::TownshipLeader) => i18n.t(M::TownshipLeaders),
        _ => i18n.t(K::VillageOfficers),
    };
    let (appoint_label, nobody) = match role {
        Some(AppointmentRole::GroupLiaison) => (i18n.t(K::AppointLiaison), i18n.t(K::NoLiaison)),
        Some(AppointmentRole::TownshipLeader) => {
            (i18n.t(K::AppointLeader), i18n.t(M::NoTownshipLeaders))
        }
        _ => (i18n.t(K::AppointOfficer), i18n.t(K::NoOfficer)),
    };

    let with_end = *show_history;
    // A township leader's duty report is filed at the township, when the
    // server allows that here.
    let files_reports = node.allowed_actions.contains(&Action::RecordDutyReport);
    let reports_for =
        |a: &Appointment| files_reports && a.current && a.role == AppointmentRole::TownshipLeader;
    // The server says per leader whether their villages may be assigned.
    let assigns =
        |a: &Appointment| a.current && a.allowed_actions.contains(&Action::AssignVillages);
    let actions_column = props.can_edit || shown.iter().any(|a| reports_for(a) || assigns(a));
    let rows = shown.iter().map(|a| {
        let edits = a.current && a.allowed_actions.contains(&Action::EndAppointment);
        let (report, assign) = (reports_for(a), assigns(a));
        let actions = (edits || report || assign).then(|| html! {
            <div class="row-actions">
                if report {
                    <button type="button" class="btn btn-small btn-primary file-duty-report"
                        onclick={set_open(Open::DutyReport((*a).clone()))}>{ i18n.t(M::FileDutyReport) }</button>
                }
                if assign {
                    <button type="button" class="btn btn-small btn-secondary assign-villages"
                        onclick={set_open(Open::Assign((*a).clone()))}>{ i18n.t(M::AssignVillages) }</button>
                }
                if edits {
                    <button type="button" class="btn btn-small btn-secondary"
                        onclick={set_open(Open::Replace((*a).clone()))}>{ i18n.t(K::Replace) }</button>
                    <button type="button" class="btn btn-small btn-secondary"
                        onclick={set_open(Open::Dates((*a).clone()))}>{ i18n.t(K::RecordDates) }</button>
                    <button type="button" class="btn btn-small btn-danger-outline"
                        onclick={set_open(Open::End((*a).clone()))}>{ i18n.t(K::EndAppointment) }</button>
                }
            </div>
        });
        appointment_row(&i18n, a, actions, with_end, actions_column, leaders)
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
        Open::DutyReport(a) => html! {
            <DutyReportForm key={a.id.clone()} appointment_id={a.id.clone()} leader_name={a.person.name.clone()}
                township_id={node.id.clone()} month={this_month()} on_done={on_done.clone()}
                on_cancel={on_cancel.clone()} />
        },
        Open::Assign(a) => html! {
            <AssignVillagesForm key={a.id.clone()} appointment={a.clone()} township_id={node.id.clone()}
                on_done={on_done.clone()} on_cancel={on_cancel.clone()} />
        },
    };

    html! {
        <section class="card appointments-card">
            <div class="card-head">
                <h2 class="card-title">{ title }</h2>
                <div class="card-actions">
                    <button id="toggle-history" type="button" class="btn btn-secondary btn-small"
                        aria-pressed={if with_end { "true" } else { "false" }} onclick={toggle_history}>
                        { i18n.t(if with_end { K::HideHistory } else { K::ShowHistory }) }
                    </button>
                    if props.can_edit && role.is_some() && *open == Open::None {
                        <button id="open-appoint" type="button" class="btn btn-primary btn-small"
                            onclick={set_open(Open::Appoint)}>
                            { appoint_label }
                        </button>
                    }
                </div>
            </div>
            if with_end && history.loading {
                <Loading />
            }
            if let (true, Some(err)) = (with_end, &history.error) {
                <ErrorBanner error={err.clone()} retry={history.reload.clone()} />
            }
            if with_end && history.data.as_ref().is_some_and(|all| all.len() == current.len()) {
                <p class="muted">{ i18n.t(K::NoHistory) }</p>
            }
            if current.is_empty() {
                <div class="alert alert-warn">{ nobody }</div>
            }
            if !shown.is_empty() {
                <table class="table stack">
                    <thead>
                        <tr>
                            <th>{ i18n.t(K::Name) }</th>
                            <th>{ i18n.t(K::Phone) }</th>
                            <th>{ i18n.t(K::StartDate) }</th>
                            <th>{ i18n.t(K::TrainingDate) }</th>
                            <th>{ i18n.t(K::NotebookDate) }</th>
                            if leaders { <th>{ i18n.t(M::AssignedVillages) }</th> }
                            if with_end { <th>{ i18n.t(K::EndDate) }</th> }
                            if actions_column { <th><span class="sr-only">{ i18n.t(K::Actions) }</span></th> }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
            { form }
        </section>
    }
}
