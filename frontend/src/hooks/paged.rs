//! `use_paged`: a Relay connection read a page at a time, "load more"
//! appending the next page. A change of `deps` starts over; answers to
//! requests that have since been superseded are dropped.

use std::future::Future;
use std::rc::Rc;

use yew::prelude::*;

use crate::api::{ApiError, Client, Connection};
use crate::session::use_session;

#[derive(Clone)]
pub struct Paged<T> {
    pub items: Rc<Vec<T>>,
    pub total: i64,
    pub has_next: bool,
    /// The first page has arrived.
    pub loaded: bool,
    pub loading: bool,
    pub error: Option<ApiError>,
    /// Fetches the next page.
    pub more: Callback<()>,
    /// Starts over from the first page.
    pub reload: Callback<()>,
}

struct State<T> {
    items: Rc<Vec<T>>,
    total: i64,
    cursor: Option<String>,
    has_next: bool,
    loaded: bool,
    loading: bool,
    error: Option<ApiError>,
}

impl<T> Default for State<T> {
    fn default() -> Self {
        State {
            items: Rc::new(Vec::new()),
            total: 0,
            cursor: None,
            has_next: false,
            loaded: false,
            loading: false,
            error: None,
        }
    }
}

#[hook]
pub fn use_paged<T, D, F, Fut>(deps: D, load: F) -> Paged<T>
where
    T: Clone + 'static,
    D: PartialEq + Clone + 'static,
    F: Fn(Rc<Client>, D, Option<String>) -> Fut + 'static,
    Fut: Future<Output = Result<Connection<T>, ApiError>> + 'static,
{
    let session = use_session();
    let state = use_state(State::<T>::default);
    let generation = use_mut_ref(|| 0u64);
    let load = Rc::new(load);
    let tick = use_state(|| 0u64);

    // `reset` starts over; otherwise the next page is appended to `state`.
    let fetch = {
        let (state, deps) = (state.clone(), deps.clone());
        Callback::from(move |reset: bool| {
            let Some(session) = session.clone() else {
                return;
            };
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            let (items, cursor) = if reset {
                (Rc::new(Vec::new()), None)
            } else {
                (state.items.clone(), state.cursor.clone())
            };
            let (total, has_next, loaded) = if reset {
                (0, false, false)
            } else {
                (state.total, state.has_next, state.loaded)
            };
            state.set(State {
                items: items.clone(),
                total,
                cursor: cursor.clone(),
                has_next,
                loaded,
                loading: true,
                error: None,
            });
            let (state, generation, load, deps) = (
                state.clone(),
                generation.clone(),
                load.clone(),
                deps.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = load(session.client.clone(), deps, cursor.clone()).await;
                if *generation.borrow() != mine {
                    return;
                }
                state.set(match result {
                    Ok(page) => {
                        let mut all = (*items).clone();
                        all.extend(page.edges.into_iter().map(|e| e.node));
                        State {
                            items: Rc::new(all),
                            total: page.total_count,
                            has_next: page.page_info.has_next_page
                                && page.page_info.end_cursor.is_some(),
                            cursor: page.page_info.end_cursor,
                            loaded: true,
                            loading: false,
                            error: None,
                        }
                    }
                    Err(error) => State {
                        items,
                        total,
                        cursor,
                        has_next,
                        loaded,
                        loading: false,
                        error: Some(error),
                    },
                });
            });
        })
    };
    {
        let fetch = fetch.clone();
        use_effect_with((deps, *tick), move |_| fetch.emit(true));
    }
    let more = {
        let fetch = fetch.clone();
        Callback::from(move |()| fetch.emit(false))
    };
    let reload = Callback::from(move |()| tick.set(*tick + 1));
    Paged {
        items: state.items.clone(),
        total: state.total,
        has_next: state.has_next,
        loaded: state.loaded,
        loading: state.loading,
        error: state.error.clone(),
        more,
        reload,
    }
}
