//! A hazard's history, oldest first: each step with who, when, the state
//! change, a move between handling nodes, the note and its photos.

use yew::prelude::*;

use crate::api::HazardEvent;
use crate::components::AuthImage;
use crate::dates::local_datetime;
use crate::i18n::{labels, use_i18n, F};

#[derive(Properties, PartialEq)]
pub struct HistoryProps {
    pub events: Vec<HazardEvent>,
}

#[component]
pub fn History(props: &HistoryProps) -> Html {
    let i18n = use_i18n();
    let rows = props.events.iter().map(|e| {
        let change = match e.from_state {
            Some(from) if from != e.to_state => format!(
                "{} → {}",
                labels::hazard_state(&i18n, from),
                labels::hazard_state(&i18n, e.to_state)
            ),
            _ => labels::hazard_state(&i18n, e.to_state).to_owned(),
        };
        // An escalation names the level it went to, not data above the reader.
        let moved = e
            .from_handling_code
            .as_ref()
            .filter(|from| **from != e.to_handling_code)
            .map(|_| i18n.t(F::MovedUp).to_owned());
        html! {
            <li class="history-item" key={e.id.clone()}>
                <div class="history-head">
                    <strong>{ labels::hazard_action(&i18n, &e.action) }</strong>
                    <span class="muted">{ local_datetime(&e.created_at) }</span>
                </div>
                <p class="small">
                    { e.actor_name.clone().unwrap_or_else(|| i18n.t(F::System).to_owned()) }{ " · " }{ change }
                    if let Some(d) = &e.deadline { { " · " }{ i18n.f(F::DeadlineOn, &[d]) } }
                </p>
                if let Some(m) = moved { <p class="small">{ m }</p> }
                if let Some(n) = &e.note { <p class="history-note">{ n.clone() }</p> }
                if !e.photos.is_empty() {
                    <div class="thumbs">
                        { for e.photos.iter().map(|p| html! {
                            <AuthImage key={p.id.clone()} class="thumb" url={p.thumbnail_url.clone()}
                                full_url={Some(AttrValue::from(p.url.clone()))} alt={i18n.t(F::Photos)} />
                        }) }
                    </div>
                }
            </li>
        }
    });
    html! {
        <section class="card history-card">
            <h2 class="card-title">{ i18n.t(F::History) }</h2>
            <ol class="history" id="hazard-history">{ for rows }</ol>
        </section>
    }
}
