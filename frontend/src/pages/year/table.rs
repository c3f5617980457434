//! The year table: one row per child node, the node's own records when it
//! kept any, then the totals. The cells come from `csv.rs`'s column list,
//! so screen, paper and file agree. Every cell carries its heading
//! (`data-label`): on a phone each row is a card of label and value.

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
    /// What was recorded at the node itself.
    pub own: Counts,
}

/// The counts' cells with their headings; the meetings cell marked when short.
fn count_cells(values: impl Iterator<Item = String>, labels: &[&'static str], short: bool) -> Html {
    let cells = values
        .zip(labels.iter())
        .enumerate()
        .map(|(i, (v, label))| {
            let class = classes!("num", (i == 0 && short).then_some("cell-short"));
            html! { <td {class} data-label={*label}>{ v }</td> }
        });
    cells.collect::<Html>()
}

#[component]
pub fn YearTable(props: &YearTableProps) -> Html {
    let i18n = use_i18n();
    if props.rows.is_empty() {
        return html! { <p class="empty">{ i18n.t(Y::NoChildren) }</p> };
    }
    let labels: Vec<&'static str> = headings().into_iter().map(|k| i18n.t(k)).collect();
    let (code_label, count_labels) = (labels[1], &labels[2..]);
    let head = labels.iter().map(|l| html! { <th scope="col">{ *l }</th> });
    let body = props.rows.iter().map(|r| {
        let short = Counts::of(r).short();
        let values = cells(r).into_iter().skip(2);
        html! {
            <tr key={r.node.id.clone()} class={classes!(short.then_some("row-behind"))}>
                <th scope="row">
                    <Link<Route> to={Route::Year { id: r.node.id.clone() }}>{ r.node.name.clone() }</Link<Route>>
                </th>
                <td class="code" data-label={code_label}>{ r.node.division_code.clone() }</td>
                { count_cells(values, count_labels, short) }
            </tr>
        }
    });
    let own = props.own;
    let total = totals(&props.rows, own);
    html! {
        <div class="table-scroll">
            <table class="table month-table year-table" id="year-table">
                <thead><tr>{ for head }</tr></thead>
                <tbody>
                    { for body }
                    if own.any() {
                        <tr class="row-own" id="year-own">
                            <th scope="row">{ i18n.t(Y::OwnRow) }</th>
                            <td class="cell-blank"></td>
                            { count_cells(own.cells().into_iter(), count_labels, false) }
                        </tr>
                    }
                </tbody>
                <tfoot>
                    <tr class={classes!("row-total", total.short().then_some("row-behind"))}>
                        <th scope="row">{ i18n.t(Y::Total) }</th>
                        <td class="cell-blank"></td>
                        { count_cells(total.cells().into_iter(), count_labels, total.short()) }
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}
