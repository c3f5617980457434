//! The township column of the month: each township's monthly safety
//! meeting (安全生产例会), held or not, and whether the grid work was on
//! its agenda; a held one links to the meeting. Cards on a phone; its own
//! CSV.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::leader_columns::{meeting_cells, meeting_headings, meetings_csv};
use crate::api::MonthQuota;
use crate::app::Route;
use crate::i18n::{use_i18n, K, M};

#[derive(Properties, PartialEq)]
pub struct TownshipMeetingsCardProps {
    pub quota: Rc<MonthQuota>,
    pub month: String,
    pub node_name: String,
}

#[component]
pub fn TownshipMeetingsCard(props: &TownshipMeetingsCardProps) -> Html {
    let i18n = use_i18n();
    let q = &props.quota;
    let export = {
        let (i18n, q, name, month) = (
            i18n.clone(),
            q.clone(),
            props.node_name.clone(),
            props.month.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let text = meetings_csv(&i18n, &q.township_meetings);
            let file = format!("{}-{}-{}.csv", i18n.t(M::MeetingsFileStem), name, month);
            let _ =
                crate::pages::roster::download::save_text(&file, "text/csv;charset=utf-8", &text);
        })
    };
    let labels: Vec<&'static str> = meeting_headings().into_iter().map(|k| i18n.t(k)).collect();
    let rows = q.township_meetings.iter().map(|t| {
        let cells = meeting_cells(&i18n, t);
        let chip = if t.held { "chip chip-ok" } else { "chip chip-gap" };
        let held = match &t.meeting {
            Some(m) => html! {
                <Link<Route> to={Route::Meeting { id: m.id.clone() }}>
                    <span class={chip}>{ cells[1].clone() }</span>
                </Link<Route>>
            },
            None => html! { <span class={chip}>{ cells[1].clone() }</span> },
        };
        let covers_class = (t.held && !t.covers_grid_work).then_some("bad");
        html! {
            <tr key={t.node.id.clone()} class="township-row">
                <td data-label={labels[0]}>
                    <Link<Route> to={Route::Meetings { id: t.node.id.clone() }}>{ cells[0].clone() }</Link<Route>>
                </td>
                <td data-label={labels[1]} class="township-held">{ held }</td>
                <td data-label={labels[2]} class="township-covers">
                    <span class={classes!(covers_class)}>{ cells[2].clone() }</span>
                </td>
            </tr>
        }
    });
    html! {
        <section class="card township-meetings-card" id="township-meetings-card">
            <div class="card-head">
                <h2 class="card-title">{ i18n.t(M::MeetingsTitle) }</h2>
                <div class="card-actions no-print">
                    <button id="township-meetings-export" type="button" class="btn btn-secondary btn-small"
                        disabled={q.township_meetings.is_empty()} onclick={export}>
                        { i18n.t(K::ExportCsv) }
                    </button>
                </div>
            </div>
            if q.township_meetings.is_empty() {
                <p class="empty">{ i18n.t(M::NoTownships) }</p>
            } else {
                <div class="table-wrap">
                    <table class="table stack township-meetings-table" id="township-meetings-table">
                        <thead><tr>{ for labels.iter().map(|l| html! { <th scope="col">{ *l }</th> }) }</tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}
