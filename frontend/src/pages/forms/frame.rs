//! The frame every edit form shares: title, error banner (for errors not
//! shown at a field), the fields, submit and cancel. With `confirm`, the
//! first submit only asks; the second one sends.

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
    /// The question asked before sending; `None` sends at once.
    #[prop_or_default]
    pub confirm: Option<AttrValue>,
    /// What FORBIDDEN means for this form.
    #[prop_or_default]
    pub forbidden: Option<K>,
    pub children: Html,
}

#[component]
pub fn FormFrame(props: &FormFrameProps) -> Html {
    let i18n = use_i18n();
    let confirming = use_state(|| false);
    let form = use_node_ref();
    {
        // A form opened from a row far down a list appears out of sight.
        let form = form.clone();
        use_effect_with((), move |_| {
            if let Some(el) = form.cast::<web_sys::Element>() {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                options.set_behavior(web_sys::ScrollBehavior::Smooth);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    let asking = *confirming && props.confirm.is_some();
    {
        // A changed question (other input) must be asked afresh.
        let confirming = confirming.clone();
        use_effect_with(props.confirm.clone(), move |_| confirming.set(false));
    }
    let onsubmit = {
        let (cb, confirming, ask) = (
            props.onsubmit.clone(),
            confirming.clone(),
            props.confirm.is_some(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if ask && !*confirming {
                confirming.set(true);
                return;
            }
            confirming.set(false);
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
        <form class="form inline-form" ref={form} {onsubmit}>
            <h3 class="form-title">{ props.title.clone() }</h3>
            if let Some(e) = banner {
                <ErrorBanner error={e} forbidden={props.forbidden} />
            }
            <div class="form-grid">{ props.children.clone() }</div>
            if let (true, Some(question)) = (asking, &props.confirm) {
                <div class="alert alert-warn confirm-question" role="alert">{ question.clone() }</div>
            }
            <div class="form-actions">
                <button type="button" class="btn btn-secondary" onclick={cancel}>
                    { i18n.t(K::Cancel) }
                </button>
                <button type="submit" class={submit_class} disabled={props.busy}>
                    if asking && !props.busy {
                        { i18n.f(K::ConfirmDo, &[&i18n.t(props.submit)]) }
                    } else {
                        { labels::submit_text(&i18n, props.busy, props.submit) }
                    }
                </button>
            </div>
        </form>
    }
}
