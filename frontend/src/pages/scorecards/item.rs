//! One item of a card: its wording and rule, its points of its maximum,
//! how it was scored (自动, by hand, or adjusted over the rule), why points
//! were lost with the records behind it, the county office's note and
//! documents; and, where the server allows it, 评分 opening the form in a
//! row of its own beneath.

use yew::prelude::*;
use yew_router::prelude::*;

use super::part::columns;
use super::score_form::ScoreForm;
use super::words::{finding_text, points_of, record_route, rule_text};
use crate::api::{ScorecardItem, Scoring};
use crate::app::Route;
use crate::i18n::{use_i18n, I18n, G};
use crate::pages::records::OpenDocument;

#[derive(Properties, PartialEq)]
pub struct ItemRowsProps {
    pub item: ScorecardItem,
    pub card_id: String,
    pub may_score: bool,
    pub on_saved: Callback<()>,
}

fn scoring(i18n: &I18n, item: &ScorecardItem) -> Html {
    let (text, class) = match item.scoring() {
        Scoring::Automatic => (G::Automatic, "chip-info"),
        Scoring::Overridden => (G::Overridden, "badge-warn"),
        Scoring::ByHand => (G::ByHand, "badge-exempt"),
    };
    html! {
        <>
            <span class={classes!("badge", "item-scoring", class)}>{ i18n.t(text) }</span>
            if let (Scoring::Overridden, Some(auto)) = (item.scoring(), item.auto) {
                <span class="muted small item-auto">{ i18n.f(G::AutoWas, &[&auto]) }</span>
            }
        </>
    }
}

/// The records behind the points: each a link where the web app has its
/// page, else how many there are.
fn records(i18n: &I18n, item: &ScorecardItem) -> Html {
    let ids = &item.evidence.record_ids;
    if ids.is_empty() {
        return html! {};
    }
    let links: Option<Vec<Html>> = ids
        .iter()
        .enumerate()
        .map(|(n, id)| {
            record_route(item.rule, id).map(|to| html! {
                <Link<Route> {to} classes="record-link">{ i18n.f(G::RecordN, &[&(n + 1)]) }</Link<Route>>
            })
        })
        .collect();
    match links {
        Some(links) => html! { <span class="item-records">{ for links }</span> },
        None => html! {
            <span class="muted small item-records">{ i18n.f(G::RecordsBehind, &[&ids.len()]) }</span>
        },
    }
}

#[component]
pub fn ItemRows(props: &ItemRowsProps) -> Html {
    let i18n = use_i18n();
    let open = use_state(|| false);
    let item = &props.item;
    let labels = columns(&i18n);
    let lost = item.lost();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let close = {
        let open = open.clone();
        Callback::from(move |()| open.set(false))
    };
    let saved = {
        let (open, on_saved) = (open.clone(), props.on_saved.clone());
        Callback::from(move |()| {
            open.set(false);
            on_saved.emit(());
        })
    };
    let note = item.note.clone().filter(|n| !n.trim().is_empty());
    html! {
        <>
            <tr class={classes!("item-row", (lost > 0).then_some("item-lost"))} data-item={item.key.clone()}>
                <td data-label={labels[0]} class="item-title">
                    <span>{ item.title.clone() }</span>
                    <span class="muted small item-rule">{ i18n.t(rule_text(item.rule)) }</span>
                </td>
                <td data-label={labels[1]} class="num item-points">
                    <span class="points-block">
                        <strong>{ points_of(&i18n, item.points, item.max_points) }</strong>
                        if lost > 0 { <span class="bad small item-lost-points">{ i18n.f(G::Lost, &[&lost]) }</span> }
                    </span>
                </td>
                <td data-label={labels[2]}>{ scoring(&i18n, item) }</td>
                <td data-label={labels[3]} class="item-reason">
                    <span class="item-finding">{ finding_text(&i18n, &item.evidence) }</span>
                    { records(&i18n, item) }
                </td>
                <td data-label={labels[4]} class="item-note">
                    if let Some(note) = note { <span class="note-text">{ note }</span> }
                    else if item.documents.is_empty() { <span class="muted">{ i18n.t(G::NoNote) }</span> }
                    if !item.documents.is_empty() {
                        <ul class="document-list item-documents">
                            { for item.documents.iter().map(|d| html! {
                                <li key={d.id.clone()}><span>{ d.title.clone() }</span><OpenDocument doc={d.clone()} /></li>
                            }) }
                        </ul>
                    }
                    if props.may_score && !*open {
                        <button type="button" class="btn btn-secondary btn-small score-open no-print" onclick={toggle}>
                            { i18n.t(G::Score) }
                        </button>
                    }
                </td>
            </tr>
            if props.may_score && *open {
                <tr class="score-form-row no-print">
                    <td colspan="5">
                        <ScoreForm item={item.clone()} card_id={props.card_id.clone()}
                            on_saved={saved} on_cancel={close} />
                    </td>
                </tr>
            }
        </>
    }
}
