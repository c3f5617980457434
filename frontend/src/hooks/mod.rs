//! `use_fetch`: load data for a component with the session's client, reload
//! on demand, and ignore answers that arrive after newer requests.
//! `use_paged` does the same for a Relay connection read page by page.

mod paged;
mod sectors;

pub use paged::use_paged;
pub use sectors::{category_label, refresh_sector_cache, use_sectors};

use std::future::Future;
use std::rc::Rc;

use yew::prelude::*;

use crate::api::{ApiError, Client};
use crate::session::use_session;

#[derive(Clone)]
pub struct Fetch<T> {
    pub data: Option<Rc<T>>,
    pub error: Option<ApiError>,
    pub loading: bool,
    pub reload: Callback<()>,
}

struct Loaded<T> {
    data: Option<Rc<T>>,
    error: Option<ApiError>,
    loading: bool,
}

/// Runs `load(client, deps)` when `deps` change and when `reload` is
/// emitted. On a reload the old data stays on screen until the new arrives;
/// on a change of `deps` it is cleared, so one node never shows another's.
#[hook]
pub fn use_fetch<T, D, F, Fut>(deps: D, load: F) -> Fetch<T>
where
    T: 'static,
    D: PartialEq + Clone + 'static,
    F: Fn(Rc<Client>, D) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let session = use_session();
    let state = use_state(|| Loaded::<T> {
        data: None,
        error: None,
        loading: true,
    });
    let generation = use_mut_ref(|| 0u64);
    let last_deps = use_mut_ref(|| None::<D>);
    let tick = use_state(|| 0u64);
    let load = Rc::new(load);
    {
        let state = state.clone();
        use_effect_with((deps, *tick), move |(deps, _)| {
            let same_deps = last_deps.borrow().as_ref() == Some(deps);
            *last_deps.borrow_mut() = Some(deps.clone());
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            let kept = if same_deps { state.data.clone() } else { None };
            state.set(Loaded {
                data: kept.clone(),
                error: None,
                loading: true,
            });
            if let Some(session) = session {
                let deps = deps.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let result = load(session.client.clone(), deps).await;
                    if *generation.borrow() != mine {
                        return;
                    }
                    state.set(match result {
                        Ok(data) => Loaded {
                            data: Some(Rc::new(data)),
                            error: None,
                            loading: false,
                        },
                        Err(error) => Loaded {
                            data: kept,
                            error: Some(error),
                            loading: false,
                        },
                    });
                });
            }
        });
    }
    let reload = Callback::from(move |()| tick.set(*tick + 1));
    Fetch {
        data: state.data.clone(),
        error: state.error.clone(),
        loading: state.loading,
        reload,
    }
}

/// A form's submission: at most one at a time, its error kept for display.
#[derive(Clone)]
pub struct Submit {
    pub busy: bool,
    pub error: Option<ApiError>,
    busy_handle: UseStateHandle<bool>,
    error_handle: UseStateHandle<Option<ApiError>>,
    client: Option<Rc<Client>>,
}

impl Submit {
    /// Runs `job` with the client; `on_ok` fires when it succeeds.
    pub fn run<F, Fut>(&self, job: F, on_ok: Callback<()>)
    where
        F: FnOnce(Rc<Client>) -> Fut + 'static,
        Fut: Future<Output = Result<(), ApiError>> + 'static,
    {
        if self.busy {
            return;
        }
        let Some(client) = self.client.clone() else {
            return;
        };
        self.busy_handle.set(true);
        self.error_handle.set(None);
        let busy = self.busy_handle.clone();
        let error = self.error_handle.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = job(client).await;
            busy.set(false);
            match result {
                Ok(()) => on_ok.emit(()),
                Err(err) => error.set(Some(err)),
            }
        });
    }
}

#[hook]
pub fn use_submit() -> Submit {
    let session = use_session();
    let busy = use_state(|| false);
    let error = use_state(|| None::<ApiError>);
    Submit {
        busy: *busy,
        error: (*error).clone(),
        busy_handle: busy,
        error_handle: error,
        client: session.map(|s| s.client),
    }
}
