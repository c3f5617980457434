//! After a field record is saved: it is on the phone and will be sent;
//! the next steps (report a hazard found on it, record another, see what
//! is waiting) are one tap away.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::i18n::{use_i18n, F};
use crate::outbox::{store, use_outbox};

#[derive(Properties, PartialEq)]
pub struct SavedNoticeProps {
    /// The outbox key of the saved record.
    pub saved: String,
    /// It is a patrol: offer to report a hazard found on it.
    #[prop_or_default]
    pub patrol: bool,
    pub on_another: Callback<()>,
}

#[component]
pub fn SavedNotice(props: &SavedNoticeProps) -> Html {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let version = outbox.as_ref().map_or(0, |o| o.counts.version);
    // Still in the outbox? Asked again after every change the sender makes.
    let waiting = use_state(|| true);
    {
        let waiting = waiting.clone();
        use_effect_with((props.saved.clone(), version), move |(key, _)| {
            let key = key.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(found) = store::get(&key).await {
                    waiting.set(found.is_some());
                }
            });
        });
    }
    let another = {
        let cb = props.on_another.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let count = outbox.as_ref().map_or(0, |o| o.counts.waiting).max(1);
    html! {
        <section class="card saved-notice" role="status">
            <h2 class="card-title">{ i18n.t(F::Saved) }</h2>
            <p id="saved-state" data-sent={(!*waiting).to_string()}
                class={classes!(if *waiting { "alert alert-warn" } else { "alert alert-success" })}>
                if *waiting {
                    { i18n.f(F::SavedWaiting, &[&count]) }
                } else {
                    { i18n.t(F::SavedSent) }
                }
            </p>
            <div class="field-actions">
                if props.patrol {
                    <Link<Route> to={Route::HazardFromPatrol { patrol: props.saved.clone() }}
                        classes="btn btn-danger-outline btn-big found-hazard">
                        { i18n.t(F::FoundHazard) }
                    </Link<Route>>
                }
                <button type="button" id="record-another" class="btn btn-primary btn-big" onclick={another}>
                    { i18n.t(F::RecordAnother) }
                </button>
                <Link<Route> to={Route::Outbox} classes="btn btn-secondary btn-big">
                    { i18n.t(F::OpenOutbox) }
                </Link<Route>>
            </div>
        </section>
    }
}
