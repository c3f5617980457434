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
    let head = headings()
        .into_iter()
        .map(|k| html! { <th scope="col">{ i18n.t(k) }</th> });
    let body = props.rows.iter().map(|r| {
        let mut values = cells(r).into_iter();
        let _name = values.next();
        let low = r.inspections_expected > 0 && r.completeness_rate < 1.0;
        html! {
            <tr key={r.node.id.clone()} class={classes!(low.then_some("row-behind"))}>
                <th scope="row">
                    <Link<Route> to={Route::Month { id: r.node.id.clone() }}>{ r.node.name.clone() }</Link<Route>>
                </th>
                { for values.map(|v| html! { <td class="num">{ v }</td> }) }
            </tr>
        }
    });
    html! {
        <div class="table-scroll">
            <table class="table month-table" id="month-table">
                <thead><tr>{ for head }</tr></thead>
                <tbody>{ for body }</tbody>
            </table>
        </div>
    }
}
