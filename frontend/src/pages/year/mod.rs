//! A node's year of programme records, for the township and county desks:
//! one row per child (village safety meetings held against four a village,
//! trainings, drills, publicity, notebook checks kept or not), then the
//! totals. Printable (the shared print stylesheet) and exported as CSV.

mod csv;
mod table;

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{node_detail, year_overview, year_subtree};
use crate::app::Route;
use crate::components::{Breadcrumb, ErrorBanner, Loading};
use crate::dates::{this_year, today};
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, F, K, Y};
use table::YearTable;

use super::year_picker::YearPicker;

#[derive(Properties, PartialEq)]
pub struct YearPageProps {
    pub id: String,
}

#[component]
pub fn YearPage(props: &YearPageProps) -> Html {
    let i18n = use_i18n();
    let year = use_state(this_year);
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    // The children's rows and, apart, what was kept at or below the node:
    // the difference is the node's own row.
    let rows = use_fetch((props.id.clone(), *year), |client, (id, year)| async move {
        let rows = year_overview(&client, &id, year).await?;
        let subtree = year_subtree(&client, &id, year).await?;
        let own = csv::own(&subtree, &rows);
        Ok((rows, own))
    });
    let Some(detail) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let export = {
        let (i18n, rows, name, y) = (i18n.clone(), rows.data.clone(), detail.name.clone(), *year);
        Callback::from(move |_: MouseEvent| {
            if let Some(data) = &rows {
                let (rows, own) = &**data;
                let text = csv::overview_csv(&i18n, rows, *own);
                let file = format!("{}-{}-{}.csv", i18n.t(Y::YearFileStem), name, y);
                let _ = super::roster::download::save_text(&file, "text/csv;charset=utf-8", &text);
            }
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let year_text = year.to_string();
    html! {
        <div class="month-page year-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            <section class="card">
                <div class="card-head">
                    <h1 class="card-title">{ i18n.f(Y::YearTitle, &[&detail.name, &year_text]) }</h1>
                    <div class="card-actions no-print">
                        <Link<Route> to={Route::Month { id: props.id.clone() }}
                            classes="btn btn-secondary btn-small month-link">{ i18n.t(F::MonthLink) }</Link<Route>>
                    </div>
                </div>
                <p class="print-only print-meta">{ i18n.f(K::PrintDate, &[&today()]) }</p>
                <div class="roster-toolbar no-print">
                    <YearPicker year={year.clone()}
                        ids={["year-prev".into(), "year-input".into(), "year-next".into()]}
                        labels={[i18n.t(Y::PrevYear).into(), i18n.t(Y::Year).into(), i18n.t(Y::NextYear).into()]} />
                    <div class="roster-actions">
                        <button id="year-export" type="button" class="btn btn-primary"
                            disabled={rows.data.is_none()} onclick={export}>{ i18n.t(K::ExportCsv) }</button>
                        <button type="button" class="btn btn-secondary" onclick={print}>{ i18n.t(K::Print) }</button>
                    </div>
                </div>
                if let Some(err) = rows.error.clone() {
                    <ErrorBanner error={err} retry={rows.reload.clone()} />
                }
                if let Some(data) = rows.data.clone() {
                    <YearTable rows={Rc::new(data.0.clone())} own={data.1} />
                    <p class="hint">{ i18n.t(Y::ShortHint) }</p>
                } else if rows.loading {
                    <Loading />
                }
            </section>
        </div>
    }
}
