//! "Showing n of total" and the load-more button under every paged list.

use yew::prelude::*;

use crate::i18n::{use_i18n, K};

#[derive(Properties, PartialEq)]
pub struct ListFooterProps {
    pub shown: usize,
    pub total: i64,
    /// Show the button: there is a next page and nothing is loading.
    pub can_load_more: bool,
    pub on_more: Callback<()>,
    /// Extra classes, e.g. `no-print` on the roster.
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn ListFooter(props: &ListFooterProps) -> Html {
    let i18n = use_i18n();
    let more = {
        let on_more = props.on_more.clone();
        Callback::from(move |_: MouseEvent| on_more.emit(()))
    };
    html! {
        <div class={classes!("list-footer", props.class.clone())}>
            <span class="muted">{ i18n.f(K::ShownOfTotal, &[&props.shown, &props.total]) }</span>
            if props.can_load_more {
                <button type="button" class="btn btn-secondary load-more" onclick={more}>
                    { i18n.t(K::LoadMore) }
                </button>
            }
        </div>
    }
}
