//! 锁定并排名: shown only where the county's `allowedActions` has
//! LOCK_SCORECARDS and the year is open. It asks first (the lock cannot be
//! undone), then locks, and the page reads the published ranking.

use yew::prelude::*;

use crate::api::lock_scorecards;
use crate::components::ErrorBanner;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, G, K};

#[derive(Properties, PartialEq)]
pub struct LockButtonProps {
    pub county_id: String,
    pub year: i32,
    pub on_locked: Callback<()>,
}

#[component]
pub fn LockButton(props: &LockButtonProps) -> Html {
    let i18n = use_i18n();
    let asking = use_state(|| false);
    let submit = use_submit();
    {
        // Another year is another question.
        let asking = asking.clone();
        use_effect_with(props.year, move |_| asking.set(false));
    }
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(true))
    };
    let cancel = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(false))
    };
    let lock = {
        let (submit, asking, on_locked) = (submit.clone(), asking.clone(), props.on_locked.clone());
        let (county_id, year) = (props.county_id.clone(), props.year);
        Callback::from(move |_: MouseEvent| {
            let county_id = county_id.clone();
            let (asking, on_locked) = (asking.clone(), on_locked.clone());
            submit.run(
                move |client| async move { lock_scorecards(&client, &county_id, year).await },
                Callback::from(move |()| {
                    asking.set(false);
                    on_locked.emit(());
                }),
            );
        })
    };
    let label = i18n.t(G::Lock);
    html! {
        <div class="scorecard-lock no-print">
            if let Some(err) = submit.error.clone() { <ErrorBanner error={err} /> }
            if *asking {
                <div class="alert alert-warn confirm-question" role="alert" id="lock-question">
                    <p>{ i18n.f(G::LockConfirm, &[&props.year]) }</p>
                    <p class="small">{ i18n.t(G::LockHint) }</p>
                    <div class="form-actions">
                        <button type="button" class="btn btn-secondary" id="lock-cancel" onclick={cancel}>
                            { i18n.t(K::Cancel) }
                        </button>
                        <button type="button" class="btn btn-danger" id="lock-confirm"
                            disabled={submit.busy} onclick={lock}>
                            { if submit.busy { i18n.t(K::Working).to_owned() } else { i18n.f(K::ConfirmDo, &[&label]) } }
                        </button>
                    </div>
                </div>
            } else {
                <button type="button" class="btn btn-primary" id="lock-scorecards" onclick={ask}>
                    { label }
                </button>
            }
        </div>
    }
}
