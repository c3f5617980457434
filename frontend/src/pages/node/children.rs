//! The node's children, paged, with the "add a child" form for editors.

use std::rc::Rc;

use yew::prelude::*;

use crate::api::{Level, NodeDetail, NodeListSource};
use crate::components::NodeList;
use crate::i18n::{use_i18n, K};
use crate::pages::forms::AddChildForm;

#[derive(Properties, PartialEq)]
pub struct ChildrenCardProps {
    pub node: Rc<NodeDetail>,
    pub can_edit: bool,
    pub refresh: u32,
    pub on_change: Callback<()>,
}

#[component]
pub fn ChildrenCard(props: &ChildrenCardProps) -> Html {
    let i18n = use_i18n();
    let adding = use_state(|| false);
    let node = &props.node;
    let (title, add) = match node.level {
        Level::Village => (K::Groups, K::AddGroup),
        Level::Township => (K::Villages, K::AddChild),
        _ => (K::Children, K::AddChild),
    };

    let open = {
        let adding = adding.clone();
        Callback::from(move |_: MouseEvent| adding.set(true))
    };
    let on_done = {
        let (adding, on_change) = (adding.clone(), props.on_change.clone());
        Callback::from(move |()| {
            adding.set(false);
            on_change.emit(());
        })
    };
    let on_cancel = {
        let adding = adding.clone();
        Callback::from(move |()| adding.set(false))
    };

    html! {
        <section class="card">
            <div class="card-head">
                <h2 class="card-title">{ i18n.t(title) }</h2>
                if props.can_edit && !*adding {
                    <button type="button" class="btn btn-primary btn-small" onclick={open}>
                        { i18n.t(add) }
                    </button>
                }
            </div>
            if *adding {
                <AddChildForm parent_id={node.id.clone()} parent_level={node.level} {on_done} {on_cancel} />
            }
            <NodeList source={NodeListSource::Children(node.id.clone())} empty={K::NoChildren}
                refresh={props.refresh} />
        </section>
    }
}
