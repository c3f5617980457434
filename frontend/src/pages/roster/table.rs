//! The roster on screen and on paper: one row per appointment, ended ones
//! greyed. Stacks into cards on phones; bordered and compact in print.

use std::rc::Rc;

use yew::prelude::*;

use super::ledger::{cells, headings, Columns};
use crate::api::RosterEntry;
use crate::i18n::{use_i18n, I18n, K};

#[derive(Properties, PartialEq)]
pub struct RosterTableProps {
    pub rows: Rc<Vec<RosterEntry>>,
    pub columns: Columns,
}

#[component]
pub fn RosterTable(props: &RosterTableProps) -> Html {
    let i18n = use_i18n();
    let keys = headings(props.columns);
    let head = keys
        .iter()
        .map(|k| html! { <th scope="col">{ i18n.t(*k) }</th> });
    let rows = props
        .rows
        .iter()
        .map(|e| row(&i18n, e, &keys, props.columns));
    html! {
        <div class="table-wrap">
            <table class="table stack roster-table">
                <thead><tr>{ for head }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

fn row(i18n: &I18n, e: &RosterEntry, keys: &[K], columns: Columns) -> Html {
    let texts = cells(i18n, e, columns);
    let tds = keys.iter().zip(texts).map(|(key, text)| {
        let missing = match key {
            K::TrainingDate => Some((K::NotTrained, "chip chip-gap")),
            K::NotebookDate => Some((K::NotIssued, "chip chip-gap")),
            K::EndDate => Some((K::InPost, "chip chip-ok")),
            _ => None,
        };
        let class = match key {
            K::Name => "person-name",
            K::Phone | K::StartDate | K::TrainingDate | K::NotebookDate | K::EndDate => "nowrap",
            _ => "",
        };
        // An empty place cell (a village officer has no group) takes no
        // line of a phone's card.
        let blank = text.is_empty() && missing.is_none();
        let body = match missing {
            Some((k, chip)) if text.is_empty() => html! { <span class={chip}>{ i18n.t(k) }</span> },
            _ => html! { <span class={class}>{ text }</span> },
        };
        html! {
            <td data-label={i18n.t(*key)} class={classes!(blank.then_some("cell-blank"))}>{ body }</td>
        }
    });
    html! {
        <tr class={classes!("roster-row", (!e.current).then_some("ended"))} key={e.id.clone()}>
            { for tds }
        </tr>
    }
}
