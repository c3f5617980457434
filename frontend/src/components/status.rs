//! Loading and error states.

use yew::prelude::*;

use crate::api::ApiError;
use crate::i18n::{labels, use_i18n, K};

#[component]
pub fn Loading() -> Html {
    let i18n = use_i18n();
    html! {
        <div class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            <span>{ i18n.t(K::Loading) }</span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ErrorBannerProps {
    pub error: ApiError,
    /// Offered as a "retry" button when given.
    #[prop_or_default]
    pub retry: Option<Callback<()>>,
    /// What FORBIDDEN means where this banner stands, when the general
    /// sentence would leave the reader guessing.
    #[prop_or_default]
    pub forbidden: Option<K>,
}

#[component]
pub fn ErrorBanner(props: &ErrorBannerProps) -> Html {
    let i18n = use_i18n();
    let retry = props.retry.clone().map(|cb| {
        html! {
            <button type="button" class="btn btn-small btn-secondary"
                onclick={Callback::from(move |_: MouseEvent| cb.emit(()))}>
                { i18n.t(K::Retry) }
            </button>
        }
    });
    html! {
        <div class="alert alert-error" role="alert">
            <span>{ match (&props.error, props.forbidden) {
                (ApiError::Forbidden, Some(key)) => i18n.t(key).to_owned(),
                (err, _) => labels::error(&i18n, err),
            } }</span>
            { retry.unwrap_or_default() }
        </div>
    }
}
