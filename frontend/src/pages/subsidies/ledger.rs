//! The year's subsidy ledger: one row per post held in the year (a card
//! on a phone, a table on the desk), then the totals, each the server's
//! integer sum of fen.

use std::rc::Rc;

use yew::prelude::*;

use super::words;
use crate::api::{yuan, SubsidyLedger};
use crate::i18n::{use_i18n, P};

#[derive(Properties, PartialEq)]
pub struct LedgerTableProps {
    pub ledger: Rc<SubsidyLedger>,
}

#[component]
pub fn LedgerTable(props: &LedgerTableProps) -> Html {
    let i18n = use_i18n();
    let ledger = &props.ledger;
    let t = &ledger.totals;
    let summary = html! {
        <dl class="facts money-totals" id="ledger-totals">
            <div><dt>{ i18n.t(P::TotalNet) }</dt><dd id="total-net" class="money">{ yuan(t.net_fen) }</dd></div>
            <div><dt>{ i18n.t(P::TotalCounty) }</dt><dd id="total-county" class="money">{ yuan(t.county_budget_fen) }</dd></div>
            <div><dt>{ i18n.t(P::TotalPoverty) }</dt><dd id="total-poverty" class="money">{ yuan(t.poverty_alleviation_fund_fen) }</dd></div>
            <div><dt>{ i18n.t(P::Totals) }</dt><dd id="total-posts">{ i18n.f(P::TotalsPosts, &[&t.posts, &t.exempt_posts]) }</dd></div>
        </dl>
    };
    if ledger.rows.is_empty() {
        return html! { <>{ summary }<p class="empty">{ i18n.t(P::NoPosts) }</p></> };
    }
    let labels = [
        i18n.t(P::ColPlace),
        i18n.t(P::ColPost),
        i18n.t(P::ColName),
        i18n.t(P::ColDays),
        i18n.t(P::ColStandard),
        i18n.t(P::ColProrated),
        i18n.t(P::ColExempt),
        i18n.t(P::ColFund),
        i18n.t(P::ColDeduction),
        i18n.t(P::ColNet),
    ];
    let head = labels.iter().map(|l| html! { <th scope="col">{ *l }</th> });
    let rows = ledger.rows.iter().map(|r| {
        let exempt = r.exempt_reason.map(|e| i18n.t(words::exempt(e))).unwrap_or_default();
        html! {
            <tr key={r.appointment.id.clone()} class={classes!("ledger-row", r.exempt.then_some("row-exempt"))}>
                <td data-label={labels[0]}>{ r.node_name.clone() }</td>
                <td data-label={labels[1]}>{ i18n.t(words::role(r.role)) }</td>
                <td data-label={labels[2]} class="person-name">{ r.person_name.clone() }</td>
                <td data-label={labels[3]} class="num">{ r.days_in_post }</td>
                <td data-label={labels[4]} class="num money">{ yuan(r.standard_fen) }</td>
                <td data-label={labels[5]} class="num money">{ yuan(r.prorated_fen) }</td>
                <td data-label={labels[6]} class={classes!("ledger-exempt", exempt.is_empty().then_some("cell-blank"))}>{ exempt }</td>
                <td data-label={labels[7]} class="ledger-fund">{ i18n.t(words::fund(r.funding_source)) }</td>
                <td data-label={labels[8]} class="num money">{ yuan(r.deduction_fen) }</td>
                <td data-label={labels[9]} class="num money ledger-net">{ yuan(r.net_fen) }</td>
            </tr>
        }
    });
    html! {
        <>
            { summary }
            <div class="table-scroll">
                <table class="table stack ledger-table" id="ledger-table">
                    <thead><tr>{ for head }</tr></thead>
                    <tbody>{ for rows }</tbody>
                    <tfoot>
                        <tr class="row-total">
                            <th scope="row" colspan="5">{ i18n.t(P::Totals) }</th>
                            <td data-label={labels[5]} class="num money">{ yuan(t.prorated_fen) }</td>
                            <td class="cell-blank" colspan="2"></td>
                            <td data-label={labels[8]} class="num money">{ yuan(t.deduction_fen) }</td>
                            <td data-label={labels[9]} class="num money">{ yuan(t.net_fen) }</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        </>
    }
}
