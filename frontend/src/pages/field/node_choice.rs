//! Where a field record belongs: the account's own node unless the user
//! picks another one below it (a village officer recording at a group).

use yew::prelude::*;

use crate::components::NodePicker;
use crate::i18n::{use_i18n, F};
use crate::session::use_session;

/// A chosen node: id and name (the name is shown in the outbox offline).
#[derive(Clone, Debug, PartialEq)]
pub struct NodeChoice {
    pub id: String,
    pub name: String,
}

#[derive(Properties, PartialEq)]
pub struct NodeChoiceFieldProps {
    pub id: AttrValue,
    pub node: NodeChoice,
    pub onchange: Callback<NodeChoice>,
}

#[component]
pub fn NodeChoiceField(props: &NodeChoiceFieldProps) -> Html {
    let i18n = use_i18n();
    let me = use_session().and_then(|s| s.me());
    let picking = use_state(|| false);
    let Some(me) = me else {
        return Html::default();
    };
    if *picking {
        let on_select = {
            let (cb, picking) = (props.onchange.clone(), picking.clone());
            Callback::from(move |node: Option<crate::api::NodeItem>| {
                if let Some(n) = node {
                    cb.emit(NodeChoice {
                        id: n.id,
                        name: n.name,
                    });
                    picking.set(false);
                }
            })
        };
        let cancel = {
            let picking = picking.clone();
            Callback::from(move |_: MouseEvent| picking.set(false))
        };
        return html! {
            <div class="node-choice">
                <NodePicker id={props.id.clone()} label={i18n.t(F::RecordNode)}
                    under={Some(me.node.id.clone())} selected={None} {on_select} />
                <button type="button" class="btn btn-small btn-secondary" onclick={cancel}>
                    { i18n.t(crate::i18n::K::Cancel) }
                </button>
            </div>
        };
    }
    let change = {
        let picking = picking.clone();
        Callback::from(move |_: MouseEvent| picking.set(true))
    };
    let back = {
        let (cb, own) = (
            props.onchange.clone(),
            NodeChoice {
                id: me.node.id.clone(),
                name: me.node.name.clone(),
            },
        );
        Callback::from(move |_: MouseEvent| cb.emit(own.clone()))
    };
    let own = props.node.id == me.node.id;
    html! {
        <div class="field node-choice">
            <span class="field-label">{ i18n.t(F::RecordNode) }</span>
            <div class="picker-chosen" id={props.id.clone()}>
                <strong class="picker-chosen-name">{ props.node.name.clone() }</strong>
                <span class="node-choice-actions">
                    if !own {
                        <button type="button" class="btn btn-small btn-secondary" onclick={back}>
                            { i18n.t(F::MyOwnNode) }
                        </button>
                    }
                    <button type="button" class="btn btn-small btn-secondary" onclick={change}>
                        { i18n.t(F::OtherNode) }
                    </button>
                </span>
            </div>
        </div>
    }
}
