//! A node's month at a glance, for the township and county desks: one row
//! per child (inspections done against expected, completeness, leader
//! visits, hazards open / overdue / closed), the township leaders (visits
//! at their villages, duty report) and the townships' monthly safety
//! meetings, then who is behind their quota. Printable (the shared print
//! stylesheet); each table exported as CSV.

mod csv;
mod leader_columns;
mod leaders;
mod quota;
mod table;
mod township_meetings;

use yew::prelude::*;
use yew_router::prelude::*;

use super::ledger_button::LedgerButton;
use crate::api::{field_rules, month_overview, month_quota, node_detail, Ledger, Level};
use crate::app::Route;
use crate::components::{Breadcrumb, ErrorBanner, Loading, TextField};
use crate::dates::{this_month, today};
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, F, K, Y};
use leaders::LeadersCard;
use quota::QuotaCard;
use table::OverviewTable;
use township_meetings::TownshipMeetingsCard;

#[derive(Properties, PartialEq)]
pub struct MonthPageProps {
    pub id: String,
}

#[component]
pub fn MonthPage(props: &MonthPageProps) -> Html {
    let i18n = use_i18n();
    let month = use_state(this_month);
    // Until the close day a month is still filling in and everyone would
    // look behind: the page opens on the month the server says (last month
    // until its close day), unless the user has picked one.
    let picked = use_state(|| false);
    let rules = use_fetch((), |client, ()| async move { field_rules(&client).await });
    {
        let (month, picked) = (month.clone(), picked.clone());
        use_effect_with(rules.data.clone(), move |rules| {
            if let (Some(r), false) = (rules, *picked) {
                if *month != r.current_month {
                    month.set(r.current_month.clone());
                }
            }
        });
    }
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    let rows = use_fetch(
        (props.id.clone(), (*month).clone()),
        |client, (id, month)| async move { month_overview(&client, &id, &month).await },
    );
    let quota = use_fetch(
        (props.id.clone(), (*month).clone()),
        |client, (id, month)| async move { month_quota(&client, &id, &month).await },
    );
    let Some(detail) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    // Nothing of a month the page is about to leave.
    if rules.loading && !*picked {
        return html! { <Loading /> };
    }
    let on_month = {
        let (month, picked) = (month.clone(), picked.clone());
        // `<input type=month>` gives YYYY-MM, or "" while being edited.
        Callback::from(move |v: String| {
            if v.len() == 7 {
                picked.set(true);
                month.set(v)
            }
        })
    };
    let export = {
        let (i18n, rows, name, m) = (
            i18n.clone(),
            rows.data.clone(),
            detail.name.clone(),
            (*month).clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let Some(rows) = &rows {
                let text = csv::overview_csv(&i18n, rows);
                let file = format!("{}-{}-{}.csv", i18n.t(F::MonthFileStem), name, m);
                let _ = super::roster::download::save_text(&file, "text/csv;charset=utf-8", &text);
            }
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <div class="month-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            <section class="card">
                <div class="card-head">
                    <h1 class="card-title">{ i18n.f(F::MonthTitle, &[&detail.name, &*month]) }</h1>
                    <div class="card-actions no-print">
                        <Link<Route> to={Route::Year { id: props.id.clone() }}
                            classes="btn btn-secondary btn-small year-link">{ i18n.t(Y::YearLink) }</Link<Route>>
                    </div>
                </div>
                <p class="print-only print-meta">{ i18n.f(K::PrintDate, &[&today()]) }</p>
                <div class="roster-toolbar no-print">
                    <div class="roster-filters">
                        <TextField id="month-pick" label={i18n.t(F::Month)} kind="month"
                            value={(*month).clone()} oninput={on_month} />
                    </div>
                    <div class="roster-actions">
                        <button id="month-export" type="button" class="btn btn-primary"
                            disabled={rows.data.is_none()} onclick={export}>{ i18n.t(K::ExportCsv) }</button>
                        <LedgerButton id="month-excel" ledger={Ledger::MonthTable}
                            params={vec![("nodeId", props.id.clone()), ("month", (*month).clone())]} />
                        <button type="button" class="btn btn-secondary" onclick={print}>{ i18n.t(K::Print) }</button>
                    </div>
                </div>
                if let Some(err) = rows.error.clone() {
                    <ErrorBanner error={err} retry={rows.reload.clone()} />
                }
                if let Some(data) = rows.data.clone() {
                    <OverviewTable rows={data} month={(*month).clone()} />
                } else if rows.loading {
                    <Loading />
                }
            </section>
            // Leaders and their meetings sit at townships: nothing to show below.
            if let (true, Some(q)) = (at_or_above_township(detail.level), quota.data.clone()) {
                <LeadersCard quota={q.clone()} month={(*month).clone()} node_name={detail.name.clone()}
                    on_change={quota.reload.clone()} />
                <TownshipMeetingsCard quota={q} month={(*month).clone()} node_name={detail.name.clone()} />
            }
            <QuotaCard quota={quota.data.clone()} error={quota.error.clone()} reload={quota.reload.clone()} />
        </div>
    }
}

fn at_or_above_township(level: Level) -> bool {
    !matches!(level, Level::Village | Level::Group)
}
