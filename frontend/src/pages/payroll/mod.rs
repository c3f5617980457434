//! One payroll (`/payroll/:id`): its status, total, who prepared,
//! approved and paid it, its lines, 导出 Excel, and the steps the server
//! allows this user now.

mod actions;
mod lines;

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{payroll_detail, yuan, Ledger, Level, PathEntry, PayrollDetail};
use crate::app::Route;
use crate::components::{Breadcrumb, ErrorBanner, Loading};
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, K, P};
use crate::pages::subsidies::words;
use actions::PayrollActions;
use lines::PayrollLines;

use super::ledger_button::LedgerButton;

#[derive(Properties, PartialEq)]
pub struct PayrollPageProps {
    pub id: String,
}

#[component]
pub fn PayrollPage(props: &PayrollPageProps) -> Html {
    let i18n = use_i18n();
    let fetched = use_fetch(props.id.clone(), |client, id| async move {
        payroll_detail(&client, &id).await
    });
    // The payroll after a step, until the page is read again.
    let stepped = use_state(|| None::<Rc<PayrollDetail>>);
    let Some(payroll) = (*stepped).clone().or(fetched.data.clone()) else {
        return match fetched.error {
            Some(crate::api::ApiError::NotFound) => html! {
                <section class="card empty-state">
                    <h1>{ i18n.t(K::NodeNotFound) }</h1>
                    <Link<Route> to={Route::Home} classes="btn btn-primary">{ i18n.t(K::BackHome) }</Link<Route>>
                </section>
            },
            Some(err) => html! { <ErrorBanner error={err} retry={fetched.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let on_step = {
        let stepped = stepped.clone();
        Callback::from(move |p: PayrollDetail| stepped.set(Some(Rc::new(p))))
    };
    let p = &payroll.item;
    let mut path = p.payer.path.clone();
    path.push(PathEntry {
        id: Some(p.payer.id.clone()),
        name: p.payer.name.clone(),
        level: p.payer.level.unwrap_or(Level::Township),
    });
    let role = i18n.t(words::role(p.role));
    let title = i18n.f(P::PayrollTitle, &[&p.payer.name, &p.year, &role]);
    let not_yet = || i18n.t(P::NotYet).to_owned();
    let prepared = i18n.f(
        P::ByOn,
        &[
            &p.prepared_by.clone().unwrap_or_default(),
            &words::day_of(&p.prepared_at),
        ],
    );
    let approved = match (&p.approved_by, &p.approved_at) {
        (Some(by), Some(at)) => i18n.f(P::ByOn, &[by, &words::day_of(at)]),
        _ => not_yet(),
    };
    let paid = match (&p.paid_by, &p.paid_on) {
        (Some(by), Some(on)) => i18n.f(P::ByOn, &[by, on]),
        _ => not_yet(),
    };
    html! {
        <div class="month-page payroll-page">
            <Breadcrumb {path} current={title.clone()} />
            <section class="card payroll-summary">
                <div class="card-head">
                    <h1 class="card-title">{ title }</h1>
                    <div class="card-actions no-print">
                        <Link<Route> to={Route::Subsidies { id: p.payer.id.clone() }}
                            classes="btn btn-secondary btn-small subsidies-link">{ i18n.t(P::BackToLedger) }</Link<Route>>
                        <LedgerButton id="payroll-excel" ledger={Ledger::Payroll} params={vec![("id", p.id.clone())]} />
                    </div>
                </div>
                <dl class="facts payroll-facts">
                    <div><dt>{ i18n.t(P::ColStatus) }</dt><dd><span id="payroll-status" class={words::status_class(p.status)}>{ i18n.t(words::status(p.status)) }</span></dd></div>
                    <div><dt>{ i18n.t(P::ColTotal) }</dt><dd id="payroll-total-fact" class="money">{ yuan(p.total_fen) }</dd></div>
                    if let Some(period) = &p.period {
                        <div><dt>{ i18n.t(P::Period) }</dt><dd>{ period.clone() }</dd></div>
                    }
                    <div><dt>{ i18n.t(P::ColPrepared) }</dt><dd id="payroll-prepared">{ prepared }</dd></div>
                    <div><dt>{ i18n.t(P::ColApproved) }</dt><dd id="payroll-approved">{ approved }</dd></div>
                    <div><dt>{ i18n.t(P::ColPaid) }</dt><dd id="payroll-paid">{ paid }</dd></div>
                    if let Some(reference) = &p.reference {
                        <div><dt>{ i18n.t(P::Reference) }</dt><dd class="mono">{ reference.clone() }</dd></div>
                    }
                </dl>
                <PayrollLines payroll={payroll.clone()} />
            </section>
            <PayrollActions key={format!("{}-{}", p.id, payroll.version)} payroll={payroll.clone()} {on_step} />
        </div>
    }
}
