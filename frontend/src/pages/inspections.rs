//! Inspections and patrols under a node, newest first, filtered by month
//! and kind, with photo thumbnails.

use yew::prelude::*;

use crate::api::{inspections_page, node_detail, InspectionFilter, InspectionKind};
use crate::components::{
    AuthImage, Breadcrumb, ErrorBanner, ListFooter, Loading, SelectField, TextField,
};
use crate::dates::{local_datetime, this_month};
use crate::hooks::{use_fetch, use_paged};
use crate::i18n::{labels, use_i18n, F};
use crate::pages::field::sector_name;

#[derive(Properties, PartialEq)]
pub struct InspectionsPageProps {
    pub id: String,
}

#[component]
pub fn InspectionsPage(props: &InspectionsPageProps) -> Html {
    let i18n = use_i18n();
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    let month = use_state(|| Some(this_month()));
    let kind = use_state(|| None::<InspectionKind>);
    let filter = InspectionFilter {
        under: props.id.clone(),
        month: (*month).clone(),
        kind: *kind,
    };
    let list = use_paged(filter, |client, f, after| async move {
        inspections_page(&client, &f, after).await
    });
    let Some(detail) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let on_month = {
        let month = month.clone();
        Callback::from(move |v: String| month.set((v.len() == 7).then_some(v)))
    };
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |v: String| kind.set(InspectionKind::from_slug(&v)))
    };
    let mut kinds = vec![(AttrValue::from(""), AttrValue::from(i18n.t(F::AllKinds)))];
    kinds.extend(InspectionKind::ALL.iter().map(|k| {
        (
            AttrValue::from(k.slug()),
            AttrValue::from(labels::inspection_kind(&i18n, *k)),
        )
    }));
    let rows = list.items.iter().map(|r| {
        let sectors: Vec<String> = r.sectors.iter().map(|s| sector_name(i18n.lang, s)).collect();
        html! {
            <li class="record-row" key={r.id.clone()}>
                <div class="record-main">
                    <div class="record-head">
                        <strong>{ labels::inspection_kind(&i18n, r.kind) }</strong>
                        <span>{ r.node.name.clone() }</span>
                        <span class="muted">{ local_datetime(&r.occurred_at) }</span>
                    </div>
                    <p class="muted small">{ format!("{} · {}", r.author_name, sectors.join("、")) }</p>
                    if !r.notes.is_empty() { <p class="record-notes">{ r.notes.clone() }</p> }
                </div>
                <div class="thumbs">
                    { for r.photos.iter().map(|p| html! {
                        <AuthImage key={p.id.clone()} class="thumb" url={p.thumbnail_url.clone()}
                            full_url={Some(AttrValue::from(p.url.clone()))} alt={i18n.t(F::Photos)} />
                    }) }
                </div>
            </li>
        }
    });
    html! {
        <div class="list-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            <section class="card">
                <h1 class="card-title">{ i18n.f(F::InspectionsTitle, &[&detail.name]) }</h1>
                <div class="roster-filters">
                    <TextField id="inspections-month" label={i18n.t(F::Month)} kind="month"
                        value={(*month).clone().unwrap_or_default()} oninput={on_month} />
                    <SelectField id="inspections-kind" label={i18n.t(F::Kind)} options={kinds}
                        value={kind.map(|k| k.slug()).unwrap_or("")} onchange={on_kind} />
                </div>
                if let Some(err) = list.error.clone() { <ErrorBanner error={err} retry={list.reload.clone()} /> }
                if list.loaded && list.items.is_empty() { <p class="empty">{ i18n.t(F::NoInspections) }</p> }
                <ul class="record-list" id="inspection-list">{ for rows }</ul>
                if list.loaded {
                    <ListFooter shown={list.items.len()} total={list.total}
                        can_load_more={list.has_next && !list.loading} on_more={list.more.clone()} />
                }
                if list.loading { <Loading /> }
            </section>
        </div>
    }
}
