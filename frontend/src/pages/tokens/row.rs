//! One dashboard token as a table row (a stacked card on phones).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::ApiToken;
use crate::app::Route;
use crate::dates::{is_past, local_datetime};
use crate::i18n::{I18n, K};

pub fn token_row(i18n: &I18n, t: &ApiToken, on_revoke: &Callback<ApiToken>, busy: bool) -> Html {
    let expired = t.expires_at.as_deref().is_some_and(is_past);
    let (status, class) = match (&t.revoked_at, expired) {
        (Some(_), _) => (K::Revoked, "chip chip-gap"),
        (None, true) => (K::Expired, "chip chip-gap"),
        (None, false) => (K::Valid, "chip chip-ok"),
    };
    let when = |at: &Option<String>, none: K| match at {
        Some(at) => html! { <span class="nowrap">{ local_datetime(at) }</span> },
        None => html! { <span class="muted">{ i18n.t(none) }</span> },
    };
    let onclick = {
        let (cb, t) = (on_revoke.clone(), t.clone());
        Callback::from(move |_: MouseEvent| cb.emit(t.clone()))
    };
    html! {
        <tr class={classes!("api-token", t.revoked_at.is_some().then_some("ended"))} key={t.id.clone()}>
            <td data-label={i18n.t(K::TokenName)}><strong>{ t.name.clone() }</strong></td>
            <td data-label={i18n.t(K::TokenNode)}>
                <Link<Route> to={Route::Node { id: t.node.id.clone() }} classes="node-link">
                    { t.node.name.clone() }
                </Link<Route>>
            </td>
            <td data-label={i18n.t(K::CreatedAt)}>{ when(&Some(t.created_at.clone()), K::NeverUsed) }</td>
            <td data-label={i18n.t(K::ExpiresAt)}>{ when(&t.expires_at, K::NeverExpires) }</td>
            <td data-label={i18n.t(K::LastUsed)}>{ when(&t.last_used_at, K::NeverUsed) }</td>
            <td data-label={i18n.t(K::Status)}>
                <span class="status-cell">
                    <span class={class}>{ i18n.t(status) }</span>
                    if let Some(at) = &t.revoked_at {
                        <span class="muted small nowrap">{ local_datetime(at) }</span>
                    }
                </span>
            </td>
            <td class={classes!("cell-actions", t.revoked_at.is_some().then_some("cell-blank"))}>
                if t.revoked_at.is_none() {
                    <button type="button" class="btn btn-small btn-danger-outline revoke-token"
                        disabled={busy} {onclick}>
                        { i18n.t(K::Revoke) }
                    </button>
                }
            </td>
        </tr>
    }
}
