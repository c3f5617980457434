//! Routes and the top of the component tree: language, session, router.
//! Until the session is known a splash shows; signed out, every route
//! shows the login page (and stays on its URL, so a shared link works
//! after signing in).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{Layout, Loading};
use crate::i18n::I18nProvider;
use crate::pages::{
    AccountsPage, LoginPage, NodePage, NotFound, PasswordPage, RosterPage, SearchPage, TokensPage,
};
use crate::session::{use_session, AuthStatus, SessionProvider};

#[derive(Clone, Routable, PartialEq, Debug)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/login")]
    Login,
    #[at("/node/:id")]
    Node { id: String },
    #[at("/node/:id/accounts")]
    Accounts { id: String },
    #[at("/node/:id/roster")]
    Roster { id: String },
    #[at("/node/:id/tokens")]
    Tokens { id: String },
    #[at("/search")]
    Search,
    #[at("/password")]
    Password,
    #[not_found]
    #[at("/404")]
    NotFound,
}

#[component]
pub fn App() -> Html {
    html! {
        <I18nProvider>
            <SessionProvider>
                <BrowserRouter>
                    <Shell />
                </BrowserRouter>
            </SessionProvider>
        </I18nProvider>
    }
}

#[component]
fn Shell() -> Html {
    let Some(session) = use_session() else {
        return Html::default();
    };
    match &session.state.status {
        AuthStatus::Checking => html! { <div class="splash"><Loading /></div> },
        AuthStatus::Anonymous { expired } => html! { <LoginPage expired={*expired} /> },
        AuthStatus::SignedIn(me) => {
            let home = me.node.id.clone();
            html! {
                <Layout>
                    <Switch<Route> render={move |route| switch(route, &home)} />
                </Layout>
            }
        }
    }
}

fn switch(route: Route, home: &str) -> Html {
    match route {
        Route::Home => html! { <NodePage id={home.to_owned()} /> },
        Route::Login => html! { <Redirect<Route> to={Route::Home} /> },
        Route::Node { id } => html! { <NodePage {id} /> },
        Route::Accounts { id } => html! { <AccountsPage {id} /> },
        Route::Roster { id } => html! { <RosterPage {id} /> },
        Route::Tokens { id } => html! { <TokensPage {id} /> },
        Route::Search => html! { <SearchPage /> },
        Route::Password => html! { <PasswordPage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
