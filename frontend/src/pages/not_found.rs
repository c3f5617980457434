//! Unknown URL.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::i18n::{use_i18n, K};

#[component]
pub fn NotFound() -> Html {
    let i18n = use_i18n();
    html! {
        <section class="card empty-state">
            <h1>{ i18n.t(K::PageNotFound) }</h1>
            <Link<Route> to={Route::Home} classes="btn btn-primary">{ i18n.t(K::BackHome) }</Link<Route>>
        </section>
    }
}
