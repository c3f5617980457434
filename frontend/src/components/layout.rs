//! The frame of every signed-in page: header with the product name and
//! navigation, the page, and a footer.

use yew::prelude::*;
use yew_router::prelude::*;

use super::OutboxBadge;
use crate::api::Role;
use crate::app::Route;
use crate::i18n::{labels, use_i18n, F, K};
use crate::outbox::use_outbox;
use crate::session::use_session;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Html,
}

#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let route = use_route::<Route>();
    let me = session.as_ref().and_then(|s| s.me());

    let unsent = use_outbox().map_or(0, |o| o.counts.waiting + o.counts.failed);
    let on_logout = {
        let session = session.clone();
        let navigator = use_navigator();
        let question = (unsent > 0).then(|| i18n.f(F::LogoutWithUnsent, &[&unsent]));
        Callback::from(move |_: MouseEvent| {
            // Unsent records stay on the phone for this account, but they
            // only go out once it signs in again: say so before leaving.
            if let (Some(q), Some(w)) = (&question, web_sys::window()) {
                if !w.confirm_with_message(q).unwrap_or(false) {
                    return;
                }
            }
            if let Some(session) = session.clone() {
                wasm_bindgen_futures::spawn_local(async move { session.client.logout().await });
            }
            if let Some(nav) = &navigator {
                nav.push(&Route::Home);
            }
        })
    };
    let on_lang = {
        let i18n = i18n.clone();
        Callback::from(move |_: MouseEvent| i18n.set_lang(i18n.lang.other()))
    };

    let nav_class = |active: bool| classes!("nav-link", active.then_some("active"));
    let nav = me.as_ref().map(|me| {
        let home_active = matches!(route, Some(Route::Home));
        let search_active = matches!(route, Some(Route::Search));
        let field_active = matches!(
            route,
            Some(
                Route::Field
                    | Route::RecordPatrol
                    | Route::ReportHazard
                    | Route::Outbox
                    | Route::EditPatrol { .. }
                    | Route::EditHazard { .. }
                    | Route::HazardFromPatrol { .. }
            )
        );
        let accounts_active = matches!(route, Some(Route::Accounts { .. } | Route::Tokens { .. }));
        html! {
            <nav class="main-nav" aria-label={i18n.t(K::NavLabel)}>
                <Link<Route> to={Route::Home} classes={nav_class(home_active)}>
                    { i18n.t(K::NavHome) }
                </Link<Route>>
                if me.role != Role::Viewer {
                    <Link<Route> to={Route::Field} classes={nav_class(field_active)}>
                        { i18n.t(F::NavField) }
                    </Link<Route>>
                }
                <Link<Route> to={Route::Search} classes={nav_class(search_active)}>
                    { i18n.t(K::NavSearch) }
                </Link<Route>>
                if me.can_manage_accounts {
                    <Link<Route> to={Route::Accounts { id: me.node.id.clone() }}
                        classes={nav_class(accounts_active)}>
                        { i18n.t(K::NavAccounts) }
                    </Link<Route>>
                }
                <Link<Route> to={Route::Password}
                    classes={nav_class(matches!(route, Some(Route::Password)))}>
                    { i18n.t(K::NavPassword) }
                </Link<Route>>
            </nav>
        }
    });

    html! {
        <div class="shell">
            <header class="topbar">
                <div class="topbar-inner">
                    <Link<Route> to={Route::Home} classes="brand">
                        <img class="brand-mark" src="/icon.svg" alt="" width="32" height="32" />
                        <span class="brand-text">
                            <span class="brand-name">{ i18n.t(K::AppName) }</span>
                            <span class="brand-sub">{ i18n.t(K::AppTagline) }</span>
                        </span>
                    </Link<Route>>
                    <div class="topbar-actions">
                        if let Some(me) = &me {
                            <span class="whoami" title={me.node.name.clone()}>
                                <span class="whoami-name">{ me.username.clone() }</span>
                                <span class="whoami-role">
                                    { format!("{} · {}", me.node.name, labels::role(&i18n, me.role)) }
                                </span>
                            </span>
                        }
                        <button id="lang-switch" class="btn btn-ghost btn-small" type="button"
                            onclick={on_lang} title={i18n.t(K::LangSwitchTitle)}>
                            { i18n.t(K::LangSwitch) }
                        </button>
                        if me.is_some() {
                            <button id="logout" class="btn btn-ghost btn-small" type="button"
                                onclick={on_logout}>
                                { i18n.t(K::Logout) }
                            </button>
                        }
                    </div>
                </div>
                { nav.unwrap_or_default() }
            </header>
            <OutboxBadge />
            <main class="content">{ props.children.clone() }</main>
            <footer class="footer">{ i18n.t(K::Footer) }</footer>
        </div>
    }
}
