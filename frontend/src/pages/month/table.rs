//! The month table: one row per child node. The cells come from `csv.rs`'s
//! column list, so screen, paper and file agree.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::csv::{cells, headings};
use crate::api::MonthOverviewRow;
use crate::app::Route;
use crate::i18n::{use_i18n, F};

#[derive(Properties, PartialEq)]
pub struct OverviewTableProps {
    pub rows: Rc<Vec<MonthOverviewRow>>,
    pub month: String,
}

#[component]
pub fn OverviewTable(props: &OverviewTableProps) -> Html {
    let i18n = use_i18n();
    if props.rows.is_empty() {
        return html! { <p class="empty">{ i18n.t(F::NoChildrenMonth) }</p> };
    }
    let labels: Vec<String> = headings()
        .into_iter()
        .map(|k| i18n.t(k).to_owned())
        .collect();
    let head = labels
        .iter()
        .map(|l| html! { <th scope="col">{ l.clone() }</th> });
    let body = props.rows.iter().map(|r| {
        let mut values = cells(r).into_iter();
        let _name = values.next();
        let low = r.inspections_expected > 0 && r.completeness_rate < 1.0;
        // On a phone each row is a card and every column keeps its heading,
        // so the hazard columns are never scrolled out of sight.
        let tds = values.zip(labels.iter().skip(1)).map(|(v, label)| {
            html! { <td class="num" data-label={label.clone()}>{ v }</td> }
        });
        html! {
            <tr key={r.node.id.clone()} class={classes!(low.then_some("row-behind"))}>
                <th scope="row" class="month-row-head">
                    <Link<Route> to={Route::Month { id: r.node.id.clone() }}>{ r.node.name.clone() }</Link<Route>>
                </th>
                { for tds }
            </tr>
        }
    });
    html! {
        <div class="table-scroll">
            <table class="table stack month-table" id="month-table">
                <thead><tr>{ for head }</tr></thead>
                <tbody>{ for body }</tbody>
            </table>
        </div>
    }
}
