//! One hazard: what, where, how serious, its deadline and plan, photos,
//! the whole history (who, when, what, note, photos), and the steps the
//! server says are allowed now. A refused step shows the server's reason
//! (e.g. the verifier must not be the rectifier).

mod actions;
mod history;

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{hazard_detail, ApiError, HazardDetail};
use crate::app::Route;
use crate::components::{AuthImage, ErrorBanner, Loading};
use crate::dates::local_datetime;
use crate::hooks::category_label;
use crate::hooks::use_fetch;
use crate::i18n::{labels, use_i18n, F, K};
use actions::HazardActions;
use history::History;

#[derive(Properties, PartialEq)]
pub struct HazardPageProps {
    pub id: String,
}

#[component]
pub fn HazardPage(props: &HazardPageProps) -> Html {
    let i18n = use_i18n();
    let fetched = use_fetch(props.id.clone(), |client, id| async move {
        hazard_detail(&client, &id).await
    });
    // The answer of the last step replaces the fetched hazard.
    let stepped = use_state(|| None::<Rc<HazardDetail>>);
    let hazard = (*stepped)
        .clone()
        .filter(|h| h.item.id == props.id)
        .or(fetched.data.clone());
    let Some(h) = hazard else {
        return match fetched.error {
            Some(ApiError::NotFound) => {
                html! { <section class="card empty-state"><h1>{ i18n.t(K::ErrNotFound) }</h1></section> }
            }
            Some(err) => html! { <ErrorBanner error={err} retry={fetched.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let on_step = {
        let stepped = stepped.clone();
        Callback::from(move |h: HazardDetail| stepped.set(Some(Rc::new(h))))
    };
    let item = &h.item;
    let fact =
        |label: F, value: String| html! { <div><dt>{ i18n.t(label) }</dt><dd>{ value }</dd></div> };
    html! {
        <div class="hazard-page">
            <section class={classes!("card", "hazard-summary", item.overdue.then_some("overdue"))}>
                <div class="node-title-row">
                    <div>
                        <h1 class="node-title" id="hazard-title">{ item.title.clone() }</h1>
                        <div class="node-badges">
                            <span class={classes!("chip", format!("state-{}", item.state.slug()))} id="hazard-state">
                                { labels::hazard_state(&i18n, item.state) }
                            </span>
                            <span class="chip">{ labels::severity(&i18n, item.severity) }</span>
                            if item.overdue { <span class="chip chip-gap">{ i18n.t(F::Overdue) }</span> }
                        </div>
                    </div>
                    <Link<Route> to={Route::Hazards { id: item.node.id.clone() }} classes="btn btn-secondary btn-small">
                        { i18n.t(F::AllHazardsThere) }
                    </Link<Route>>
                </div>
                if !h.description.is_empty() { <p class="hazard-description">{ h.description.clone() }</p> }
                <dl class="facts">
                    { fact(F::Category, category_label(i18n.lang, &item.category, &item.category_name)) }
                    { fact(F::RecordNode, item.node.name.clone()) }
                    { fact(F::HandlingNode, item.handling_node_name.clone()) }
                    { fact(F::ReportedBy, format!("{} · {}", item.reporter_name, local_datetime(&item.reported_at))) }
                    if let Some(d) = &item.deadline { { fact(F::Deadline, d.clone()) } }
                    if let Some(r) = &h.responsible_name { { fact(F::Responsible, r.clone()) } }
                    if let Some(m) = &h.measures { { fact(F::Measures, m.clone()) } }
                    if let (Some(lat), Some(lon)) = (h.latitude, h.longitude) {
                        { fact(F::Location, format!("{lat:.5}, {lon:.5}")) }
                    }
                </dl>
                if !item.photos.is_empty() {
                    <div class="thumbs thumbs-large">
                        { for item.photos.iter().map(|p| html! {
                            <AuthImage key={p.id.clone()} class="thumb" url={p.thumbnail_url.clone()}
                                full_url={Some(AttrValue::from(p.url.clone()))} alt={i18n.t(F::Photos)} />
                        }) }
                    </div>
                }
            </section>
            <HazardActions hazard={h.clone()} {on_step} />
            <History events={h.history.clone()} />
        </div>
    }
}
