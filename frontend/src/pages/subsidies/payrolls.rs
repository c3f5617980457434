//! The payrolls of the node and below for the year: payer, post, status,
//! total, and who prepared, approved and paid each; a row opens the payroll.

use yew::prelude::*;
use yew_router::prelude::*;

use super::words;
use crate::api::{payrolls_page, yuan, PayrollItem};
use crate::app::Route;
use crate::components::{ErrorBanner, ListFooter, Loading};
use crate::hooks::use_paged;
use crate::i18n::{use_i18n, P};

const PAGE: i64 = 20;

#[derive(Properties, PartialEq)]
pub struct PayrollsCardProps {
    pub node_id: String,
    pub year: i32,
}

/// "张三（2026-01-05）", or "—" for a step not taken yet.
fn by_on(i18n: &crate::i18n::I18n, by: &Option<String>, on: Option<String>) -> String {
    match (by, on) {
        (Some(by), Some(on)) => i18n.f(P::ByOn, &[by, &on]),
        (Some(by), None) => by.clone(),
        _ => i18n.t(P::Unknown).to_owned(),
    }
}

#[component]
pub fn PayrollsCard(props: &PayrollsCardProps) -> Html {
    let i18n = use_i18n();
    let list = use_paged(
        (props.node_id.clone(), props.year),
        |client, (under, year), after| async move {
            payrolls_page(&client, &under, year, PAGE, after).await
        },
    );
    let labels = [
        i18n.t(P::ColPayer),
        i18n.t(P::ColPost),
        i18n.t(P::ColStatus),
        i18n.t(P::ColTotal),
        i18n.t(P::ColPrepared),
        i18n.t(P::ColApproved),
        i18n.t(P::ColPaid),
    ];
    let head = labels.iter().map(|l| html! { <th scope="col">{ *l }</th> });
    let rows = list.items.iter().map(|p: &PayrollItem| {
        let prepared = by_on(&i18n, &p.prepared_by, Some(words::day_of(&p.prepared_at)));
        let approved = by_on(&i18n, &p.approved_by, p.approved_at.as_deref().map(words::day_of));
        let paid = by_on(&i18n, &p.paid_by, p.paid_on.clone());
        html! {
            <tr key={p.id.clone()} class="payroll-row" data-id={p.id.clone()}>
                <td data-label={labels[0]}>
                    <Link<Route> to={Route::Payroll { id: p.id.clone() }} classes="payroll-link">
                        { p.payer.name.clone() }
                    </Link<Route>>
                </td>
                <td data-label={labels[1]}>{ i18n.t(words::role(p.role)) }</td>
                <td data-label={labels[2]}><span class={words::status_class(p.status)}>{ i18n.t(words::status(p.status)) }</span></td>
                <td data-label={labels[3]} class="num money payroll-total">{ yuan(p.total_fen) }</td>
                <td data-label={labels[4]}>{ prepared }</td>
                <td data-label={labels[5]}>{ approved }</td>
                <td data-label={labels[6]}>{ paid }</td>
            </tr>
        }
    });
    html! {
        <section class="card payrolls-card">
            <h2 class="card-title">{ i18n.t(P::PayrollsTitle) }</h2>
            if let Some(err) = list.error.clone() {
                <ErrorBanner error={err} retry={list.reload.clone()} />
            }
            if list.loaded && list.items.is_empty() {
                <p class="empty">{ i18n.t(P::NoPayrolls) }</p>
            } else if list.loaded {
                <div class="table-scroll">
                    <table class="table stack payrolls-table" id="payrolls-table">
                        <thead><tr>{ for head }</tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                <ListFooter shown={list.items.len()} total={list.total}
                    can_load_more={list.has_next && !list.loading} on_more={list.more.clone()} />
            } else if list.loading {
                <Loading />
            }
        </section>
    }
}
