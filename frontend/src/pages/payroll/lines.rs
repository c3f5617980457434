//! A payroll's lines: the ledger rows it was prepared from, then the
//! adjustments with their reasons, and the total (the server's sum).

use std::rc::Rc;

use yew::prelude::*;

use crate::api::{yuan, PayrollDetail, PayrollLineKind};
use crate::i18n::{use_i18n, P};
use crate::pages::subsidies::words;

#[derive(Properties, PartialEq)]
pub struct PayrollLinesProps {
    pub payroll: Rc<PayrollDetail>,
}

#[component]
pub fn PayrollLines(props: &PayrollLinesProps) -> Html {
    let i18n = use_i18n();
    let labels = [
        i18n.t(P::ColName),
        i18n.t(P::ColKind),
        i18n.t(P::ColDays),
        i18n.t(P::ColStandard),
        i18n.t(P::ColProrated),
        i18n.t(P::ColFund),
        i18n.t(P::ColAmount),
        i18n.t(P::ColReason),
    ];
    let head = labels.iter().map(|l| html! { <th scope="col">{ *l }</th> });
    let rows = props.payroll.lines.iter().map(|l| {
        let ledger = l.kind == PayrollLineKind::Ledger;
        // An adjustment carries only its amount and reason.
        let money = |fen: i64| if ledger { yuan(fen) } else { String::new() };
        let blank = |empty: bool| classes!("num", "money", empty.then_some("cell-blank"));
        let reason = l.reason.clone().unwrap_or_default();
        html! {
            <tr key={l.id.clone()} class={classes!("payroll-line", (!ledger).then_some("row-adjustment"))}>
                <td data-label={labels[0]} class="person-name">{ l.person_name.clone() }</td>
                <td data-label={labels[1]}>{ i18n.t(words::line_kind(l.kind)) }</td>
                <td data-label={labels[2]} class={blank(!ledger)}>{ if ledger { l.days_in_post.to_string() } else { String::new() } }</td>
                <td data-label={labels[3]} class={blank(!ledger)}>{ money(l.standard_fen) }</td>
                <td data-label={labels[4]} class={blank(!ledger)}>{ money(l.prorated_fen) }</td>
                <td data-label={labels[5]}>{ i18n.t(words::fund(l.funding_source)) }</td>
                <td data-label={labels[6]} class="num money line-amount">{ yuan(l.amount_fen) }</td>
                <td data-label={labels[7]} class={classes!("line-reason", reason.is_empty().then_some("cell-blank"))}>{ reason }</td>
            </tr>
        }
    });
    html! {
        <div class="table-scroll">
            <table class="table stack payroll-lines" id="payroll-lines">
                <thead><tr>{ for head }</tr></thead>
                <tbody>{ for rows }</tbody>
                <tfoot>
                    <tr class="row-total">
                        <th scope="row" colspan="6">{ i18n.t(P::Totals) }</th>
                        <td data-label={labels[6]} class="num money" id="payroll-total">{ yuan(props.payroll.item.total_fen) }</td>
                        <td class="cell-blank"></td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}
