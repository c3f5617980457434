//! Edit a node's name and flags. Sends the version it was loaded at, so a
//! concurrent change answers CONFLICT ("refresh") instead of being lost.

use std::rc::Rc;

use yew::prelude::*;

use super::frame::FormFrame;
use super::{field_error, setter};
use crate::api::{update_node, Level, NodeDetail, NodeEdit};
use crate::components::{CheckField, TextField};
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, K};

#[derive(Properties, PartialEq)]
pub struct EditNodeFormProps {
    pub node: Rc<NodeDetail>,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn EditNodeForm(props: &EditNodeFormProps) -> Html {
    let i18n = use_i18n();
    let node = &props.node;
    let name = use_state(|| node.name.clone());
    let exempt = use_state(|| node.subsidy_exempt);
    let demo = use_state(|| node.demonstration);
    let submit = use_submit();

    let onsubmit = {
        let (name, exempt, demo, submit) =
            (name.clone(), exempt.clone(), demo.clone(), submit.clone());
        let (node, on_done) = (node.clone(), props.on_done.clone());
        Callback::from(move |()| {
            let edit = NodeEdit {
                id: node.id.clone(),
                version: node.version,
                name: name.trim().to_owned(),
                subsidy_exempt: *exempt,
                demonstration: *demo,
            };
            submit.run(
                move |client| async move { update_node(&client, &edit).await },
                on_done.clone(),
            );
        })
    };
    let demo_label = match node.level {
        Level::Group => K::DemonstrationGroup,
        _ => K::DemonstrationVillage,
    };
    let set_flag = |h: &UseStateHandle<bool>| {
        let h = h.clone();
        Callback::from(move |v| h.set(v))
    };
    html! {
        <FormFrame title={i18n.t(K::EditNode)} submit={K::Save} busy={submit.busy}
            error={submit.error.clone()} fields={&["name"][..]}
            {onsubmit} on_cancel={props.on_cancel.clone()}>
            <TextField id="node-name" label={i18n.t(K::NodeName)} value={(*name).clone()}
                oninput={setter(&name)} required=true error={field_error(&submit.error, "name")} />
            if matches!(node.level, Level::Village | Level::Group) {
                <CheckField id="node-demo" label={i18n.t(demo_label)} checked={*demo}
                    onchange={set_flag(&demo)} />
            }
            if node.level == Level::Village {
                <CheckField id="node-exempt" label={i18n.t(K::SubsidyExempt)} checked={*exempt}
                    onchange={set_flag(&exempt)} hint={i18n.t(K::SubsidyExemptHint)} />
            }
        </FormFrame>
    }
}
