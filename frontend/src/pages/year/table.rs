//! The year table: one row per child node, then the totals. The cells come
//! from `csv.rs`'s column list, so screen, paper and file agree.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::csv::{cells, headings, totals, Counts};
use crate::api::YearOverviewRow;
use crate::app::Route;
use crate::i18n::{use_i18n, Y};

#[derive(Properties, PartialEq)]
pub struct YearTableProps {
    pub rows: Rc<Vec<YearOverviewRow>>,
}

/// The counts' cells; the meetings cell marked when short.
fn count_cells(values: impl Iterator<Item = String>, short: bool) -> Html {
    let cells = values.enumerate().map(|(i, v)| {
        let class = classes!("num", (i == 0 && short).then_some("cell-short"));
        html! { <td {class}>{ v }</td> }
    });
    cells.collect::<Html>()
}

#[component]
pub fn YearTable(props: &YearTableProps) -> Html {
    let i18n = use_i18n();
    if props.rows.is_empty() {
        return html! { <p class="empty">{ i18n.t(Y::NoChildren) }</p> };
    }
    let head = headings()
        .into_iter()
        .map(|k| html! { <th scope="col">{ i18n.t(k) }</th> });
    let body = props.rows.iter().map(|r| {
        let short = Counts::of(r).short();
        let values = cells(r).into_iter().skip(2);
        html! {
            <tr key={r.node.id.clone()} class={classes!(short.then_some("row-behind"))}>
                <th scope="row">
                    <Link<Route> to={Route::Year { id: r.node.id.clone() }}>{ r.node.name.clone() }</Link<Route>>
                </th>
                <td class="code">{ r.node.division_code.clone() }</td>
                { count_cells(values, short) }
            </tr>
        }
    });
    let total = totals(&props.rows);
    html! {
        <div class="table-scroll">
            <table class="table month-table year-table" id="year-table">
                <thead><tr>{ for head }</tr></thead>
                <tbody>{ for body }</tbody>
                <tfoot>
                    <tr class={classes!("row-total", total.short().then_some("row-behind"))}>
                        <th scope="row">{ i18n.t(Y::Total) }</th>
                        <td></td>
                        { count_cells(total.cells().into_iter(), total.short()) }
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}
