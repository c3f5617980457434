//! Who is signed in, as a `Reducible` context. The access token itself is
//! held by the [`Client`] (memory only); this state is what the UI renders.

use std::rc::Rc;

use yew::prelude::*;

use crate::api::{AuthEvent, Client, Me};

#[derive(Clone, Debug, PartialEq)]
pub enum AuthStatus {
    /// Trying the refresh cookie on start.
    Checking,
    /// `expired` says a session ended under the user, not a fresh visit.
    Anonymous {
        expired: bool,
    },
    SignedIn(Rc<Me>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub status: AuthStatus,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            status: AuthStatus::Checking,
        }
    }
}

impl Reducible for Session {
    type Action = AuthEvent;

    fn reduce(self: Rc<Self>, action: AuthEvent) -> Rc<Self> {
        let status = match action {
            AuthEvent::SignedIn(me) => match &self.status {
                AuthStatus::SignedIn(old) if **old == me => return self,
                _ => AuthStatus::SignedIn(Rc::new(me)),
            },
            AuthEvent::SignedOut => AuthStatus::Anonymous { expired: false },
            AuthEvent::Expired => AuthStatus::Anonymous { expired: true },
        };
        Rc::new(Session { status })
    }
}

/// The session context: state to render and the client to call with.
#[derive(Clone, PartialEq)]
pub struct SessionContext {
    pub state: UseReducerHandle<Session>,
    pub client: Rc<Client>,
}

impl SessionContext {
    pub fn me(&self) -> Option<Rc<Me>> {
        match &self.state.status {
            AuthStatus::SignedIn(me) => Some(me.clone()),
            _ => None,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SessionProviderProps {
    pub children: Html,
}

#[component]
pub fn SessionProvider(props: &SessionProviderProps) -> Html {
    let state = use_reducer_eq(Session::default);
    let client = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            Client::new(Callback::from(move |e| dispatcher.dispatch(e)))
        })
    };
    let client: Rc<Client> = (*client).clone();
    {
        let client = client.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move { client.resume().await });
        });
    }
    let ctx = SessionContext { state, client };
    html! {
        <ContextProvider<SessionContext> context={ctx}>
            { props.children.clone() }
        </ContextProvider<SessionContext>>
    }
}

/// The session; outside a provider (never, in this app) a signed-out one.
#[hook]
pub fn use_session() -> Option<SessionContext> {
    use_context::<SessionContext>()
}
