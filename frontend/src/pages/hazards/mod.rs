//! Hazards under a node: filtered by state, or only the overdue ones (the
//! higher level's overdue list), each linking to its page.

mod row;

use yew::prelude::*;

use crate::api::{hazards_page, node_detail, HazardFilter, HazardState, Ledger};
use crate::components::{Breadcrumb, CheckField, ErrorBanner, ListFooter, Loading, SelectField};
use crate::hooks::{use_fetch, use_paged};
use crate::i18n::{labels, use_i18n, F};
use row::HazardRow;

use super::ledger_button::LedgerButton;

#[derive(Properties, PartialEq)]
pub struct HazardsPageProps {
    pub id: String,
}

#[component]
pub fn HazardsPage(props: &HazardsPageProps) -> Html {
    let i18n = use_i18n();
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    let state = use_state(|| None::<HazardState>);
    let overdue = use_state(|| false);
    let filter = HazardFilter {
        under: props.id.clone(),
        state: *state,
        overdue: *overdue,
    };
    let list = use_paged(filter, |client, f, after| async move {
        hazards_page(&client, &f, after).await
    });
    let Some(detail) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let mut states = vec![(AttrValue::from(""), AttrValue::from(i18n.t(F::AllStates)))];
    states.extend(HazardState::ALL.iter().map(|s| {
        (
            AttrValue::from(s.slug()),
            AttrValue::from(labels::hazard_state(&i18n, *s)),
        )
    }));
    let on_state = {
        let state = state.clone();
        Callback::from(move |v: String| state.set(HazardState::from_slug(&v)))
    };
    let on_overdue = {
        let overdue = overdue.clone();
        Callback::from(move |v: bool| overdue.set(v))
    };
    html! {
        <div class="list-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            <section class="card">
                <h1 class="card-title">{ i18n.f(F::HazardsTitle, &[&detail.name]) }</h1>
                <div class="roster-filters">
                    <SelectField id="hazards-state" label={i18n.t(F::State)} options={states}
                        value={state.map(|s| s.slug()).unwrap_or("")} onchange={on_state} />
                    <CheckField id="hazards-overdue" label={i18n.t(F::OnlyOverdue)} checked={*overdue}
                        onchange={on_overdue} />
                </div>
                <div class="roster-actions no-print">
                    <LedgerButton id="hazards-excel" ledger={Ledger::Hazards} params={vec![
                        ("nodeId", props.id.clone()),
                        ("state", state.map(|s| s.slug().to_owned()).unwrap_or_default()),
                        // Unticked means every hazard, as in the list.
                        ("overdue", if *overdue { "true".to_owned() } else { String::new() }),
                    ]} />
                </div>
                if let Some(err) = list.error.clone() { <ErrorBanner error={err} retry={list.reload.clone()} /> }
                if list.loaded && list.items.is_empty() { <p class="empty">{ i18n.t(F::NoHazards) }</p> }
                <ul class="record-list" id="hazard-list">
                    { for list.items.iter().map(|h| html! { <HazardRow key={h.id.clone()} hazard={h.clone()} /> }) }
                </ul>
                if list.loaded {
                    <ListFooter shown={list.items.len()} total={list.total}
                        can_load_more={list.has_next && !list.loading} on_more={list.more.clone()} />
                }
                if list.loading { <Loading /> }
            </section>
        </div>
    }
}
