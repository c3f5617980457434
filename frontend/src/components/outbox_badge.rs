//! "待发送 N 条": always in the header while anything waits or was
//! refused, linking to the outbox. Says "sending…" while the sender runs.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::i18n::{use_i18n, F};
use crate::outbox::use_outbox;

#[component]
pub fn OutboxBadge() -> Html {
    let i18n = use_i18n();
    let Some(outbox) = use_outbox() else {
        return Html::default();
    };
    let c = &outbox.counts;
    if c.waiting == 0 && c.failed == 0 && c.storage_error.is_none() {
        return Html::default();
    }
    let text = if c.waiting > 0 {
        i18n.f(F::WaitingN, &[&c.waiting])
    } else if c.failed > 0 {
        i18n.f(F::FailedN, &[&c.failed])
    } else {
        i18n.t(F::StorageUnavailable).to_owned()
    };
    html! {
        <Link<Route> to={Route::Outbox}
            classes={classes!("outbox-badge", (c.failed > 0).then_some("has-failed"), c.sending.then_some("sending"))}>
            <span id="outbox-count">{ text }</span>
            if c.sending {
                <span class="sr-only">{ i18n.t(F::Sending) }</span>
                <span class="outbox-spinner" aria-hidden="true"></span>
            }
        </Link<Route>>
    }
}
