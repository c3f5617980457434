//! One hazard in a list: title, state, where it is handled, deadline
//! (red when overdue), the first photo's thumbnail.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{HazardItem, HazardSeverity};
use crate::app::Route;
use crate::components::AuthImage;
use crate::dates::local_datetime;
use crate::i18n::{labels, use_i18n, F};

#[derive(Properties, PartialEq)]
pub struct HazardRowProps {
    pub hazard: HazardItem,
}

#[component]
pub fn HazardRow(props: &HazardRowProps) -> Html {
    let i18n = use_i18n();
    let h = &props.hazard;
    html! {
        <li class={classes!("record-row", "hazard-row", h.overdue.then_some("overdue"))}>
            <div class="record-main">
                <div class="record-head">
                    <Link<Route> to={Route::Hazard { id: h.id.clone() }} classes="record-link">{ h.title.clone() }</Link<Route>>
                    <span class={classes!("chip", format!("state-{}", h.state.slug()))}>{ labels::hazard_state(&i18n, h.state) }</span>
                    if h.severity == HazardSeverity::Major {
                        <span class="chip chip-gap">{ labels::severity(&i18n, h.severity) }</span>
                    }
                    if h.overdue {
                        <span class="chip chip-gap">{
                            match h.days_overdue {
                                Some(days) => i18n.f(F::OverdueDays, &[&days.to_string()]),
                                None => i18n.t(F::Overdue).to_owned(),
                            }
                        }</span>
                    }
                </div>
                <p class="muted small">
                    { format!("{} · {} · {}", place(h), h.reporter_name, local_datetime(&h.reported_at)) }
                </p>
                <p class="small">
                    { i18n.f(F::HandledAt, &[&h.handling_node_name]) }
                    if let Some(d) = &h.deadline { { " · " }{ i18n.f(F::DeadlineOn, &[d]) } }
                </p>
            </div>
            if let Some(p) = h.photos.first() {
                <div class="thumbs"><AuthImage class="thumb" url={p.thumbnail_url.clone()} alt={i18n.t(F::Photos)} /></div>
            }
        </li>
    }
}

/// Where it was found, from just below the reader's node ("凌云村 /
/// 第一村民组"); the node's name where the server gave no path.
fn place(h: &HazardItem) -> String {
    if h.place_path.is_empty() {
        h.node.name.clone()
    } else {
        h.place_path.join(" / ")
    }
}
