//! The board: one row per township, one column per milestone, each cell a
//! status chip with the day it was met and the parts met; the totals
//! below. On a phone each township is a card of milestone and status (the
//! cells' `data-label`).

use yew::prelude::*;
use yew_router::prelude::*;

use super::csv::{details, heading, status_class, status_key, totals_text};
use crate::api::{Campaign, CampaignProgress, Evidence, EvidenceKind};
use crate::app::Route;
use crate::i18n::{use_i18n, C};

#[derive(Properties, PartialEq)]
pub struct BoardProps {
    pub campaign: Campaign,
    pub progress: CampaignProgress,
}

/// A link to where a record that meets the milestone is kept: the
/// township's roster (its submissions), its demonstration sites, its
/// documents.
fn evidence_link(i18n: &crate::i18n::I18n, township: &str, e: &Evidence) -> Html {
    let id = township.to_owned();
    let (route, key) = match e.kind {
        EvidenceKind::RosterSubmission => (Route::Roster { id }, C::EvidenceRoster),
        EvidenceKind::Demonstration => (
            Route::DeskList {
                id,
                kind: "demonstrations".into(),
            },
            C::EvidenceSite,
        ),
        EvidenceKind::Document => (Route::Documents { id }, C::EvidenceDocument),
    };
    html! {
        <Link<Route> to={route} classes="board-evidence">{ i18n.f(key, &[&e.on]) }</Link<Route>>
    }
}

#[component]
pub fn Board(props: &BoardProps) -> Html {
    let i18n = use_i18n();
    let p = &props.progress;
    if p.townships.is_empty() {
        return html! { <p class="empty">{ i18n.t(C::NoTownships) }</p> };
    }
    let headings: Vec<String> = props
        .campaign
        .milestones
        .iter()
        .map(|m| heading(&i18n, m))
        .collect();
    let head = headings
        .iter()
        .map(|h| html! { <th scope="col">{ h.clone() }</th> });
    let rows = p.townships.iter().map(|t| {
        let cells = t.milestones.iter().zip(headings.iter()).map(|(c, label)| {
            let more = details(&i18n, c);
            html! {
                <td data-label={label.clone()} class="board-cell">
                    <span class={classes!("status-chip", status_class(c.status))}>
                        { i18n.t(status_key(c.status)) }
                    </span>
                    { for more.into_iter().map(|d| html! { <span class="board-detail">{ d }</span> }) }
                    { for c.evidence.iter().map(|e| evidence_link(&i18n, &t.township.id, e)) }
                </td>
            }
        });
        html! {
            <tr key={t.township.id.clone()}>
                <th scope="row">
                    <Link<Route> to={Route::Node { id: t.township.id.clone() }}>{ t.township.name.clone() }</Link<Route>>
                    <span class="board-code">{ t.township.division_code.clone() }</span>
                </th>
                { for cells }
            </tr>
        }
    });
    let totals = p.totals.iter().zip(headings.iter()).map(|(t, label)| {
        html! { <td data-label={label.clone()}>{ totals_text(&i18n, t) }</td> }
    });
    html! {
        <div class="table-scroll">
            <table class="table campaign-board" id="campaign-board">
                <thead><tr><th scope="col">{ i18n.t(C::ColTownship) }</th>{ for head }</tr></thead>
                <tbody>{ for rows }</tbody>
                <tfoot>
                    <tr class="row-total"><th scope="row">{ i18n.t(C::Totals) }</th>{ for totals }</tr>
                </tfoot>
            </table>
        </div>
    }
}
