//! The sender: one loop per app that sends the signed-in account's waiting
//! items, oldest first. It runs on app start, when the browser says it is
//! `online` again, when a form adds an item, and when a back-off timer
//! fires. The counts it keeps feed the "待发送 N 条" indicator.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use super::backoff::delay_ms;
use super::send::{send, Outcome};
use super::store::{self, ItemState};
use crate::api::Client;
use crate::hooks::refresh_sector_cache;
use crate::i18n::{labels, use_i18n, I18n};
use crate::session::use_session;

/// What the rest of the app sees of the outbox.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    pub waiting: usize,
    pub failed: usize,
    pub sending: bool,
    /// Bumped after every change, so lists of items reload.
    pub version: u32,
    /// IndexedDB itself failed: records cannot be kept offline.
    pub storage_error: Option<String>,
}

#[derive(Clone, PartialEq)]
pub struct Outbox {
    pub counts: Counts,
    /// Try now, ignoring back-off (after adding or resending an item).
    pub kick: Callback<()>,
}

/// The loop's own state, shared by its callbacks; not rendered.
struct Runner {
    client: Rc<Client>,
    owner: RefCell<Option<String>>,
    i18n: RefCell<Option<I18n>>,
    running: Cell<bool>,
    /// A kick arrived during a run: run again at once afterwards.
    again: Cell<bool>,
    timer: RefCell<Option<Timeout>>,
    counts: RefCell<Counts>,
    publish: RefCell<Callback<Counts>>,
}

impl Runner {
    fn update(&self, change: impl FnOnce(&mut Counts)) {
        let counts = {
            let mut counts = self.counts.borrow_mut();
            change(&mut counts);
            counts.clone()
        };
        self.publish.borrow().emit(counts);
    }

    /// Recounts the owner's items; answers the earliest time one is due.
    async fn recount(&self) -> Option<f64> {
        let owner = self.owner.borrow().clone();
        match store::list().await {
            Ok(items) => {
                let mine: Vec<_> = items
                    .iter()
                    .filter(|i| Some(&i.owner) == owner.as_ref())
                    .collect();
                let waiting: Vec<_> = mine
                    .iter()
                    .filter(|i| i.state == ItemState::Waiting)
                    .collect();
                let failed = mine.len() - waiting.len();
                let due = waiting.iter().map(|i| i.next_attempt_at).reduce(f64::min);
                let n = waiting.len();
                self.update(|c| {
                    c.waiting = n;
                    c.failed = failed;
                    c.version = c.version.wrapping_add(1);
                    c.storage_error = None;
                });
                due
            }
            Err(err) => {
                self.update(|c| c.storage_error = Some(err.0));
                None
            }
        }
    }
}

/// Runs the loop until nothing more is due, then sets the timer for the
/// next item that is. `force` ignores back-off (start, `online`, a kick).
async fn run(runner: Rc<Runner>, force: bool) {
    if runner.running.get() {
        runner.again.set(true);
        return;
    }
    runner.running.set(true);
    runner.timer.borrow_mut().take();
    let mut force = force;
    let mut wait_until;
    loop {
        runner.again.set(false);
        wait_until = None;
        let Some(owner) = runner.owner.borrow().clone() else {
            break;
        };
        let items = store::list().await.unwrap_or_default();
        let waiting_keys: Vec<String> = items
            .iter()
            .filter(|i| i.owner == owner)
            .map(|i| i.id.clone())
            .collect();
        let due: Vec<_> = items
            .into_iter()
            .filter(|i| i.owner == owner && i.state == ItemState::Waiting)
            .filter(|i| force || i.next_attempt_at <= js_sys::Date::now())
            .collect();
        let mut signed_out = false;
        for meta in due {
            // Fresh from storage: an edit or a discard may have happened.
            let Ok(Some(mut item)) = store::get(&meta.id).await else {
                continue;
            };
            if item.meta.state != ItemState::Waiting {
                continue;
            }
            runner.update(|c| c.sending = true);
            match send(&runner.client, &mut item, &waiting_keys).await {
                Outcome::Sent => {
                    let _ = store::delete(&item.meta.id).await;
                }
                Outcome::Retry => {
                    item.meta.attempts += 1;
                    let at = js_sys::Date::now() + delay_ms(item.meta.attempts);
                    item.meta.next_attempt_at = at;
                    let _ = store::set_meta(&item.meta).await;
                    // The network is likely gone for all of them: wait as a whole.
                    wait_until = Some(at);
                    break;
                }
                Outcome::Refused(err) => {
                    let text = runner
                        .i18n
                        .borrow()
                        .as_ref()
                        .map(|i18n| labels::refusal(i18n, &err))
                        .unwrap_or_default();
                    item.meta.state = ItemState::Failed;
                    item.meta.error = Some(text);
                    let _ = store::set_meta(&item.meta).await;
                }
                Outcome::SignedOut => {
                    signed_out = true;
                    break;
                }
                Outcome::Blocked => {
                    // Its patrol was refused: look again in a while (or
                    // at once when that patrol is resent or discarded).
                    item.meta.next_attempt_at = js_sys::Date::now() + delay_ms(9);
                    let _ = store::set_meta(&item.meta).await;
                }
            }
            runner.recount().await;
        }
        runner.update(|c| c.sending = false);
        let next_due = runner.recount().await;
        if signed_out {
            wait_until = None;
            break;
        }
        if !runner.again.get() {
            wait_until = wait_until.or(next_due);
            break;
        }
        force = true;
    }
    runner.running.set(false);
    if let Some(at) = wait_until {
        let delay = (at - js_sys::Date::now()).clamp(1_000.0, 300_000.0) as u32;
        let again = runner.clone();
        *runner.timer.borrow_mut() = Some(Timeout::new(delay, move || {
            wasm_bindgen_futures::spawn_local(run(again, false));
        }));
    }
}

