//! "Use my location": the phone's position with its accuracy, asked only
//! when the user taps (browsers ask permission then), and cleared on demand.

use yew::prelude::*;

use crate::device::{locate, LocateError, Position};
use crate::i18n::{use_i18n, F};

#[derive(Properties, PartialEq)]
pub struct LocationFieldProps {
    pub id: AttrValue,
    pub position: Option<Position>,
    pub onchange: Callback<Option<Position>>,
}

#[component]
pub fn LocationField(props: &LocationFieldProps) -> Html {
    let i18n = use_i18n();
    let busy = use_state(|| false);
    let problem = use_state(|| None::<LocateError>);
    let ask = {
        let (busy, problem, cb) = (busy.clone(), problem.clone(), props.onchange.clone());
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            busy.set(true);
            problem.set(None);
            let (busy, problem, cb) = (busy.clone(), problem.clone(), cb.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = locate().await;
                busy.set(false);
                match result {
                    Ok(p) => cb.emit(Some(p)),
                    Err(e) => problem.set(Some(e)),
                }
            });
        })
    };
    let clear = {
        let cb = props.onchange.clone();
        Callback::from(move |_: MouseEvent| cb.emit(None))
    };
    let problem_text = problem.map(|e| {
        i18n.t(match e {
            LocateError::Denied => F::LocateDenied,
            LocateError::Unavailable => F::LocateUnavailable,
            LocateError::Timeout => F::LocateTimeout,
            LocateError::Unsupported => F::LocateUnsupported,
        })
    });
    html! {
        <div class="field location-field">
            <span class="field-label">{ i18n.t(F::Location) }</span>
            if let Some(p) = props.position {
                <div class="location-chosen" id={props.id.clone()}>
                    <span class="mono">{ format!("{:.5}, {:.5}", p.latitude, p.longitude) }</span>
                    <span class="muted">{ i18n.f(F::Accuracy, &[&(p.accuracy.round() as i64)]) }</span>
                    <button type="button" class="btn btn-small btn-secondary" onclick={clear}>
                        { i18n.t(F::LocationClear) }
                    </button>
                </div>
            } else {
                <button id={props.id.clone()} type="button" class="btn btn-secondary btn-big"
                    onclick={ask} disabled={*busy}>

                    { i18n.t(if *busy { F::Locating } else { F::UseMyLocation }) }
                </button>
            }
            if let Some(text) = problem_text {
                <p class="field-error" role="alert">{ text }</p>
            }
        </div>
    }
}
