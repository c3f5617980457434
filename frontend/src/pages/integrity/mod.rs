//! The integrity signals page (`/node/:id/integrity`, 诚信预警): what the
//! county's scan found under the node, filtered by kind and status in the
//! URL (so a link opens the same list), each with its sentence, place,
//! records and review; "scan now" and the dismiss form where the server's
//! `allowedActions` give them.

mod counts;
mod dismiss;
mod evidence;
mod filter;
mod row;
mod scan;
mod sentence;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{
    integrity_signals_page, node_detail, Action, IntegrityQuery, IntegritySignalKind,
};
use crate::app::Route;
use crate::components::{Breadcrumb, ErrorBanner, ListFooter, Loading, SelectField};
use crate::hooks::{use_fetch, use_paged};
use crate::i18n::{use_i18n, I18n, I};
use counts::KindCounts;
use filter::{IntegrityFilter, StatusFilter};
use row::SignalRow;
use scan::ScanButton;
use sentence::kind_title;

use super::NotAllowed;

#[derive(Properties, PartialEq)]
pub struct IntegrityPageProps {
    pub id: String,
}

fn status_label(i18n: &I18n, s: StatusFilter) -> &'static str {
    match s {
        StatusFilter::Open => i18n.t(I::StatusOpen),
        StatusFilter::Dismissed => i18n.t(I::StatusDismissed),
        StatusFilter::All => i18n.t(I::AllStatuses),
    }
}

#[component]
pub fn IntegrityPage(props: &IntegrityPageProps) -> Html {
    let i18n = use_i18n();
    let navigator = use_navigator();
    let location = use_location();
    let filter = location
        .as_ref()
        .map(|l| IntegrityFilter::parse(l.query_str()))
        .unwrap_or_default();
    // Bumped by a scan or a dismissal, so the list and the counts read again.
    let generation = use_state(|| 0u32);
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    let query = IntegrityQuery {
        under: props.id.clone(),
        kind: filter.kind,
        status: filter.status.status(),
    };
    let list = use_paged((query, *generation), |client, (q, _), after| async move {
        integrity_signals_page(&client, &q, after).await
    });
    let Some(detail) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    if !detail
        .allowed_actions
        .contains(&Action::ListIntegritySignals)
    {
        return html! { <NotAllowed /> };
    }
    let refresh = {
        let generation = generation.clone();
        Callback::from(move |()| generation.set(*generation + 1))
    };
    // A changed filter is a new URL: back and a shared link keep it.
    let go = {
        let (navigator, id) = (navigator.clone(), props.id.clone());
        move |next: IntegrityFilter| {
            if let Some(nav) = &navigator {
                let _ = nav.push_with_query(&Route::Integrity { id: id.clone() }, next.to_query());
            }
        }
    };
    let on_kind = {
        let go = go.clone();
        Callback::from(move |v: String| {
            go(IntegrityFilter {
                kind: IntegritySignalKind::from_slug(&v),
                ..filter
            })
        })
    };
    let on_status = Callback::from(move |v: String| {
        let status = StatusFilter::ALL
            .into_iter()
            .find(|s| s.slug() == v)
            .unwrap_or_default();
        go(IntegrityFilter { status, ..filter })
    });
    let mut kinds = vec![(AttrValue::from(""), AttrValue::from(i18n.t(I::AllKinds)))];
    kinds.extend(IntegritySignalKind::ALL.iter().map(|k| {
        (
            AttrValue::from(k.slug()),
            AttrValue::from(i18n.t(kind_title(*k))),
        )
    }));
    let statuses: Vec<(AttrValue, AttrValue)> = StatusFilter::ALL
        .iter()
        .map(|s| {
            (
                AttrValue::from(s.slug()),
                AttrValue::from(status_label(&i18n, *s)),
            )
        })
        .collect();
    let labels = [
        i18n.t(I::ColSignal),
        i18n.t(I::ColPlace),
        i18n.t(I::ColDetected),
        i18n.t(I::ColEvidence),
        i18n.t(I::ColStatus),
    ];
    let head = labels.iter().map(|l| html! { <th scope="col">{ *l }</th> });
    let rows = list.items.iter().map(|s| {
        html! { <SignalRow key={s.id.clone()} signal={s.clone()} on_dismissed={refresh.clone()} /> }
    });
    let can_scan = detail.allowed_actions.contains(&Action::ScanIntegrity);
    html! {
        <div class="list-page integrity-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            <section class="card">
                <div class="card-head">
                    <h1 class="card-title">{ i18n.f(I::IntegrityTitle, &[&detail.name]) }</h1>
                    if can_scan { <ScanButton node_id={detail.id.clone()} on_scanned={refresh.clone()} /> }
                </div>
                <p class="card-intro muted">{ i18n.t(I::IntegrityHint) }</p>
                <div class="roster-filters no-print">
                    <SelectField id="integrity-kind" label={i18n.t(I::FilterKind)} options={kinds}
                        value={filter.kind.map(|k| k.slug()).unwrap_or("")} onchange={on_kind} />
                    <SelectField id="integrity-status" label={i18n.t(I::FilterStatus)} options={statuses}
                        value={filter.status.slug()} onchange={on_status} />
                </div>
                <KindCounts node_id={detail.id.clone()} {filter} generation={*generation} />
            </section>
            <section class="card">
                if let Some(err) = list.error.clone() { <ErrorBanner error={err} retry={list.reload.clone()} /> }
                if list.loaded && list.items.is_empty() { <p class="empty" id="integrity-empty">{ i18n.t(I::NoSignals) }</p> }
                if !list.items.is_empty() {
                    <div class="table-scroll">
                        <table class="table stack integrity-table" id="integrity-table">
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
        </div>
    }
}
