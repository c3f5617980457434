//! One account as a table row (a stacked card on phones), with its actions.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{AccountItem, Me};
use crate::app::Route;
use crate::i18n::{labels, I18n, K, S};

/// What a row's buttons ask the page to do.
pub enum RowAction {
    SetDisabled(String, bool),
    Reset(AccountItem),
    Move(AccountItem),
    SetPerson(AccountItem),
}

pub fn my_id(me: &Option<Rc<Me>>) -> Option<String> {
    me.as_ref().map(|m| m.id.clone())
}

pub fn account_row(
    i18n: &I18n,
    a: &AccountItem,
    me: Option<String>,
    on_action: &Callback<RowAction>,
    busy: bool,
) -> Html {
    let is_me = me.as_deref() == Some(a.id.as_str());
    let emit = |make: fn(&AccountItem) -> RowAction| {
        let (cb, a) = (on_action.clone(), a.clone());
        Callback::from(move |_: MouseEvent| cb.emit(make(&a)))
    };
    let (status, status_class) = if a.disabled {
        (K::Disabled, "chip chip-gap")
    } else {
        (K::Active, "chip chip-ok")
    };
    html! {
        <tr class="account" key={a.id.clone()}>
            <td data-label={i18n.t(K::Username)}><strong>{ a.username.clone() }</strong></td>
            <td data-label={i18n.t(S::Person)} class="account-person">
                { a.person.as_ref().map(|p| p.name.clone()).unwrap_or_default() }
            </td>
            <td data-label={i18n.t(K::Role)}>{ labels::role(i18n, a.role) }</td>
            <td data-label={i18n.t(K::Node)}>
                <Link<Route> to={Route::Node { id: a.node.id.clone() }} classes="node-link">
                    { a.node.name.clone() }
                </Link<Route>>
            </td>
            <td data-label={i18n.t(K::Status)}>
                <span class={status_class}>{ i18n.t(status) }</span>
                if a.must_change_password {
                    { " " }<span class="chip chip-gap">{ i18n.t(S::MustChangeChip) }</span>
                }
            </td>
            <td class={classes!("cell-actions", is_me.then_some("cell-blank"))}>
                if !is_me {
                    <div class="row-actions">
                        <button type="button" class="btn btn-small btn-secondary reset-password"
                            disabled={busy} onclick={emit(|a| RowAction::Reset(a.clone()))}>
                            { i18n.t(K::ResetPassword) }
                        </button>
                        <button type="button" class="btn btn-small btn-secondary set-person"
                            disabled={busy} onclick={emit(|a| RowAction::SetPerson(a.clone()))}>
                            { i18n.t(S::SetPerson) }
                        </button>
                        <button type="button" class="btn btn-small btn-secondary move-account"
                            disabled={busy} onclick={emit(|a| RowAction::Move(a.clone()))}>
                            { i18n.t(K::MoveAccount) }
                        </button>
                        <button type="button" disabled={busy}
                            class={if a.disabled { "btn btn-small btn-secondary" } else { "btn btn-small btn-danger-outline" }}
                            onclick={emit(|a| RowAction::SetDisabled(a.id.clone(), !a.disabled))}>
                            { i18n.t(if a.disabled { K::Enable } else { K::Disable }) }
                        </button>
                    </div>
                }
            </td>
        </tr>
    }
}
