//! The subsidy ledger page (`/node/:id/subsidies`): the year's ledger of
//! the node (a year picker, the totals, the exempt reason and the fund in
//! words, 导出 Excel), and the payrolls of the node and below.

mod ledger;
mod payrolls;
pub mod words;

use yew::prelude::*;

use crate::api::{node_detail, subsidy_ledger, Ledger};
use crate::components::{Breadcrumb, ErrorBanner, Loading};
use crate::dates::this_year;
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, P};
use ledger::LedgerTable;
use payrolls::PayrollsCard;

use super::ledger_button::LedgerButton;
use super::year_picker::YearPicker;

#[derive(Properties, PartialEq)]
pub struct SubsidiesPageProps {
    pub id: String,
}

#[component]
pub fn SubsidiesPage(props: &SubsidiesPageProps) -> Html {
    let i18n = use_i18n();
    let year = use_state(this_year);
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    let ledger = use_fetch((props.id.clone(), *year), |client, (id, year)| async move {
        subsidy_ledger(&client, &id, year).await
    });
    let Some(detail) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let year_text = year.to_string();
    html! {
        <div class="month-page subsidies-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            <section class="card">
                <div class="card-head">
                    <h1 class="card-title">{ i18n.f(P::LedgerTitle, &[&detail.name, &year_text]) }</h1>
                </div>
                <div class="roster-toolbar no-print">
                    <YearPicker year={year.clone()}
                        ids={["subsidy-year-prev".into(), "subsidy-year".into(), "subsidy-year-next".into()]}
                        labels={[i18n.t(P::PrevYear).into(), i18n.t(P::Year).into(), i18n.t(P::NextYear).into()]} />
                    <div class="roster-actions">
                        <LedgerButton id="subsidy-excel" ledger={Ledger::Subsidies}
                            params={vec![("nodeId", detail.id.clone()), ("year", year_text.clone())]} />
                    </div>
                </div>
                if let Some(err) = ledger.error.clone() {
                    <ErrorBanner error={err} retry={ledger.reload.clone()} />
                }
                if let Some(data) = ledger.data.clone() {
                    <LedgerTable ledger={data} />
                    <p class="hint">{ i18n.t(P::LedgerHint) }</p>
                } else if ledger.loading {
                    <Loading />
                }
            </section>
            <PayrollsCard node_id={detail.id.clone()} year={*year} />
        </div>
    }
}
