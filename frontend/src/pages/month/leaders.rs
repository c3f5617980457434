//! The leader columns of the month: each township leader in post, their
//! visits at the villages assigned to them against the quota, and the
//! month's duty report (filed, covers the grid work). Where the server
//! allows it (`RECORD_DUTY_REPORT` at the leader's township) and none is
//! filed yet, the row offers the duty report form. A stack of cards on a
//! phone; its own CSV.

use std::rc::Rc;

use yew::prelude::*;

use super::leader_columns::{leader_cells, leader_headings, leaders_csv};
use crate::api::{Action, LeaderVisitQuota, MonthQuota, QuotaStatus};
use crate::i18n::{use_i18n, K, M};
use crate::pages::forms::DutyReportForm;

#[derive(Properties, PartialEq)]
pub struct LeadersCardProps {
    pub quota: Rc<MonthQuota>,
    pub month: String,
    /// The node's name, for the CSV file's name.
    pub node_name: String,
    /// A report was filed: read the month again.
    pub on_change: Callback<()>,
}

/// The duty report form may open for this leader now.
fn may_file(l: &LeaderVisitQuota, locked: bool) -> bool {
    !locked && !l.duty_report_filed && l.node.allowed_actions.contains(&Action::RecordDutyReport)
}

#[component]
pub fn LeadersCard(props: &LeadersCardProps) -> Html {
    let i18n = use_i18n();
    // The appointment whose report form is open.
    let open = use_state(|| None::<String>);
    let filed = use_state(|| false);
    let q = &props.quota;
    let export = {
        let (i18n, q, name, month) = (
            i18n.clone(),
            q.clone(),
            props.node_name.clone(),
            props.month.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let text = leaders_csv(&i18n, &q.leader_visits);
            let file = format!("{}-{}-{}.csv", i18n.t(M::LeadersFileStem), name, month);
            let _ =
                crate::pages::roster::download::save_text(&file, "text/csv;charset=utf-8", &text);
        })
    };
    let labels: Vec<&'static str> = leader_headings().into_iter().map(|k| i18n.t(k)).collect();
    let any_action = q.leader_visits.iter().any(|l| may_file(l, q.locked));
    let rows = q.leader_visits.iter().map(|l| {
        let cells = leader_cells(&i18n, l);
        let visits_chip = match l.status {
            QuotaStatus::Met => "chip chip-ok",
            QuotaStatus::Behind => "chip chip-warn",
            QuotaStatus::Missed => "chip chip-gap",
        };
        let report_chip = if l.duty_report_filed { "chip chip-ok" } else { "chip chip-gap" };
        let covers_class = (l.duty_report_filed && !l.duty_report_covers_grid_work).then_some("bad");
        let action = may_file(l, q.locked).then(|| {
            let (open, filed, id) = (open.clone(), filed.clone(), l.appointment.id.clone());
            let onclick = Callback::from(move |_: MouseEvent| {
                filed.set(false);
                open.set(Some(id.clone()))
            });
            html! {
                <div class="row-actions">
                    <button type="button" class="btn btn-small btn-primary file-duty-report" {onclick}>
                        { i18n.t(M::FileDutyReport) }
                    </button>
                </div>
            }
        });
        html! {
            <tr key={l.appointment.id.clone()} class="leader-row"
                data-appointment={l.appointment.id.clone()}>
                <td data-label={labels[0]}>
                    <span>
                        <span class="person-name">{ cells[0].clone() }</span>
                        if l.in_charge_of_safety {
                            { " " }<span class="badge badge-post">{ i18n.t(M::InChargeOfSafety) }</span>
                        }
                    </span>
                </td>
                <td data-label={labels[1]}>{ cells[1].clone() }</td>
                <td data-label={labels[2]} class="num leader-visits">
                    <span class={visits_chip}>{ cells[2].clone() }</span>
                </td>
                <td data-label={labels[3]} class="leader-report">
                    <span class={report_chip}>{ cells[3].clone() }</span>
                </td>
                <td data-label={labels[4]} class="leader-covers">
                    <span class={classes!(covers_class)}>{ cells[4].clone() }</span>
                </td>
                if any_action {
                    <td class={classes!("cell-actions", "no-print", action.is_none().then_some("cell-blank"))}>
                        { action.unwrap_or_default() }
                    </td>
                }
            </tr>
        }
    });
    let form = (*open).clone().and_then(|id| {
        let l = q.leader_visits.iter().find(|l| l.appointment.id == id)?;
        let on_done = {
            let (open, filed, cb) = (open.clone(), filed.clone(), props.on_change.clone());
            Callback::from(move |()| {
                open.set(None);
                filed.set(true);
                cb.emit(());
            })
        };
        let on_cancel = {
            let open = open.clone();
            Callback::from(move |()| open.set(None))
        };
        Some(html! {
            <DutyReportForm key={id.clone()} appointment_id={id.clone()} leader_name={l.name.clone()}
                township_id={l.node.id.clone()} month={props.month.clone()} {on_done} {on_cancel} />
        })
    });
    html! {
        <section class="card leaders-card" id="leaders-card">
            <div class="card-head">
                <h2 class="card-title">{ i18n.t(M::LeadersTitle) }</h2>
                <div class="card-actions no-print">
                    <button id="leaders-export" type="button" class="btn btn-secondary btn-small"
                        disabled={q.leader_visits.is_empty()} onclick={export}>
                        { i18n.t(K::ExportCsv) }
                    </button>
                </div>
            </div>
            <p class="muted card-intro">{ i18n.t(M::LeadersHint) }</p>
            if *filed {
                <div class="alert alert-success no-print" role="status" id="duty-report-filed">
                    { i18n.t(M::DutyFiled) }
                </div>
            }
            if q.leader_visits.is_empty() {
                <p class="empty">{ i18n.t(M::NoLeaders) }</p>
            } else {
                <div class="table-wrap">
                    <table class="table stack leaders-table" id="leaders-table">
                        <thead><tr>
                            { for labels.iter().map(|l| html! { <th scope="col">{ *l }</th> }) }
                            if any_action {
                                <th class="no-print"><span class="sr-only">{ i18n.t(K::Actions) }</span></th>
                            }
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
            { form.unwrap_or_default() }
        </section>
    }
}
