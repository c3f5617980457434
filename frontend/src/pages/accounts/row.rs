//! One account as a table row (a stacked card on phones).

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{AccountItem, Me};
use crate::app::Route;
use crate::i18n::{labels, I18n, K};

pub fn my_id(me: &Option<Rc<Me>>) -> Option<String> {
    me.as_ref().map(|m| m.id.clone())
}

pub fn account_row(
    i18n: &I18n,
    a: &AccountItem,
    me: Option<String>,
    set_disabled: &Callback<(String, bool)>,
    busy: bool,
) -> Html {
    let is_me = me.as_deref() == Some(a.id.as_str());
    let onclick = {
        let (cb, id, next) = (set_disabled.clone(), a.id.clone(), !a.disabled);
        Callback::from(move |_: MouseEvent| cb.emit((id.clone(), next)))
    };
    let (status, status_class) = if a.disabled {
        (K::Disabled, "chip chip-gap")
    } else {
        (K::Active, "chip chip-ok")
    };
    html! {
        <tr class="account" key={a.id.clone()}>
            <td data-label={i18n.t(K::Username)}><strong>{ a.username.clone() }</strong></td>
            <td data-label={i18n.t(K::Role)}>{ labels::role(i18n, a.role) }</td>
            <td data-label={i18n.t(K::Node)}>
                <Link<Route> to={Route::Node { id: a.node.id.clone() }} classes="node-link">
                    { a.node.name.clone() }
                </Link<Route>>
            </td>
            <td data-label={i18n.t(K::Status)}><span class={status_class}>{ i18n.t(status) }</span></td>
            <td class="cell-actions">
                if !is_me {
                    <button type="button" disabled={busy}
                        class={if a.disabled { "btn btn-small btn-secondary" } else { "btn btn-small btn-danger-outline" }}
                        {onclick}>
                        { i18n.t(if a.disabled { K::Enable } else { K::Disable }) }
                    </button>
                }
            </td>
        </tr>
    }
}
