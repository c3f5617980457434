//! A township leader's villages (挂包村) as a cell of the leaders' table:
//! each village assigned today with the day it started.

use yew::prelude::*;

use crate::api::Appointment;
use crate::i18n::{I18n, M};

pub fn assigned_villages_cell(i18n: &I18n, a: &Appointment) -> Html {
    if a.assigned_villages.is_empty() {
        // A former leader's villages ended with the post: nothing to chase.
        return if a.current {
            html! { <span class="chip chip-gap">{ i18n.t(M::NoAssignedVillages) }</span> }
        } else {
            Html::default()
        };
    }
    html! {
        <ul class="assigned-villages">
            { for a.assigned_villages.iter().map(|v| html! {
                <li class="assigned-village" key={v.id.clone()} data-village={v.village.id.clone()}>
                    <span class="village-name">{ v.village.name.clone() }</span>
                    <span class="muted small assigned-since">{ i18n.f(M::AssignedSince, &[&v.since]) }</span>
                </li>
            }) }
        </ul>
    }
}
