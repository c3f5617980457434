//! The outbox page (待发送): the signed-in account's records that have not
//! reached the server, waiting or refused. A refused one shows the
//! server's reason and can be edited and resent, or discarded, each by an
//! explicit tap; nothing disappears from here except by arriving.

mod row;

use yew::prelude::*;

use crate::i18n::{use_i18n, F};
use crate::outbox::{store, use_outbox, ItemMeta};
use crate::session::use_session;
use row::OutboxRow;

#[component]
pub fn OutboxPage() -> Html {
    let i18n = use_i18n();
    let me = use_session().and_then(|s| s.me());
    let outbox = use_outbox();
    let items = use_state(|| None::<Result<Vec<ItemMeta>, String>>);
    let version = outbox.as_ref().map_or(0, |o| o.counts.version);
    let owner = me.as_ref().map(|m| m.id.clone());
    let local_change = use_state(|| 0u32);
    {
        let items = items.clone();
        use_effect_with(
            (version, *local_change, owner.clone()),
            move |(_, _, owner)| {
                let owner = owner.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let result = store::list()
                        .await
                        .map(|all| {
                            all.into_iter()
                                .filter(|i| Some(&i.owner) == owner.as_ref())
                                .collect()
                        })
                        .map_err(|e| e.0);
                    items.set(Some(result));
                });
            },
        );
    }
    let kick = outbox.as_ref().map(|o| o.kick.clone()).unwrap_or_default();
    let on_change = {
        let (local_change, kick) = (local_change.clone(), kick.clone());
        Callback::from(move |resend: bool| {
            local_change.set(*local_change + 1);
            if resend {
                kick.emit(());
            }
        })
    };
    let send_now = {
        let kick = kick.clone();
        Callback::from(move |_: MouseEvent| kick.emit(()))
    };
    let sending = outbox.as_ref().is_some_and(|o| o.counts.sending);
    let body = match &*items {
        None => html! { <crate::components::Loading /> },
        Some(Err(e)) => html! {
            <div class="alert alert-error" role="alert">{ i18n.f(F::StorageFailed, &[e]) }</div>
        },
        Some(Ok(list)) if list.is_empty() => html! {
            <p class="empty" id="outbox-empty">{ i18n.t(F::OutboxEmpty) }</p>
        },
        Some(Ok(list)) => html! {
            <ul class="outbox-list" id="outbox-list">
                { for list.iter().map(|item| html! {
                    <OutboxRow key={item.id.clone()} item={item.clone()} on_change={on_change.clone()} />
                }) }
            </ul>
        },
    };
    let waiting = matches!(&*items, Some(Ok(list)) if list.iter().any(|i| i.state == crate::outbox::ItemState::Waiting));
    html! {
        <div class="field-page outbox-page">
            <h1 class="field-title">{ i18n.t(F::Outbox) }</h1>
            <p class="muted">{ i18n.t(F::OutboxIntro) }</p>
            if waiting {
                <button type="button" id="outbox-send" class="btn btn-primary btn-big btn-block"
                    onclick={send_now} disabled={sending}>
                    { i18n.t(if sending { F::Sending } else { F::SendNow }) }
                </button>
            }
            { body }
        </div>
    }
}