#[derive(Properties, PartialEq)]
pub struct OutboxProviderProps {
    pub children: Html,
}

#[component]
pub fn OutboxProvider(props: &OutboxProviderProps) -> Html {
    let session = use_session();
    let i18n = use_i18n();
    let counts = use_state(Counts::default);
    let runner = {
        let client = session.as_ref().map(|s| s.client.clone());
        use_memo((), move |_| {
            client.map(|client| {
                Rc::new(Runner {
                    client,
                    owner: RefCell::new(None),
                    i18n: RefCell::new(None),
                    running: Cell::new(false),
                    again: Cell::new(false),
                    timer: RefCell::new(None),
                    counts: RefCell::new(Counts::default()),
                    publish: RefCell::new(Callback::noop()),
                })
            })
        })
    };
    let runner: Option<Rc<Runner>> = (*runner).clone();
    if let Some(r) = &runner {
        let setter = counts.setter();
        *r.publish.borrow_mut() = Callback::from(move |c| setter.set(c));
        *r.i18n.borrow_mut() = Some(i18n.clone());
    }
    let owner = session
        .as_ref()
        .and_then(|s| s.me())
        .map(|me| me.id.clone());
    {
        // Signing in (or the app starting signed in) sends at once.
        let runner = runner.clone();
        use_effect_with(owner, move |owner| {
            if let Some(r) = runner {
                *r.owner.borrow_mut() = owner.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    r.recount().await;
                    if r.owner.borrow().is_some() {
                        run(r.clone(), true).await;
                        // The field forms need the sectors with no signal later.
                        let _ = refresh_sector_cache(&r.client).await;
                    }
                });
            }
        });
    }
    {
        // The browser says the network is back: do not wait for the timer.
        let runner = runner.clone();
        use_effect_with((), move |_| {
            let listener = runner.map(|r| {
                Closure::<dyn Fn()>::new(move || {
                    wasm_bindgen_futures::spawn_local(run(r.clone(), true));
                })
            });
            let window = web_sys::window();
            if let (Some(w), Some(l)) = (&window, &listener) {
                let _ = w.add_event_listener_with_callback("online", l.as_ref().unchecked_ref());
            }
            move || {
                if let (Some(w), Some(l)) = (&window, &listener) {
                    let _ =
                        w.remove_event_listener_with_callback("online", l.as_ref().unchecked_ref());
                }
            }
        });
    }
    let kick = {
        let runner = runner.clone();
        Callback::from(move |()| {
            if let Some(r) = runner.clone() {
                wasm_bindgen_futures::spawn_local(run(r, true));
            }
        })
    };
    let ctx = Outbox {
        counts: (*counts).clone(),
        kick,
    };
    html! {
        <ContextProvider<Outbox> context={ctx}>
            { props.children.clone() }
        </ContextProvider<Outbox>>
    }
}

#[hook]
pub fn use_outbox() -> Option<Outbox> {
    use_context::<Outbox>()
}
