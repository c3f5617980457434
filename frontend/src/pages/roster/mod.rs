//! The roster ledger (花名册 / 台账) of a node: who is in post below it,
//! filtered by post and optionally with history; exported as CSV or
//! printed on A4 landscape for the county office's files.

pub(super) mod download;
pub(super) mod ledger;
mod submission_detail;
mod submissions;
mod table;
mod toolbar;

use std::rc::Rc;

use yew::prelude::*;

use crate::api::{
    node_detail, roster_all, roster_page, Action, ApiError, Level, RosterEntry, RosterFilter,
};
use crate::components::{Breadcrumb, ErrorBanner, ListFooter, Loading};
use crate::dates::today;
use crate::hooks::{use_fetch, use_paged};
use crate::i18n::{use_i18n, K};
use crate::session::use_session;
use submissions::SubmissionsCard;
use table::RosterTable;
use toolbar::{Filters, Job, Toolbar};

#[derive(Properties, PartialEq)]
pub struct RosterPageProps {
    pub id: String,
}

/// Every row of one filter, fetched for export or print.
type AllRows = Option<(RosterFilter, Rc<Vec<RosterEntry>>)>;

#[component]
pub fn RosterPage(props: &RosterPageProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    let filters = use_state(Filters::default);
    let filter = RosterFilter {
        under: props.id.clone(),
        role: filters.role,
        include_ended: filters.include_ended,
    };
    let list = use_paged(filter.clone(), |client, filter, after| async move {
        roster_page(&client, &filter, after).await
    });
    let all = use_state(|| None as AllRows);
    // Fetching every page: rows so far and the total.
    let progress = use_state(|| None::<(usize, i64)>);
    let job_error = use_state(|| None::<ApiError>);
    let print_pending = use_state(|| false);

    let complete: Option<Rc<Vec<RosterEntry>>> = match &*all {
        Some((f, rows)) if *f == filter => Some(rows.clone()),
        _ if list.loaded && !list.has_next && !list.loading => Some(list.items.clone()),
        _ => None,
    };
    {
        // Print once the whole roster is on the page.
        let print_pending = print_pending.clone();
        let ready = complete.is_some();
        use_effect_with((ready, *print_pending), move |(ready, pending)| {
            if *ready && *pending {
                print_pending.set(false);
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }
        });
    }

    let Some(detail) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let title = i18n.f(K::RosterTitle, &[&detail.name]);
    let columns = ledger::Columns::new(detail.level, filter.include_ended);

    // Runs `job` with every row of the current filter, fetching what is missing.
    let with_all = {
        let (all, progress, job_error) = (all.clone(), progress.clone(), job_error.clone());
        let (complete, filter) = (complete.clone(), filter.clone());
        move |job: Box<dyn FnOnce(Rc<Vec<RosterEntry>>)>| {
            if let Some(rows) = &complete {
                job(rows.clone());
                return;
            }
            let Some(session) = session.clone() else {
                return;
            };
            if progress.is_some() {
                return;
            }
            progress.set(Some((0, 0)));
            job_error.set(None);
            let (all, progress, job_error, filter) = (
                all.clone(),
                progress.clone(),
                job_error.clone(),
                filter.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let step = {
                    let progress = progress.clone();
                    move |got, total| progress.set(Some((got, total)))
                };
                let result = roster_all(&session.client, &filter, step).await;
                progress.set(None);
                match result {
                    Ok(rows) => {
                        let rows = Rc::new(rows);
                        all.set(Some((filter, rows.clone())));
                        job(rows);
                    }
                    Err(err) => job_error.set(Some(err)),
                }
            });
        }
    };
    let on_job = {
        let (i18n, name) = (i18n.clone(), detail.name.clone());
        let print_pending = print_pending.clone();
        Callback::from(move |job: Job| match job {
            Job::Export => {
                let (i18n, name) = (i18n.clone(), name.clone());
                with_all(Box::new(move |rows| {
                    let text = ledger::csv(&i18n, &rows, columns);
                    let file = ledger::file_name(&i18n, &name, &today());
                    let _ = download::save_text(&file, "text/csv;charset=utf-8", &text);
                }));
            }
            Job::Print => {
                let print_pending = print_pending.clone();
                with_all(Box::new(move |_| print_pending.set(true)));
            }
        })
    };
    let on_filters = {
        let filters = filters.clone();
        Callback::from(move |f: Filters| filters.set(f))
    };
    let rows = complete.clone().unwrap_or_else(|| list.items.clone());
    html! {
        <div class="roster-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            <section class="card roster-card">
                <div class="card-head">
                    <h1 class="card-title roster-title">{ title }</h1>
                </div>
                <p class="muted card-intro no-print">{ i18n.t(K::RosterIntro) }</p>
                <p class="print-only print-meta">
                    { i18n.f(K::PrintDate, &[&today()]) }{ "　" }
                    { i18n.f(K::PrintCount, &[&rows.len()]) }
                </p>
                <Toolbar node_id={props.id.clone()} filters={(*filters).clone()} {on_filters} {on_job}
                    progress={*progress} busy={progress.is_some() || *print_pending} />
                if let Some(err) = job_error.as_ref().or(list.error.as_ref()) {
                    <ErrorBanner error={err.clone()} />
                }
                if list.loaded && rows.is_empty() {
                    <p class="empty">{ i18n.t(K::NoRoster) }</p>
                }
                if !rows.is_empty() {
                    <RosterTable rows={rows.clone()} {columns} />
                    <ListFooter
                        class="no-print"
                        shown={rows.len()}
                        total={list.total.max(rows.len() as i64)}
                        can_load_more={complete.is_none() && list.has_next && !list.loading}
                        on_more={list.more.clone()}
                    />
                }
                if list.loading {
                    <Loading />
                }
            </section>
            // Rosters are submitted by townships; above one, the history of those below.
            if !matches!(detail.level, Level::Village | Level::Group) {
                <SubmissionsCard node_id={detail.id.clone()}
                    can_submit={detail.allowed_actions.contains(&Action::SubmitRoster)} />
            }
        </div>
    }
}
