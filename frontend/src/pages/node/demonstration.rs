//! The 设为示范村 / 设为示范组 button and its form on a village's or
//! group's node page: offered only when `allowedActions` has
//! SET_DEMONSTRATION and the node is not already the township's site.

use std::rc::Rc;

use yew::prelude::*;

use crate::api::{Level, NodeDetail};
use crate::i18n::use_i18n;
use crate::pages::forms::{demonstration_label, DemonstrationForm};

#[derive(Properties, PartialEq)]
pub struct DemonstrationActionProps {
    pub node: Rc<NodeDetail>,
    pub on_change: Callback<()>,
}

#[component]
pub fn DemonstrationAction(props: &DemonstrationActionProps) -> Html {
    let i18n = use_i18n();
    let open = use_state(|| false);
    let node = &props.node;
    let show = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(true))
    };
    let on_cancel = {
        let open = open.clone();
        Callback::from(move |()| open.set(false))
    };
    let on_done = {
        let (open, on_change) = (open.clone(), props.on_change.clone());
        Callback::from(move |()| {
            open.set(false);
            on_change.emit(());
        })
    };
    let township_id = node
        .path
        .iter()
        .find(|p| p.level == Level::Township)
        .and_then(|p| p.id.clone());
    html! {
        <section class="card demonstration-card no-print">
            if *open {
                <DemonstrationForm node_id={node.id.clone()} node_name={node.name.clone()}
                    level={node.level} {township_id} {on_done} {on_cancel} />
            } else {
                <button id="set-demonstration" type="button" class="btn btn-secondary" onclick={show}>
                    { i18n.t(demonstration_label(node.level)) }
                </button>
            }
        </section>
    }
}
