//! The frame every edit form shares: title, error banner (for errors not
//! shown at a field), the fields, submit and cancel.

use yew::prelude::*;

use crate::api::ApiError;
use crate::components::ErrorBanner;
use crate::i18n::{labels, use_i18n, K};

#[derive(Properties, PartialEq)]
pub struct FormFrameProps {
    pub title: AttrValue,
    pub submit: K,
    pub busy: bool,
    pub error: Option<ApiError>,
    /// Fields that show their own server message.
    pub fields: &'static [&'static str],
    pub onsubmit: Callback<()>,
    pub on_cancel: Callback<()>,
    #[prop_or_default]
    pub danger: bool,
    pub children: Html,
}

#[component]
pub fn FormFrame(props: &FormFrameProps) -> Html {
    let i18n = use_i18n();
    let onsubmit = {
        let cb = props.onsubmit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            cb.emit(());
        })
    };
    let cancel = {
        let cb = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let banner = props
        .error
        .clone()
        .filter(|e| !e.is_for_field(props.fields));
    let submit_class = if props.danger {
        "btn btn-danger"
    } else {
        "btn btn-primary"
    };
    html! {
        <form class="form inline-form" {onsubmit}>
            <h3 class="form-title">{ props.title.clone() }</h3>
            if let Some(e) = banner {
                <ErrorBanner error={e} />
            }
            <div class="form-grid">{ props.children.clone() }</div>
            <div class="form-actions">
                <button type="button" class="btn btn-secondary" onclick={cancel}>
                    { i18n.t(K::Cancel) }
                </button>
                <button type="submit" class={submit_class} disabled={props.busy}>
                    { labels::submit_text(&i18n, props.busy, props.submit) }
                </button>
            </div>
        </form>
    }
}
