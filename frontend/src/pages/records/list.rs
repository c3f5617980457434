//! [`RecordList`]: one kind's records under a node as a table (stacked
//! cards on a phone), newest first, with the filters, the total, "load
//! more", print and a CSV of the whole filtered list.

use std::marker::PhantomData;

use yew::prelude::*;
use yew_router::prelude::*;

use super::filters::Filters;
use super::{all_pages, records_csv, RecordSpec, PAGE_SIZE};
use crate::api::{ApiError, RecordFilter};
use crate::app::Route;
use crate::components::{ErrorBanner, ListFooter, Loading};
use crate::dates::today;
use crate::hooks::use_paged;
use crate::i18n::{use_i18n, K, R};
use crate::pages::roster::download::save_text;
use crate::session::use_session;

#[derive(Properties)]
pub struct RecordListProps<S: RecordSpec> {
    pub node_id: String,
    pub node_name: String,
    #[prop_or_default]
    pub spec: PhantomData<S>,
}

impl<S: RecordSpec> PartialEq for RecordListProps<S> {
    fn eq(&self, other: &Self) -> bool {
        self.node_id == other.node_id && self.node_name == other.node_name
    }
}

#[component]
pub fn RecordList<S: RecordSpec>(props: &RecordListProps<S>) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let filter = use_state(|| RecordFilter {
        under: props.node_id.clone(),
        ..RecordFilter::default()
    });
    let exporting = use_state(|| false);
    let export_error = use_state(|| None::<ApiError>);
    let list = use_paged((*filter).clone(), |client, f, after| {
        S::page(client, f, PAGE_SIZE, after)
    });
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |f: RecordFilter| filter.set(f))
    };
    let export = {
        let (i18n, filter, exporting, export_error) = (
            i18n.clone(),
            (*filter).clone(),
            exporting.clone(),
            export_error.clone(),
        );
        let client = session.map(|s| s.client);
        let name = props.node_name.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(client) = client.clone() else { return };
            if *exporting {
                return;
            }
            exporting.set(true);
            export_error.set(None);
            let (i18n, filter, exporting, export_error, name) = (
                i18n.clone(),
                filter.clone(),
                exporting.clone(),
                export_error.clone(),
                name.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match all_pages::<S>(client, filter).await {
                    Ok(items) => {
                        let text = records_csv::<S>(&i18n, &items);
                        let file = format!("{}-{}-{}.csv", i18n.t(S::FILE_STEM), name, today());
                        let _ = save_text(&file, "text/csv;charset=utf-8", &text);
                    }
                    Err(err) => export_error.set(Some(err)),
                }
                exporting.set(false);
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let columns = S::columns();
    let head = columns
        .iter()
        .map(|k| html! { <th scope="col">{ i18n.t(*k) }</th> });
    let rows = list.items.iter().map(|item| {
        let mut cells = S::cells(&i18n, item).into_iter().zip(columns.iter());
        let first = cells.next();
        html! {
            <tr key={S::id(item)}>
                if let Some((text, k)) = first {
                    <td data-label={i18n.t(*k)}>
                        <Link<Route> to={S::route(item)} classes="record-link">{ text }</Link<Route>>
                    </td>
                }
                { for cells.map(|(text, k)| html! { <td data-label={i18n.t(*k)}>{ text }</td> }) }
            </tr>
        }
    });
    let slug = S::SLUG;
    html! {
        <section class="card record-list-card">
            <div class="card-head">
                <h1 class="card-title">{ i18n.f(S::TITLE, &[&props.node_name]) }</h1>
            </div>
            <p class="print-only print-meta">{ i18n.f(K::PrintDate, &[&today()]) }</p>
            <div class="roster-toolbar no-print">
                <Filters slug={slug} home={props.node_id.clone()} kinds={S::kinds(&i18n)}
                    filter={(*filter).clone()} onchange={on_filter} />
                <div class="roster-actions">
                    <button id={format!("{slug}-export")} type="button" class="btn btn-primary"
                        disabled={!list.loaded || *exporting} onclick={export}>
                        { if *exporting { i18n.t(R::Exporting) } else { i18n.t(K::ExportCsv) } }
                    </button>
                    <button type="button" class="btn btn-secondary" onclick={print}>{ i18n.t(K::Print) }</button>
                </div>
            </div>
            if let Some(err) = (*export_error).clone() { <ErrorBanner error={err} /> }
            if let Some(err) = list.error.clone() { <ErrorBanner error={err} retry={list.reload.clone()} /> }
            if list.loaded && list.items.is_empty() {
                <p class="empty" id={format!("{slug}-empty")}>{ i18n.t(R::NoRecords) }</p>
            } else {
                <div class="table-wrap">
                    <table class="table stack record-table" id={format!("{slug}-list")}>
                        <thead><tr>{ for head }</tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
            if list.loaded {
                <ListFooter shown={list.items.len()} total={list.total}
                    can_load_more={list.has_next && !list.loading} on_more={list.more.clone()} />
            }
            if list.loading { <Loading /> }
        </section>
    }
}
