//! A page the signed-in user's account cannot use (a form opened by URL
//! for work the server would refuse): said plainly, with the way home.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::i18n::{use_i18n, K};

#[component]
pub fn NotAllowed() -> Html {
    let i18n = use_i18n();
    html! {
        <section class="card empty-state" id="not-allowed">
            <h1>{ i18n.t(K::NotForYourRole) }</h1>
            <p>{ i18n.t(K::NotForYourRoleHint) }</p>
            <Link<Route> to={Route::Home} classes="btn btn-primary">{ i18n.t(K::BackHome) }</Link<Route>>
        </section>
    }
}
